package vn.vanban4j.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.report.Consolidation;
import vn.vanban4j.render.report.ReportOutputs;
import vn.vanban4j.render.report.UnitReport;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.PhraseContext;

/**
 * The results-report sample: 12 illustrative units of a district under 198-KH/TU (invented names
 * and figures) fill the forms; eight on time, two late, one whose workbook has an error, one
 * missing. The job writes the blank forms and the units' workbooks, reads them back, consolidates
 * and writes the district's report as DOCX and XLSX.
 */
public final class ReportSample {
    /** The reporting deadline of 198-KH/TU section II.5. */
    public static final String DEADLINE = "trước ngày 10/12/2023";

    private ReportSample() {
    }

    /** What the job did. */
    public record Outcome(Consolidation.Result result, List<String> errors, Path docx, Path xlsx) {
    }

    /** The units, in order. */
    public static List<String> units() {
        List<String> units = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            units.add("Đảng bộ cơ sở số " + i + " (minh họa)");
        }
        return units;
    }

    public static Outcome run(Path dir) throws IOException {
        Document plan = Samples.caoBangPlan();
        List<Appendix> forms = Samples.caoBangReportForms();
        LocalDate due = DeadlineRules.standard().resolve(DEADLINE, PhraseContext.of(plan), Map.of()).due();
        AtomicFiles.write(dir.resolve("bieu-mau-trong.xlsx"), FormWorkbook.blank(forms, "(tên đơn vị)"));
        List<String> units = units();
        List<UnitReport> reports = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (int i = 1; i <= 11; i++) { // the twelfth never reports
            String unit = units.get(i - 1);
            byte[] filled = fill(forms, unit, i);
            Path file = dir.resolve("don-vi").resolve(String.format("don-vi-%02d.xlsx", i));
            AtomicFiles.write(file, filled);
            try {
                var read = FormWorkbook.read(filled, forms, file.getFileName().toString());
                LocalDate received = i <= 8 ? LocalDate.of(2023, 12, 4 + i % 4) : LocalDate.of(2023, 12, 10 + 2 * (i - 8));
                reports.add(new UnitReport(unit, received, read, Map.of("I-", "Đảng bộ có " + (40 + 3 * i)
                        + " đảng viên, " + (10 + i) + " chi bộ trực thuộc.", "3.1.", "Triển khai kịp thời, đúng kế hoạch.")));
            } catch (FormErrors e) {
                errors.addAll(e.problems().stream().map(p -> file.getFileName() + ": " + p).toList());
            }
        }
        Consolidation.Result result = Consolidation.of(forms, reports, units, due);
        Appendix outline = plan.appendices().stream().filter(a -> a.kind() == Appendix.AppendixKind.OUTLINE).findFirst()
                .orElseThrow();
        Document report = ReportOutputs.document(result, outline, new ReportOutputs.Issuer(
                new Header("ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY MINH HỌA"), DocumentNumber.parse("   -BC/HU"), "Minh Họa",
                LocalDate.of(2023, 12, 15), "kết quả thực hiện Kết luận số 01-KL/TW năm 2023 (tổng hợp minh họa)",
                Signature.of(SigningAuthority.ON_BEHALF_OF, "BAN THƯỜNG VỤ", "BÍ THƯ", "Người Ký Minh Họa"),
                List.of(new Recipient("Ban Tuyên giáo Tỉnh ủy", "b/c")), "VPHU"));
        Path docx = dir.resolve("bao-cao-tong-hop.docx");
        Renderer.standard().writeDocx(report, docx);
        Path xlsx = dir.resolve("bao-cao-tong-hop.xlsx");
        AtomicFiles.write(xlsx, ReportOutputs.workbook(result));
        return new Outcome(result, errors, docx, xlsx);
    }

    // the figures of unit i; unit 11 types a word into a number cell
    private static byte[] fill(List<Appendix> forms, String unit, int i) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.blank(forms, unit)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row b1 = book.getSheet("Biểu 1").getRow(3);
            if (i == 11) {
                b1.getCell(1).setCellValue("mười");
            } else {
                b1.getCell(1).setCellValue(10 + i);
            }
            b1.getCell(2).setCellValue(8 + i);
            b1.getCell(4).setCellValue(20 + 2 * i);
            b1.getCell(5).setCellValue(300 + 25 * i);
            Row b2 = book.getSheet("Biểu 2").getRow(3);
            b2.getCell(1).setCellValue(5 + i);
            b2.getCell(2).setCellValue(100 + 10 * i);
            b2.getCell(3).setCellValue(1 + i % 3);
            b2.getCell(4).setCellValue(4 + i);
            if (i % 2 == 0) {
                Row b3 = book.getSheet("Biểu 3").getRow(3);
                b3.getCell(1).setCellValue("Mô hình số " + i);
                b3.getCell(2).setCellValue("Bí thư đơn vị " + i);
                b3.getCell(3).setCellValue("Cách làm " + i);
                b3.getCell(4).setCellValue("Kết quả " + i);
            }
            book.write(out);
            return out.toByteArray();
        }
    }

}

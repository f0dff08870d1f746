package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.report.Consolidation;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;

/** Consolidation as a library call: the host gives the expected units, the received dates and the report date. */
class ReportsApiTest {
    private final Document plan = Samples.caoBangPlan();
    private final List<Appendix> forms = Samples.caoBangReportForms();

    private byte[] filled(String unit, int unitPlans) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Reports.blankForms(forms, unit)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue(unitPlans + 2);
            row.getCell(2).setCellValue(unitPlans);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void threeUnitsConsolidatedWithTheHostsDates() throws Exception {
        DeadlineRules rules = DeadlineRules.standard();
        LocalDate due = Reports.due(plan, rules, null);
        assertThat(due).isNotNull();
        List<Reports.Received> received = List.of(
                new Reports.Received("hoa-an.xlsx", filled("Huyện ủy Hòa An", 30), due.minusDays(3)),
                new Reports.Received("bao-lac.xlsx", filled("Huyện ủy Bảo Lạc", 20), due.plusDays(2)),
                new Reports.Received("thanh-pho.xlsx", filled("Thành ủy Cao Bằng", 10), due));
        Reports.Consolidated c = Reports.consolidate(plan, forms, received,
                List.of("Huyện ủy Hòa An", "Huyện ủy Bảo Lạc", "Thành ủy Cao Bằng", "Huyện ủy Trùng Khánh"), due.plusDays(5), rules);
        assertThat(c.submissions()).extracting(Consolidation.SubmissionRow::unit, Consolidation.SubmissionRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Huyện ủy Hòa An", Consolidation.Submission.ON_TIME),
                org.assertj.core.groups.Tuple.tuple("Huyện ủy Bảo Lạc", Consolidation.Submission.LATE),
                org.assertj.core.groups.Tuple.tuple("Thành ủy Cao Bằng", Consolidation.Submission.ON_TIME),
                org.assertj.core.groups.Tuple.tuple("Huyện ủy Trùng Khánh", Consolidation.Submission.MISSING));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(c.workbook()))) {
            var sheet = book.getSheet("Biểu 1");
            var total = sheet.getRow(sheet.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(30 + 20 + 10);
        }
        assertThat(c.report().kind().vietnameseName()).isEqualTo("Báo cáo");
        assertThat(c.report().summary()).contains("198-KH/TU");
        assertThat(c.report().issueDate()).isEqualTo(due.plusDays(5));
    }

    @Test
    void aUnitsSecondWorkbookAndABadCellAreAllNamed() throws Exception {
        byte[] good = filled("Huyện ủy Hòa An", 30);
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> Reports.consolidate(plan, forms, List.of(
                new Reports.Received("a.xlsx", good, LocalDate.of(2023, 12, 1)),
                new Reports.Received("b.xlsx", good, LocalDate.of(2023, 12, 2)),
                new Reports.Received("c.xlsx", "không phải".getBytes(), LocalDate.of(2023, 12, 2))), List.of(), LocalDate.of(2023, 12, 20),
                DeadlineRules.standard()));
        assertThat(errors.problems()).containsExactly("b.xlsx: a second workbook of Huyện ủy Hòa An (the first is a.xlsx)",
                "c.xlsx: not an XLSX workbook (an .xlsx file is a zip archive; this one is not)");
    }

    @Test
    void aHostSetsItsOwnWorkbookLimits() throws Exception {
        byte[] good = filled("Huyện ủy Hòa An", 30);
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> Reports.consolidate(plan, forms,
                List.of(new Reports.Received("a.xlsx", good, LocalDate.of(2023, 12, 1))), List.of(), LocalDate.of(2023, 12, 20),
                DeadlineRules.standard(), new vn.vanban4j.render.WorkbookLimits(1024, 1 << 20, 10, 1000, 100)));
        assertThat(errors.problems()).singleElement().asString().startsWith("a.xlsx: the file is ")
                .endsWith("a unit's workbook is at most 1 KB (WorkbookLimits.fileBytes)");
    }
}

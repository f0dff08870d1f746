package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.render.report.Consolidation;

/** The 12-unit sample: sums, recomputed ratios, unit names, late and missing units, cell-addressed errors. */
class ReportSampleTest {
    @TempDir
    static Path dir;
    static ReportSample.Outcome outcome;

    @BeforeAll
    static void run() throws Exception {
        outcome = ReportSample.run(dir);
    }

    @Test
    void theWorkbookErrorIsNamedByFileSheetAndCell() {
        assertThat(outcome.errors()).containsExactly("don-vi-11.xlsx: Biểu 1!B4: 'mười' is not a number");
    }

    @Test
    void aReportThatLeavesOutlineSectionsUnansweredIsTold() {
        var outline = Samples.caoBangPlan().appendices().get(1);
        var report = new vn.vanban4j.render.report.UnitReport("Đơn vị X", java.time.LocalDate.of(2023, 12, 1),
                java.util.Map.of(), java.util.Map.of("I-", "Tình hình ...", "3.1.", "Ưu điểm ..."));
        // II- is answered through its subsection 3.1.; the two "III-" sections of the seed are not
        assertThat(report.missingSections(outline)).containsExactly(
                "Đơn vị X: thiếu mục III- PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM (năm tiếp theo)",
                "Đơn vị X: thiếu mục III- ĐỀ XUẤT, KIẾN NGHỊ (nếu có)");
    }

    @Test
    void lateAndMissingUnitsAreNamed() {
        // due "trước ngày 10/12/2023": a Sunday, so 11/12/2023
        assertThat(outcome.result().due()).isEqualTo(java.time.LocalDate.of(2023, 12, 11));
        assertThat(outcome.result().submissions()).extracting(Consolidation.SubmissionRow::status).containsExactly(
                ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, ON_TIME, LATE, LATE, MISSING, MISSING);
        assertThat(outcome.result().submissions().get(8).unit()).isEqualTo("Đảng bộ cơ sở số 9 (minh họa)");
    }

    private static final Consolidation.Submission ON_TIME = Consolidation.Submission.ON_TIME;
    private static final Consolidation.Submission LATE = Consolidation.Submission.LATE;
    private static final Consolidation.Submission MISSING = Consolidation.Submission.MISSING;

    @Test
    void xlsxSumsAndRecomputesTheRatio() throws Exception {
        try (InputStream in = Files.newInputStream(outcome.xlsx()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet bieu1 = book.getSheet("Biểu 1");
            // units 1-10 reported: totals 10+i and 8+i summed over i = 1..10
            Row total = bieu1.getRow(11);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(155.0);
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(135.0);
            // 135 / 155 = 87.1 %, not the average of the units' ratios (87.6 %)
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(87.1);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(3000 + 25 * 55.0);
            assertThat(bieu1.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đảng bộ cơ sở số 1 (minh họa)");
            Sheet bieu3 = book.getSheet("Biểu 3");
            assertThat(bieu3.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Đảng bộ cơ sở số 2 (minh họa)");
            assertThat(bieu3.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Mô hình số 2");
            assertThat(bieu3.getLastRowNum()).isEqualTo(5); // units 2, 4, 6, 8, 10
            Sheet submitted = book.getSheet("Tình hình nộp báo cáo");
            assertThat(submitted.getRow(12).getCell(3).getStringCellValue()).isEqualTo("Chưa nộp");
        }
    }

    @Test
    void docxHoldsTheReportTablesAndForms() throws Exception {
        try (InputStream in = Files.newInputStream(outcome.docx()); XWPFDocument doc = new XWPFDocument(in)) {
            List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.toList());
            assertThat(paragraphs).contains("BÁO CÁO", "I- ĐẶC ĐIỂM TÌNH HÌNH",
                    "- Đảng bộ cơ sở số 1 (minh họa): Đảng bộ có 43 đảng viên, 11 chi bộ trực thuộc.",
                    "12 đơn vị phải báo cáo; 2 nộp muộn; 2 chưa nộp.");
            XWPFTable submissions = doc.getTables().stream().filter(t -> t.getText().contains("Tình trạng")).findFirst()
                    .orElseThrow();
            assertThat(submissions.getRow(10).getCell(3).getText()).isEqualTo("Muộn");
            assertThat(submissions.getRow(12).getCell(1).getText()).isEqualTo("Đảng bộ cơ sở số 12 (minh họa)");
            assertThat(submissions.getRow(12).getCell(3).getText()).isEqualTo("Chưa nộp");
            XWPFTable bieu1 = doc.getTables().stream().filter(t -> t.getText().contains("Tỉ lệ (%)")).findFirst().orElseThrow();
            XWPFTable last = bieu1;
            assertThat(last.getRow(last.getNumberOfRows() - 1).getCell(1).getText()).isEqualTo("Tổng cộng");
            assertThat(last.getRow(last.getNumberOfRows() - 1).getCell(4).getText()).isEqualTo("87,1");
            assertThat(doc.getDocument().xmlText()).contains("w:orient=\"landscape\"");
        }
    }
}

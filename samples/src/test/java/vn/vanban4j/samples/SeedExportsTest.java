package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban4j.rules.Compliance;
import vn.vanban4j.rules.Compliance.Submission;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.export.IcsExport;
import vn.vanban4j.rules.export.TrackingSheet;

class SeedExportsTest {
    private final DeadlineRules rules = DeadlineRules.standard();
    private final ObligationSet set = Obligations.derive(Samples.laiChauPlan(), Samples.laiChauOrgChart(), rules, Map.of());
    private final Instant stamp = Instant.parse("2022-12-25T17:00:00Z");

    @Test
    void icsHasAnEventPerDueDateWithAWorkingDayReminder() {
        String ics = IcsExport.forUnit(set, "ttct", 3, rules.calendar(), stamp);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("PRODID:-//vanban4j//vanban4j 0.1//VI");
        // Quý I report due 31/03/2023 (Friday): reminded 3 working days before, Tuesday 28/03 08:00 +07
        assertThat(ics).contains("UID:report-1/ttct@vanban4j", "DTSTART;VALUE=DATE:20230331",
                "TRIGGER;VALUE=DATE-TIME:20230328T010000Z", "DTSTAMP:20221225T170000Z");
        // the half-year report, 20/06/2023
        assertThat(ics).contains("DTSTART;VALUE=DATE:20230620");
        // the undated report gives no event
        assertThat(ics).doesNotContain("UID:report-2/ttct@vanban4j");
        assertThat(IcsExport.forUnit(set, "ttct", 3, rules.calendar(), stamp)).isEqualTo(ics);
    }

    @Test
    void trackingSheetHasARowPerObligationAndIsByteIdentical() throws Exception {
        Compliance.Report report = Compliance.at(set, List.of(new Submission("ttct", "report-1/ttct",
                LocalDate.of(2023, 3, 30))), LocalDate.of(2023, 4, 10), 5, rules.calendar());
        byte[] xlsx = TrackingSheet.xlsx(report, "Kế hoạch 107-KH/ThU");
        assertThat(TrackingSheet.xlsx(report, "Kế hoạch 107-KH/ThU")).isEqualTo(xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Theo dõi");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith("tình trạng đến ngày 10/04/2023");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Tình trạng");
            assertThat(sheet.getLastRowNum() - 1).isEqualTo(set.obligations().size());
            Row done = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 1 && row.getCell(0).getStringCellValue().equals("report-1/ttct")) {
                    done = row;
                }
            }
            assertThat(done).isNotNull();
            assertThat(done.getCell(9).getStringCellValue()).isEqualTo("Đã nộp đúng hạn");
            assertThat(done.getCell(7).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2023, 3, 31));
            assertThat(done.getCell(1).getStringCellValue()).isEqualTo("Trung tâm Chính trị thành phố");
        }
    }
}

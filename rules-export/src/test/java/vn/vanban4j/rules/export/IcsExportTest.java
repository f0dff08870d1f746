package vn.vanban4j.rules.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgChart.Unit;
import vn.vanban4j.model.OrgChart.UnitKind;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;

/** RFC 5545 (3.6.1): DTSTAMP is required and must not occur more than once in a VEVENT. */
class IcsExportTest {
    @Test
    void everyEventHasExactlyOneStampTheCallersStamp() {
        OrgChart chart = new OrgChart("Tỉnh (thử)", null, List.of(
                new Unit("snv", "Sở Nội vụ", UnitKind.STATE_BODY, null, List.of(), false, List.of())));
        Section.Builder body = Section.builder("II.", "NHIỆM VỤ");
        body.task(Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").deadline("trước ngày 30/6/2023").build());
        body.task(Task.builder("Báo cáo kết quả").lead("Sở Nội vụ").deadline("trước ngày 15/12/2023").build());
        Document plan = Document.builder(DocumentKind.PLAN, Family.STATE).header(Header.of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"))
                .number("15/KH-UBND").place("Lai Châu").issueDate(LocalDate.of(2023, 1, 5))
                .summary("Cải cách hành chính năm 2023").section(body.build()).build();
        DeadlineRules rules = DeadlineRules.standard();
        ObligationSet set = Obligations.derive(plan, chart, rules, Map.of());

        String ics = IcsExport.forUnit(set, "snv", 3, rules.calendar(), Instant.parse("2023-01-04T17:00:00Z"));

        List<String> events = List.of(ics.split("BEGIN:VEVENT")).subList(1, ics.split("BEGIN:VEVENT").length);
        assertThat(events).hasSize(2).allSatisfy(event -> assertThat(event.lines().filter(l -> l.startsWith("DTSTAMP")))
                .containsExactly("DTSTAMP:20230104T170000Z"));
    }
}

package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.Plans;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Diagnostic;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PlanChecks;

/** The rules on the kind samples: task tables feed obligations and checks; number consistency checks. */
class KindRulesTest {
    private final DeadlineRules rules = DeadlineRules.standard();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"125-UBND-KT", "25-CV-DU", "12-CTr-DU", "45-BC-UBND", "88-TTr-SCT", "1696-QD-UBND",
        "25-2026-NQ-HDND", "40-TB-TU", "05-KL-TU", "12-HD-BTGDVTU", "58-GM-UBND", "03-BB-DKT"})
    void kindSamplesHaveNoNumberWarningsOrErrors(String name) {
        List<Diagnostic> found = PlanChecks.check(Samples.kindSample(name), rules);
        assertThat(found).extracting(Diagnostic::code).doesNotContain("VB008", "VB009", "VB010");
        assertThat(PlanChecks.errors(found)).isEmpty();
    }

    /** A number that disagrees with the document fires its check on $.number. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "VB008 | 12-CTr-DU | 134/CTr-UBND",
        "VB009 | 12-CTr-DU | 12-KH/ĐU",
        "VB009 | 125-UBND-KT | 125/KH-UBND",
        "VB010 | 45-BC-UBND | 45/2026/BC-UBND",
    })
    void numberChecksFire(String code, String sample, String number) {
        Document doc = Samples.kindSample(sample);
        String json = Plans.toJson(doc).replace("\"number\" : \"" + doc.number() + "\"", "\"number\" : \"" + number + "\"");
        List<Diagnostic> found = PlanChecks.check(Plans.read(json, "changed.json"), rules);
        assertThat(found).filteredOn(d -> d.code().equals(code)).singleElement().satisfies(d -> {
            assertThat(d.path()).isEqualTo("$.number");
            assertThat(d.message()).contains(number);
        });
    }

    @Test
    void aTaskTableRowWithABrokenDeadlineIsFoundAtItsPath() {
        Document doc = Samples.kindSample("12-CTr-DU");
        String json = Plans.toJson(doc).replace("\"deadline\" : \"trong quý I/2027\"", "\"deadline\" : \"sớm nhất có thể\"");
        List<Diagnostic> found = PlanChecks.check(Plans.read(json, "changed.json"), rules);
        assertThat(found).filteredOn(d -> d.code().equals("VB002") && d.message().contains("sớm nhất")).singleElement()
                .satisfies(d -> assertThat(d.path()).isEqualTo("$.appendices[0].sections[0].content[0].rows[1].content[0].content[0].deadline"));
    }

    @Test
    void taskTableDeadlinesBecomeObligations() {
        OrgChart chart = OrgCharts.read("""
                { "name" : "Đảng bộ phường Minh Họa (minh họa)", "units" : [
                  { "id" : "ubnd", "name" : "Ủy ban nhân dân phường", "kind" : "STATE_BODY", "residential" : false },
                  { "id" : "vp", "name" : "Văn phòng Đảng ủy", "kind" : "PARTY_BOARD", "residential" : false } ] }
                """, "chart.json");
        ObligationSet set = Obligations.derive(Samples.kindSample("12-CTr-DU"), chart, rules, Map.of());
        List<Obligation> ubnd = set.obligations().stream().filter(o -> o.unitId().equals("ubnd")).toList();
        // "trong quý I/2027" ends 31/3/2027, a Wednesday; "trước ngày 30/6/2027" (inclusive by default) a Wednesday too
        assertThat(ubnd).extracting(o -> o.due().due().toString()).contains("2027-03-31", "2027-06-30");
        assertThat(ubnd).allSatisfy(o -> assertThat(o.owedTo()).isEqualTo("ĐẢNG ỦY PHƯỜNG MINH HỌA"));
    }

    private static OrgChart ward() {
        return OrgCharts.read("""
                { "name" : "Đảng bộ phường Minh Họa (minh họa)", "units" : [
                  { "id" : "ubnd", "name" : "Ủy ban nhân dân phường", "kind" : "STATE_BODY", "residential" : false },
                  { "id" : "vp", "name" : "Văn phòng Đảng ủy", "kind" : "PARTY_BOARD", "residential" : false },
                  { "id" : "cb", "name" : "Các chi bộ trực thuộc", "kind" : "PARTY_CELL", "residential" : false } ] }
                """, "chart.json");
    }

    @Test
    void anAnnualDutyRunsToTheEndOfTheProgramme() {
        // 12-CTr/ĐU (issued 10/9/2026) covers "nhiệm kỳ 2025 - 2030": the yearly report falls due each year to 2030
        ObligationSet set = Obligations.derive(Samples.kindSample("12-CTr-DU"), ward(), rules, Map.of());
        List<Obligation> yearly = set.obligations().stream().filter(o -> "định kỳ hằng năm".equals(o.deadline())).toList();
        // 31/12/2028 is a Sunday and 1/1/2029 a holiday
        assertThat(yearly).extracting(o -> o.due().due().toString())
                .containsExactly("2026-12-31", "2027-12-31", "2029-01-02", "2029-12-31", "2030-12-31");
        assertThat(yearly).extracting(Obligation::unitId).containsOnly("vp");
    }

    @Test
    void aReportSentThroughABodyKeepsBoth() {
        ObligationSet set = Obligations.derive(Samples.kindSample("25-CV-DU"), ward(), rules, Map.of());
        Obligation report = set.obligations().stream().filter(o -> o.deadline() != null && o.deadline().equals("trước ngày 15/11/2026"))
                .findFirst().orElseThrow();
        assertThat(report.owedTo()).isEqualTo("Đảng ủy phường");
        assertThat(report.via()).isEqualTo("Văn phòng Đảng ủy");
        // a duty with no route is owed to the issuer, straight
        Obligation study = set.obligations().stream().filter(o -> "trong tháng 10/2026".equals(o.deadline())).findFirst().orElseThrow();
        assertThat(study.owedTo()).isEqualTo("ĐẢNG ỦY PHƯỜNG MINH HỌA");
        assertThat(study.via()).isNull();
    }

    @Test
    void dutiesOnRequestAreNeitherErrorsNorUnscheduledEvents() {
        List<Diagnostic> found = PlanChecks.check(Samples.kindSample("125-UBND-KT"), rules);
        assertThat(found).extracting(Diagnostic::code).doesNotContain("VB002", "VB005");
    }

    @Test
    void aDeadlineAfterTheProgrammesSpanIsWarned() {
        Document doc = Samples.kindSample("12-CTr-DU");
        String json = Plans.toJson(doc).replace("\"deadline\" : \"trong năm 2027\"", "\"deadline\" : \"năm 2031\"");
        List<Diagnostic> found = PlanChecks.check(Plans.read(json, "changed.json"), rules);
        assertThat(found).filteredOn(d -> d.code().equals("VB011")).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).contains("năm 2031", "31/12/2030");
        });
    }

    @Test
    void periodicWithoutAPeriodIsAWarningNotAnError() {
        Document doc = Samples.kindSample("12-CTr-DU");
        String json = Plans.toJson(doc).replace("\"recurrence\" : \"định kỳ hằng năm\"", "\"recurrence\" : \"định kỳ\"");
        List<Diagnostic> found = PlanChecks.check(Plans.read(json, "changed.json"), rules);
        assertThat(found).filteredOn(d -> d.code().equals("VB004")).singleElement()
                .satisfies(d -> assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING));
        assertThat(PlanChecks.errors(found)).isEmpty();
    }

    @Test
    void aTaskRepeatingAScheduledReportIsMergedAndTheMergeReported() {
        // the state sample's reporting schedule asks the Phòng Nội vụ for the year's report by 05/11/2023,
        // and task 2 says the same: one duty, not two
        String json = Samples.text(Samples.STATE_SAMPLE_PLAN).replace("\"filing\" : \"VP\",", """
                "reportingSchedule" : { "reporters" : [ "Phòng Nội vụ" ], "recipient" : "Ủy ban nhân dân thành phố",
                  "via" : "Văn phòng HĐND và UBND thành phố", "reports" : [ { "name" : "báo cáo năm", "deadline" : "trước ngày 05/11/2023" } ] },
                "filing" : "VP",""");
        Document plan = Plans.read(json, "with-schedule.json");
        OrgChart chart = OrgCharts.read("""
                { "name" : "UBND thành phố (minh họa)", "units" : [
                  { "id" : "pnv", "name" : "Phòng Nội vụ", "kind" : "STATE_BODY", "residential" : false } ] }
                """, "chart.json");
        ObligationSet set = Obligations.derive(plan, chart, rules, Map.of());
        List<Obligation> due = set.ofUnit("pnv").stream().filter(o -> o.due().due() != null
                && o.due().due().toString().equals("2023-11-06")).toList();
        assertThat(due).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo(Obligation.Kind.REPORT);
            assertThat(o.via()).isEqualTo("Văn phòng HĐND và UBND thành phố");
        });
        assertThat(set.merged()).singleElement().satisfies(m -> {
            assertThat(m.kept()).startsWith("report-1");
            assertThat(m.dropped()).startsWith("task-2/lead/pnv");
        });
    }

    @Test
    void aChildPlansTasksWithoutDeadlineTakeTheParentsSpan() {
        // 15/KH-UBND names 107-KH/ThU in its bases; a task of it with no deadline is due when the parent's year ends
        String child = Samples.text(Samples.STATE_SAMPLE_PLAN).replace("\"recurrence\" : \"định kỳ hằng tháng\",", "");
        Document plan = Plans.read(child, "15-KH-UBND.json");
        assertThat(plan.tasks().get(0).deadline()).isNull();
        assertThat(plan.tasks().get(0).recurrence()).isNull();
        OrgChart chart = OrgCharts.read("""
                { "name" : "Thành phố Lai Châu (minh họa)", "units" : [
                  { "id" : "pb", "name" : "Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố", "kind" : "STATE_BODY", "residential" : false },
                  { "id" : "pnv", "name" : "Phòng Nội vụ", "kind" : "STATE_BODY", "residential" : false } ] }
                """, "chart.json");
        ObligationSet alone = Obligations.derive(plan, chart, rules, Map.of());
        assertThat(alone.ofUnit("pb")).singleElement().satisfies(o -> assertThat(o.due().due()).isNull());
        ObligationSet both = Obligations.deriveAll(List.of(Samples.laiChauPlan(), plan), chart, rules, Map.of());
        assertThat(both.ofUnit("pb")).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("15/KH-UBND:task-1/lead/pb");
            // 31/12/2023 is a Sunday and 1/1/2024 a holiday
            assertThat(o.due().due()).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
            assertThat(o.due().reason()).contains("Kế hoạch số 107-KH/ThU");
        });
        // the child's own deadlines stay its own
        assertThat(both.ofUnit("pnv")).extracting(o -> o.due().due().toString()).contains("2023-11-06");
    }

    @Test
    void aRecurringDutyRunsToTheEndItsTaskGives() {
        // "hằng quý" until the end of 2027, though the letter itself covers 2026
        String json = Samples.text("kinds/125-UBND-KT.json").replace("\"deadline\" : \"thường xuyên\",",
                "\"recurrence\" : \"định kỳ hằng quý đến hết năm 2027\",");
        Document letter = Plans.read(json, "125-UBND-KT.json");
        OrgChart chart = OrgCharts.read("""
                { "name" : "Tỉnh Lào Cai (minh họa)", "units" : [
                  { "id" : "ca", "name" : "Công an tỉnh", "kind" : "STATE_BODY", "residential" : false } ] }
                """, "chart.json");
        List<String> due = Obligations.derive(letter, chart, rules, Map.of()).ofUnit("ca").stream()
                .filter(o -> o.deadline() != null && o.deadline().startsWith("định kỳ")).map(o -> o.due().due().toString()).toList();
        // issued 14/9/2026: every quarter end from 30/9/2026 to 31/12/2027, all working days
        assertThat(due).containsExactly("2026-09-30", "2026-12-31", "2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31");
    }
}

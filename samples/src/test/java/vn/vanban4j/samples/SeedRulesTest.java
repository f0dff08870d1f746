package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;
import vn.vanban4j.rules.Compliance;
import vn.vanban4j.rules.Compliance.Status;
import vn.vanban4j.rules.Compliance.Submission;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Diagnostic;
import vn.vanban4j.rules.DueDate;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.Obligation.Kind;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PlanChecks;

/** The rules applied to the seed plans and the illustrative Lai Châu org chart. */
class SeedRulesTest {
    private final DeadlineRules rules = DeadlineRules.standard();

    @Test
    void bothSeedsHaveNoErrors() {
        assertThat(PlanChecks.errors(PlanChecks.check(Samples.laiChauPlan(), rules))).isEmpty();
        assertThat(PlanChecks.errors(PlanChecks.check(Samples.caoBangPlan(), rules))).isEmpty();
        assertThat(PlanChecks.check(Samples.laiChauPlan(), rules)).isEmpty();
    }

    /** A broken copy of a seed makes each check fire, at the right place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "VB001 | L | Hoàn thành trước ngày 14/3/2023\" | Hoàn thành trước ngày 14/3/2022\"",
        "VB002 | L | \"deadline\" : \"Hoàn thành trong tháng 4/2023\" | \"deadline\" : \"Hoàn thành sớm\"",
        "VB003 | L | \"lead\" : [ \"Thành Đoàn Lai Châu\" ], | ",
        "VB004 | C | \"recurrence\" : \"theo định kỳ hằng quý\" | \"recurrence\" : \"theo định kỳ\"",
        "VB005 | C | sau Hội nghị trực tuyến toàn tỉnh\" | sau Hội nghị tổng kết toàn quốc\"",
        "VB006 | L | 133 năm ngày sinh Chủ tịch Hồ Chí Minh | 134 năm ngày sinh Chủ tịch Hồ Chí Minh",
        "VB007 | L | \"name\" : \"Phòng TCD\" | \"name\" : \"Thường trực Tỉnh ủy\"",
    })
    void brokenCopiesFireEachCheck(String code, String seed, String from, String to) {
        String json = seed.equals("L") ? Samples.text(Samples.LAI_CHAU_PLAN) : Samples.text(Samples.CAO_BANG_PLAN);
        if (code.equals("VB007")) {
            json = Samples.text(Samples.CAO_BANG_PLAN);
        }
        assertThat(json).contains(from);
        Document broken = Plans.read(json.replace(from, to == null ? "" : to), "broken.json");
        List<Diagnostic> found = PlanChecks.check(broken, rules);
        assertThat(found).extracting(Diagnostic::code).containsExactly(code);
        assertThat(found.get(0).path()).startsWith("$.");
        assertThat(found.get(0).message()).isNotBlank();
    }

    @Test
    void laiChauObligations() {
        ObligationSet set = Obligations.derive(Samples.laiChauPlan(), Samples.laiChauOrgChart(), rules, Map.of());
        // "Thành Đoàn Lai Châu: ... xây dựng kế hoạch" -> a subordinate plan owed by the city youth union
        List<Obligation> doan = set.ofUnit("doan");
        assertThat(doan).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(Kind.SUBORDINATE_PLAN);
            assertThat(o.what()).startsWith("Thành Đoàn Lai Châu: Căn cứ");
        });
        // "Các chi bộ, đảng bộ cơ sở" expands to the 2 grassroots committees and 4 direct cells of the chart
        List<Obligation> planDuty = set.obligations().stream()
                .filter(o -> o.what().startsWith("Các chi bộ, đảng bộ cơ sở; UBND thành phố")).toList();
        assertThat(planDuty).extracting(Obligation::unitId).contains("dub-tanphong", "dub-santhang", "cb-pgd",
                "cb-thpt-tp", "cb-thpt-lqd", "cb-thpt-qt", "ubnd", "mttq", "doan");
        assertThat(planDuty).allSatisfy(o -> assertThat(o.due().due()).isEqualTo(LocalDate.of(2023, 1, 3)));
        // a name the chart does not know is reported, not dropped
        assertThat(set.unmatched()).extracting(u -> u.name()).contains("các tổ chức đảng");
        // the reporting schedule: 3 dated reports and 1 undated, to Ban Thường vụ Thành ủy
        List<Obligation> reports = set.obligations().stream().filter(o -> o.kind() == Kind.REPORT
                && o.unitId().equals("ttct")).toList();
        assertThat(reports).extracting(o -> o.due().due()).containsExactly(LocalDate.of(2023, 3, 31), null,
                LocalDate.of(2023, 6, 20), LocalDate.of(2023, 11, 10));
        assertThat(reports).allSatisfy(o -> assertThat(o.owedTo()).isEqualTo("Ban Thường vụ Thành ủy"));
        // personal plans: village and residential-group cell members who are neither secretary nor deputy
        // are exempt, and so is the member exempt from Party activities: 13 of the chart's 20 members
        List<Obligation> personal = set.obligations().stream().filter(o -> o.kind() == Kind.PERSONAL_PLAN).toList();
        assertThat(personal).hasSize(13);
        assertThat(personal).extracting(Obligation::member).contains("Lò Văn Bình", "Tạ Thị Cúc", "Giàng A Minh")
                .doesNotContain("Vàng A Dế", "Lê Văn Giang", "Lò Thị Nga", "Tẩn Văn Ơn", "Đỗ Thị Lan");
        assertThat(personal).allSatisfy(o -> assertThat(o.due().due()).isEqualTo(LocalDate.of(2023, 1, 16)));
        assertThat(set.obligations().stream().filter(o -> o.kind() == Kind.EXEMPLARY_COMMITMENT)).hasSize(6);
    }

    @Test
    void aMonthlyDutyFallsDueOncePerMonthOfThePlanYear() {
        var chart = new vn.vanban4j.model.OrgChart("Tỉnh Cao Bằng", null, List.of(new vn.vanban4j.model.OrgChart.Unit(
                "btg", "Ban Tuyên giáo Tỉnh ủy", vn.vanban4j.model.OrgChart.UnitKind.PARTY_BOARD, null, List.of(), false,
                List.of())));
        ObligationSet set = Obligations.derive(Samples.caoBangPlan(), chart, rules, Map.of());
        List<Obligation> monthly = set.obligations().stream()
                .filter(o -> "định kỳ hằng tháng".equals(o.deadline())).toList();
        // issued 18/01/2023: January to December 2023, each month's last working day
        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(0).due().due()).isEqualTo(LocalDate.of(2023, 1, 31));
        assertThat(monthly.get(3).due().due()).isEqualTo(LocalDate.of(2023, 5, 4)); // 30/4 Sunday, 29/4-3/5 off
        assertThat(monthly.get(11).due().due()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(monthly).extracting(Obligation::id).doesNotHaveDuplicates();
    }

    @Test
    void caoBangExemptionsAndRelativeDeadlines() {
        Document plan = Samples.caoBangPlan();
        ObligationSet pending = Obligations.derive(plan, Samples.laiChauOrgChart(), rules, Map.of());
        List<Obligation> personal = pending.obligations().stream().filter(o -> o.kind() == Kind.PERSONAL_PLAN).toList();
        // Cao Bằng exempts the retired and the elderly of very small minorities, not village cells: 15 of 20
        assertThat(personal).hasSize(15);
        assertThat(personal).extracting(Obligation::member).contains("Vàng A Dế", "Lò Thị Nga")
                .doesNotContain("Lê Văn Giang", "Tẩn Văn Ơn", "Đỗ Thị Lan");
        assertThat(personal).allSatisfy(o -> assertThat(o.due().status()).isEqualTo(DueDate.Status.PENDING));
        ObligationSet known = Obligations.derive(plan, Samples.laiChauOrgChart(), rules,
                Map.of("Hội nghị học tập, quán triệt Chuyên đề năm 2023", LocalDate.of(2023, 2, 28)));
        assertThat(known.obligations().stream().filter(o -> o.kind() == Kind.PERSONAL_PLAN))
                .allSatisfy(o -> assertThat(o.due().due()).isEqualTo(LocalDate.of(2023, 3, 28)));
    }

    @Test
    void complianceAtADate() {
        ObligationSet set = Obligations.derive(Samples.laiChauPlan(), Samples.laiChauOrgChart(), rules, Map.of());
        Obligation q1 = set.obligations().stream().filter(o -> o.id().equals("report-1/ttct")).findFirst().orElseThrow();
        Obligation q1Doan = set.obligations().stream().filter(o -> o.id().equals("report-1/doan")).findFirst().orElseThrow();
        Obligation halfYear = set.obligations().stream().filter(o -> o.id().equals("report-3/ttct")).findFirst().orElseThrow();
        List<Submission> submissions = List.of(new Submission("ttct", q1.id(), LocalDate.of(2023, 3, 30)),
                new Submission("doan", q1Doan.id(), LocalDate.of(2023, 4, 3)));
        Compliance.Report report = Compliance.at(set, submissions, LocalDate.of(2023, 6, 14), 5, rules.calendar());
        Map<String, Status> byId = report.standings().stream()
                .collect(java.util.stream.Collectors.toMap(s -> s.obligation().id(), Compliance.Standing::status));
        assertThat(byId.get(q1.id())).isEqualTo(Status.DONE_ON_TIME);
        assertThat(byId.get(q1Doan.id())).isEqualTo(Status.DONE_LATE);
        assertThat(byId.get("report-1/ubnd")).isEqualTo(Status.OVERDUE);
        assertThat(byId.get(halfYear.id())).isEqualTo(Status.DUE_SOON); // due 20/6, 4 working days ahead
        assertThat(byId.get("report-4/ttct")).isEqualTo(Status.NOT_YET_DUE);
        assertThat(byId.get("report-2/ttct")).isEqualTo(Status.NO_DEADLINE);
        assertThat(report.byUnit().get("ttct").count(Status.DONE_ON_TIME)).isEqualTo(1);
        assertThat(report.byUnit().get("doan").count(Status.DONE_LATE)).isEqualTo(1);
    }
}

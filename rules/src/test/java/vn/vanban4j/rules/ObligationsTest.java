package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgChart.Unit;
import vn.vanban4j.model.OrgChart.UnitKind;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.Obligation.Role;
import vn.vanban4j.rules.ObligationSet.UnmatchedName;

/**
 * Who owes a task: leads and partners named as the chart names them, by abbreviation ("UBND
 * tỉnh"), by the chart's group names and by the unit types a group lists ("UBND các xã, phường");
 * what matches nothing, and a task with no lead, is listed, never dropped.
 */
class ObligationsTest {
    /** An illustrative province: its committee and council, departments, communes and schools. */
    static final OrgChart PROVINCE = new OrgChart("Tỉnh Lai Châu (minh họa)", null, List.of(
            unit("ubnd-tinh", "Ủy ban nhân dân tỉnh", UnitKind.STATE_BODY, null),
            unit("hdnd-tinh", "Hội đồng nhân dân tỉnh", UnitKind.STATE_BODY, null),
            unit("snv", "Sở Nội vụ", UnitKind.STATE_BODY, "ubnd-tinh"),
            unit("sgd", "Sở Giáo dục và Đào tạo", UnitKind.STATE_BODY, "ubnd-tinh"),
            unit("bdt", "Ban Dân tộc tỉnh", UnitKind.STATE_BODY, "ubnd-tinh"),
            unit("ca", "Công an tỉnh", UnitKind.STATE_BODY, "ubnd-tinh"),
            unit("btg", "Ban Tuyên giáo Tỉnh ủy", UnitKind.PARTY_BOARD, null),
            unit("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", UnitKind.MASS_ORGANISATION, null),
            unit("ubnd-tp", "Ủy ban nhân dân thành phố Lai Châu", UnitKind.STATE_BODY, "ubnd-tinh"),
            unit("ubnd-tanphong", "Ủy ban nhân dân phường Tân Phong", UnitKind.STATE_BODY, "ubnd-tp"),
            unit("ubnd-santhang", "Uỷ ban nhân dân xã San Thàng", UnitKind.STATE_BODY, "ubnd-tp"),
            unit("du-santhang", "Đảng ủy xã San Thàng", UnitKind.GRASSROOTS_COMMITTEE, null,
                    "Các chi bộ, đảng bộ cơ sở"),
            unit("mn-hoaban", "Trường Mầm non Hoa Ban", UnitKind.OTHER, "ubnd-tp"),
            unit("th-kimdong", "Trường Tiểu học Kim Đồng", UnitKind.OTHER, "ubnd-tp"),
            unit("thcs-leloi", "Trường THCS Lê Lợi", UnitKind.OTHER, "ubnd-tp")));

    private final DeadlineRules rules = DeadlineRules.standard();

    private static Unit unit(String id, String name, UnitKind kind, String parent, String... groups) {
        return new Unit(id, name, kind, parent, List.of(groups), false, List.of());
    }

    static Document plan(Task... tasks) {
        Section.Builder body = Section.builder("II.", "NHIỆM VỤ");
        Arrays.stream(tasks).forEach(body::task);
        return Document.builder(DocumentKind.PLAN, Family.STATE)
                .header(Header.of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"))
                .number("15/KH-UBND").place("Lai Châu").issueDate(LocalDate.of(2023, 1, 5))
                .summary("Triển khai công tác cải cách hành chính năm 2023")
                .section(body.build())
                .build();
    }

    private ObligationSet derive(Document plan) {
        return Obligations.derive(plan, PROVINCE, rules, Map.of());
    }

    private static List<String> units(ObligationSet set, int taskIndex, Role role) {
        return set.obligations().stream().filter(o -> o.taskIndex() == taskIndex && o.role() == role)
                .map(Obligation::unitId).toList();
    }

    @Test
    void aTaskWithoutALeadIsListedAsUnmatched() {
        ObligationSet set = derive(plan(
                Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").deadline("Hoàn thành trong quý II/2023").build(),
                Task.builder("Tổ chức tập huấn nghiệp vụ cải cách hành chính cho cán bộ, công chức cấp xã năm 2023")
                        .partners("Công an tỉnh").deadline("Hoàn thành trong quý III/2023").build()));

        assertThat(units(set, 0, Role.LEAD)).containsExactly("snv");
        // the task without a lead still binds its partners
        assertThat(units(set, 1, Role.PARTNER)).containsExactly("ca");
        assertThat(units(set, 1, Role.LEAD)).isEmpty();
        assertThat(set.unmatched()).containsExactly(new UnmatchedName(
                "(no owner): Tổ chức tập huấn nghiệp vụ cải cách hành chính ...", "task 2"));
        assertThat(set.unmatched().get(0).noOwner()).isTrue();
    }

    @Test
    void tasksWithLeadsAddNoUnmatchedLine() {
        ObligationSet set = derive(plan(Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").build()));

        assertThat(set.unmatched()).isEmpty();
        assertThat(set.obligations()).extracting(Obligation::id).containsExactly("task-1/lead/snv");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UBND tỉnh                                 | ubnd-tinh",
        "ỦY BAN NHÂN DÂN TỈNH                      | ubnd-tinh",
        "Uỷ ban nhân dân tỉnh                      | ubnd-tinh",
        "HĐND tỉnh                                 | hdnd-tinh",
        "Ủy ban MTTQ Việt Nam tỉnh                 | mttq",
        "UBMTTQ Việt Nam tỉnh                      | mttq",
        "Sở GD&ĐT                                  | sgd",
        "Sở GDĐT                                   | sgd",
        "Sở GD & ĐT                                | sgd",
        "UBND TP. Lai Châu                         | ubnd-tp",
        "UBND TP Lai Châu                          | ubnd-tp",
        "UBND xã San Thàng                         | ubnd-santhang",
    })
    void abbreviationsNameTheSameUnit(String lead, String unitId) {
        ObligationSet set = derive(plan(Task.builder("Triển khai thực hiện").lead(lead).build()));

        assertThat(set.unmatched()).isEmpty();
        assertThat(units(set, 0, Role.LEAD)).containsExactly(unitId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // the departments: Sở, Ban and sector agencies of the state; not Party boards, committees or councils
        "các sở, ban, ngành                                       | snv sgd bdt ca",
        "Các sở, ban, ngành tỉnh                                  | snv sgd bdt ca",
        "Các Sở, ban, ngành có liên quan                          | snv sgd bdt ca",
        "các sở                                                   | snv sgd",
        // the communes' and wards' people's committees
        "UBND các xã, phường                                      | ubnd-tanphong ubnd-santhang",
        "Ủy ban nhân dân các xã, phường                           | ubnd-tanphong ubnd-santhang",
        "Uỷ ban nhân dân các phường                               | ubnd-tanphong",
        // schools by type: the noun is said once
        "các trường mầm non, tiểu học                             | mn-hoaban th-kimdong",
        "Các trường Mầm non, Tiểu học trên địa bàn thành phố      | mn-hoaban th-kimdong",
        "các trường mầm non, tiểu học và THCS                     | mn-hoaban th-kimdong thcs-leloi",
        // a group the chart names itself still comes first
        "Các chi bộ, đảng bộ cơ sở                                | du-santhang",
    })
    void groupsResolveToTheUnitsOfTheTypesTheyList(String lead, String unitIds) {
        ObligationSet set = derive(plan(Task.builder("Triển khai thực hiện").lead(lead).build()));

        assertThat(set.unmatched()).isEmpty();
        assertThat(units(set, 0, Role.LEAD)).containsExactlyInAnyOrder(unitIds.split(" "));
    }

    @Test
    void aGroupThatResolvesToNothingIsUnmatched() {
        ObligationSet set = derive(plan(Task.builder("Triển khai thực hiện")
                .lead("các trường trung học phổ thông").partners("UBND các thị trấn", "Sở Nội vụ", "các ,").build()));

        assertThat(units(set, 0, Role.LEAD)).isEmpty();
        assertThat(units(set, 0, Role.PARTNER)).containsExactly("snv");
        assertThat(set.unmatched()).containsExactly(
                new UnmatchedName("các trường trung học phổ thông", "task 1"),
                new UnmatchedName("UBND các thị trấn", "task 1"),
                new UnmatchedName("các ,", "task 1"));
    }

    @Test
    void strictBeforeReadingFallsOnTheDayBefore() {
        Document plan = plan(Task.builder("Hoàn thành đề án").lead("Sở Nội vụ").deadline("Hoàn thành trước ngày 14/3/2023").build());

        Obligation inclusive = derive(plan).obligations().get(0);
        Obligation strict = Obligations.derive(plan, PROVINCE, rules.withBeforeInclusive(false), Map.of()).obligations().get(0);

        assertThat(inclusive.due().due()).isEqualTo(LocalDate.of(2023, 3, 14));
        // 13/3/2023 is a Monday: no roll-forward
        assertThat(strict.due().due()).isEqualTo(LocalDate.of(2023, 3, 13));
        assertThat(strict.due().reason()).contains("không kể ngày 14/03/2023");
    }
}

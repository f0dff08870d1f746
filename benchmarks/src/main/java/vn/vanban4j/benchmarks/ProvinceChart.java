package vn.vanban4j.benchmarks;

import java.util.ArrayList;
import java.util.List;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgChart.CellRole;
import vn.vanban4j.model.OrgChart.Member;
import vn.vanban4j.model.OrgChart.MemberStatus;
import vn.vanban4j.model.OrgChart.Unit;
import vn.vanban4j.model.OrgChart.UnitKind;

/** A synthetic province-sized org chart for the group names of 198-KH/TU: invented, for measuring only. */
final class ProvinceChart {
    private ProvinceChart() {
    }

    static OrgChart generate(int units, int members) {
        List<Unit> list = new ArrayList<>();
        list.add(new Unit("btg", "Ban Tuyên giáo Tỉnh uỷ", UnitKind.PARTY_BOARD, null, List.of(), false, List.of()));
        list.add(new Unit("ubkt", "Ủy ban kiểm tra các cấp", UnitKind.PARTY_BOARD, null, List.of(), false, List.of()));
        int districts = 13;
        for (int d = 0; d < districts; d++) {
            list.add(new Unit("h" + d, "Huyện ủy số " + d, UnitKind.PARTY_COMMITTEE, null,
                    List.of("Các huyện, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ", "Các huyện uỷ, thành uỷ",
                            "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                            "Các huyện uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ"), false, List.of()));
        }
        int cells = units - list.size();
        int perCell = members / cells;
        for (int c = 0; c < cells; c++) {
            List<Member> people = new ArrayList<>(perCell);
            for (int m = 0; m < perCell; m++) {
                CellRole role = m == 0 ? CellRole.SECRETARY : m == 1 ? CellRole.DEPUTY_SECRETARY : null;
                List<MemberStatus> statuses = m % 17 == 5 ? List.of(MemberStatus.RETIRED) : List.of();
                people.add(new Member("Đảng viên " + c + "." + m, role, m == 0, statuses));
            }
            list.add(new Unit("c" + c, "Chi bộ số " + c, UnitKind.PARTY_CELL, "h" + (c % districts),
                    List.of("chi bộ", "Các chi bộ cơ sở, đảng bộ cơ sở, cơ quan, đơn vị khác"), c % 3 == 0, people));
        }
        return new OrgChart("Tỉnh (tổng hợp)", "synthetic, for benchmarks", list);
    }
}

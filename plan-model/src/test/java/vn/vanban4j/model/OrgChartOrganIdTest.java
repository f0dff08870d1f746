package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's electronic identifier for document exchange: optional, read and written; charts without it read as before. */
class OrgChartOrganIdTest {
    @Test
    void readsAndWritesTheOrganIdAndReadsChartsWithoutIt() {
        OrgChart chart = OrgCharts.read("""
                {"name": "Cao Bằng", "units": [
                  {"id": "ubnd", "name": "UBND tỉnh Cao Bằng", "kind": "STATE_BODY", "organId": "000.00.00.H14"},
                  {"id": "vp", "name": "Văn phòng", "kind": "STATE_BODY", "parent": "ubnd"}
                ]}""", "org.json");
        assertThat(chart.units()).extracting(OrgChart.Unit::organId).containsExactly("000.00.00.H14", null);
        String json = OrgCharts.toJson(chart);
        assertThat(json).contains("\"organId\" : \"000.00.00.H14\"");
        assertThat(OrgCharts.read(json, "again.json")).isEqualTo(chart);
        assertThat(new OrgChart.Unit("a", "A", OrgChart.UnitKind.OTHER, null, List.of(), false, List.of()).organId()).isNull();
        assertThatThrownBy(() -> new OrgChart.Unit("a", "A", OrgChart.UnitKind.OTHER, null, List.of(), false, List.of(), " "))
                .hasMessageContaining("organId");
    }
}

package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An org chart is a tree: ids once each, parents that exist, no unit its own parent or ancestor; each problem named. */
class OrgChartChecksTest {
    // units as "id>parent" ("id" alone for a top unit)
    private static String chart(String... units) {
        StringBuilder json = new StringBuilder("{\"name\": \"Đảng bộ thử\", \"units\": [");
        for (int i = 0; i < units.length; i++) {
            String[] part = units[i].split(">");
            json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(part[0]).append("\", \"name\": \"Đơn vị ")
                    .append(part[0]).append("\", \"kind\": \"PARTY_CELL\"")
                    .append(part.length > 1 ? ", \"parent\": \"" + part[1] + "\"" : "").append('}');
        }
        return json.append("]}").toString();
    }

    private static List<String> problems(String json) {
        try {
            OrgCharts.read(json, "org.json");
        } catch (PlanFormatException e) {
            assertThat(e.source()).isEqualTo("org.json");
            return e.problems().stream().map(Object::toString).toList();
        }
        return List.of();
    }

    @Test
    void aSoundChartReadsAsBefore() {
        assertThat(problems(chart("tu", "btg>tu", "cb1>btg", "cb2>btg"))).isEmpty();
        assertThat(problems(Samples.text())).isEmpty();
    }

    @Test
    void aUnitThatIsItsOwnParent() {
        assertThat(problems(chart("tu", "cb1>cb1"))).containsExactly("$.units[1].parent: unit \"cb1\" is its own parent");
    }

    @Test
    void aParentThatIsNoUnit() {
        assertThat(problems(chart("tu", "cb1>huyen")))
                .containsExactly("$.units[1].parent: unit \"cb1\" has the parent \"huyen\", which is no unit of the chart");
    }

    @Test
    void duplicateIds() {
        assertThat(problems(chart("tu", "cb1>tu", "cb1>tu")))
                .containsExactly("$.units[2].id: unit \"cb1\" is also the id of $.units[1]; each unit has its own id");
    }

    @Test
    void aCycleIsNamedOnceWithEveryUnitInIt() {
        assertThat(problems(chart("tu", "a>c", "b>a", "c>b", "d>a"))).containsExactly(
                "$.units[1].parent: unit \"a\" is its own ancestor: \"a\" -> \"c\" -> \"b\" -> \"a\" (each -> leads to the parent);"
                        + " a chart is a tree");
    }

    @Test
    void everyProblemAtOnceInTheOrderOfTheUnits() {
        assertThat(problems(chart("x>y", "y>x", "z>z", "x", "w>nowhere"))).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactly("$.units[0].parent", "$.units[2].parent", "$.units[3].id", "$.units[4].parent");
        assertThatThrownBy(() -> OrgCharts.read(chart("z>z"), "org.json")).isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("org.json: 1 problem").hasMessageContaining("\"z\" is its own parent");
    }

    @Test
    void aDeepChartIsCheckedWithoutRecursion() {
        String[] units = new String[5_000];
        units[0] = "u0";
        for (int i = 1; i < units.length; i++) {
            units[i] = "u" + i + ">u" + (i - 1);
        }
        assertThat(problems(chart(units))).isEmpty();
        units[0] = "u0>u" + (units.length - 1);
        assertThat(problems(chart(units))).hasSize(1).first().asString().startsWith("$.units[0].parent: unit \"u0\" is its own ancestor");
    }

    /** The shipped sample chart, which must keep reading. */
    private static final class Samples {
        static String text() {
            return new String(readResource(), java.nio.charset.StandardCharsets.UTF_8);
        }

        private static byte[] readResource() {
            java.nio.file.Path file = java.nio.file.Path.of("../samples/src/main/resources/vn/vanban4j/samples/org-lai-chau.json");
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}

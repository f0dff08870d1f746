package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.Samples;

/** The --json shapes are a contract: other tools read them. */
class RuleCommandsTest {
    @TempDir
    static Path dir;
    static Path laiChau;
    static Path org;

    @BeforeAll
    static void writeSamples() throws IOException {
        laiChau = dir.resolve("107-KH-ThU.json");
        org = dir.resolve("org.json");
        Files.writeString(laiChau, Samples.text(Samples.LAI_CHAU_PLAN));
        Files.writeString(org, Samples.text(Samples.LAI_CHAU_ORG_CHART));
    }

    private static JsonNode json(CliRun run) throws IOException {
        assertThat(run.exit()).as(run.err()).isZero();
        return Output.mapper().readTree(run.out());
    }

    @Test
    void deadlineJson() throws Exception {
        JsonNode q3 = json(CliRun.of("deadline", "Trong quý III/2023", "--json"));
        assertThat(q3.get("kind").asText()).isEqualTo("period");
        assertThat(q3.get("due").asText()).isEqualTo("2023-10-02");
        assertThat(q3.get("reason").asText()).contains("thứ Bảy");
        assertThat(json(CliRun.of("deadline", "Trong quý III/2023", "--no-rollforward", "--json")).get("due").asText())
                .isEqualTo("2023-09-30");
        JsonNode recurring = json(CliRun.of("deadline", "định kỳ hằng quý", "--issued", "2023-01-18", "--json"));
        assertThat(recurring.get("kind").asText()).isEqualTo("recurring");
        assertThat(recurring.get("due").asText()).isEqualTo("2023-03-31");
        // an unrecognised phrase is printed and exits 1
        CliRun unrecognised = CliRun.of("deadline", "không có gì", "--json");
        assertThat(unrecognised.exit()).isEqualTo(1);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(unrecognised.out()).get("kind").asText())
                .isEqualTo("unrecognised");
        // a year with no official schedule says so
        CliRun calendar = CliRun.of("calendar", "2027");
        assertThat(calendar.exit()).isZero();
        assertThat(calendar.out()).contains("không có lịch nghỉ chính thức năm 2027");
    }

    @Test
    void relativeDeadlineWithEvents() throws Exception {
        String phrase = "hoàn thành chậm nhất 01 tháng sau Hội nghị trực tuyến toàn tỉnh";
        JsonNode pending = json(CliRun.of("deadline", phrase, "--issued", "2023-01-18", "--json"));
        assertThat(pending.get("kind").asText()).isEqualTo("relative");
        assertThat(pending.get("due").isNull()).isTrue();
        Path events = dir.resolve("events.json");
        Files.writeString(events, "{ \"Hội nghị trực tuyến toàn tỉnh\": \"2023-01-31\" }");
        JsonNode known = json(CliRun.of("deadline", phrase, "--issued", "2023-01-18", "--events", events.toString(), "--json"));
        assertThat(known.get("due").asText()).isEqualTo("2023-02-28");
    }

    @Test
    void lunarJson() throws Exception {
        JsonNode gioTo = json(CliRun.of("lunar", "2023-04-29", "--json"));
        assertThat(gioTo.get("year").asInt()).isEqualTo(2023);
        assertThat(gioTo.get("month").asInt()).isEqualTo(3);
        assertThat(gioTo.get("day").asInt()).isEqualTo(10);
        assertThat(gioTo.get("leap").asBoolean()).isFalse();
        assertThat(CliRun.of("lunar", "29/4/2023").exit()).isEqualTo(2);
    }

    @Test
    void calendarJson() throws Exception {
        JsonNode year = json(CliRun.of("calendar", "2024", "--json"));
        assertThat(year.get("daysOff").get(0).get("date").asText()).isEqualTo("2024-01-01");
        assertThat(year.get("daysOff").get(0).get("name").asText()).isEqualTo("Tết Dương lịch");
        assertThat(year.get("makeUpWorkingDays")).hasSize(1);
        assertThat(year.get("makeUpWorkingDays").get(0).get("date").asText()).isEqualTo("2024-05-04");
    }

    @Test
    void checkExitsZeroOnTheSeedAndOneOnErrors() throws Exception {
        assertThat(CliRun.of("check", laiChau.toString()).out()).contains("0 errors, 0 warnings");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Samples.text(Samples.LAI_CHAU_PLAN).replace("133 năm ngày sinh", "134 năm ngày sinh"));
        CliRun run = CliRun.of("check", broken.toString(), "--json");
        assertThat(run.exit()).isEqualTo(1);
        JsonNode json = Output.mapper().readTree(run.out());
        assertThat(json.get("diagnostics").get(0).get("code").asText()).isEqualTo("VB006");
    }

    @Test
    void obligationsAsJsonXlsxAndIcs() throws Exception {
        JsonNode json = json(CliRun.of("obligations", laiChau.toString(), "--org", org.toString(), "--as-of", "2023-04-01",
                "--format", "json"));
        assertThat(json.get("asOf").asText()).isEqualTo("2023-04-01");
        JsonNode first = json.get("obligations").get(0);
        assertThat(first.get("unitId").asText()).isNotBlank();
        assertThat(json.get("obligations").findValuesAsText("status")).contains("OVERDUE", "NOT_YET_DUE");
        Path xlsx = dir.resolve("track.xlsx");
        assertThat(CliRun.of("obligations", laiChau.toString(), "--org", org.toString(), "--as-of", "2023-04-01",
                "--format", "xlsx", "-o", xlsx.toString()).exit()).isZero();
        assertThat(Files.size(xlsx)).isPositive();
        Path ics = dir.resolve("ics");
        assertThat(CliRun.of("obligations", laiChau.toString(), "--org", org.toString(), "--as-of", "2023-04-01",
                "--format", "ics", "-o", ics.toString()).exit()).isZero();
        assertThat(Files.readString(ics.resolve("ttct.ics"))).contains("BEGIN:VEVENT");
        assertThat(CliRun.of("obligations", laiChau.toString(), "--as-of", "2023-04-01").exit()).isEqualTo(2);
    }

    @Test
    void obligationsOverAFolderOfPlansLinkChildToParent() throws Exception {
        Path folder = dir.resolve("plans");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("107-KH-ThU.json"), Samples.text(Samples.LAI_CHAU_PLAN));
        Files.writeString(folder.resolve("15-KH-UBND.json"), Samples.text(Samples.STATE_SAMPLE_PLAN)
                .replace("\"recurrence\" : \"định kỳ hằng tháng\",", ""));
        Path chart = dir.resolve("chart.json");
        Files.writeString(chart, """
                { "name" : "Thành phố Lai Châu (minh họa)", "units" : [
                  { "id" : "pb", "name" : "Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố", "kind" : "STATE_BODY", "residential" : false } ] }
                """);
        CliRun run = CliRun.of("obligations", folder.toString(), "--org", chart.toString(), "--as-of", "2023-06-30", "--format", "json");
        assertThat(run.exit()).isZero();
        JsonNode obligations = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("obligations");
        assertThat(obligations).anySatisfy(o -> {
            assertThat(o.get("id").asText()).isEqualTo("15/KH-UBND:task-1/lead/pb");
            assertThat(o.get("due").asText()).isEqualTo("2024-01-02");
        });
    }
}

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

class PlanCommandsTest {
    @TempDir
    static Path dir;
    static Path laiChau;
    static Path caoBang;

    @BeforeAll
    static void writeSamples() throws IOException {
        laiChau = dir.resolve("107-KH-ThU.json");
        caoBang = dir.resolve("198-KH-TU.json");
        Files.writeString(laiChau, Samples.text(Samples.LAI_CHAU_PLAN));
        Files.writeString(caoBang, Samples.text(Samples.CAO_BANG_PLAN));
    }

    @Test
    void validateAcceptsTheSeeds() {
        CliRun run = CliRun.of("validate", caoBang.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("valid Kế hoạch 198-KH/TU, 50 tasks");
    }

    @Test
    void validateListsEveryProblemAndExitsOne() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Samples.text(Samples.LAI_CHAU_PLAN)
                .replace("\"number\" : \"107-KH/ThU\"", "\"number\" : \"107\"")
                .replace("\"place\" : \"TP. Lai Châu\"", "\"place\" : [ ], \"colour\" : 1"));
        CliRun run = CliRun.of("validate", bad.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("bad.json: $.number: \"107\" is not a document number",
                "bad.json: $.place: expected text, found a list", "bad.json: $.colour: unknown field");
        assertThat(run.err()).contains("3 problems");

        JsonNode json = Output.mapper().readTree(CliRun.of("validate", bad.toString(), "--json").out());
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("problems")).hasSize(3);
        assertThat(json.get("problems").get(0).get("path").asText()).isEqualTo("$.colour");
    }

    @Test
    void showListsNumberSectionsAndDeadlines() {
        CliRun run = CliRun.of("show", laiChau.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("Kế hoạch số 107-KH/ThU - THÀNH ỦY LAI CHÂU, 26/12/2022")
                .contains("  3. Xây dựng kế hoạch học tập", "    3.2. Xây dựng kế hoạch cá nhân",
                        "thời hạn: Hoàn thành trước ngày 14/3/2023", "Nhiệm vụ (32):");
    }

    @Test
    void showJsonHasTasksWithDeadlines() throws Exception {
        JsonNode json = Output.mapper().readTree(CliRun.of("show", caoBang.toString(), "--json").out());
        assertThat(json.get("number").asText()).isEqualTo("198-KH/TU");
        assertThat(json.get("title").asText()).startsWith("KẾ HOẠCH thực hiện Kết luận số 01-KL/TW");
        assertThat(json.get("sections")).hasSize(4);
        assertThat(json.get("tasks")).hasSize(50);
        assertThat(json.get("tasks").get(0).get("deadline").asText()).isEqualTo("Trong quý I/2023");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of().exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").err()).contains("unknown command 'frobnicate'");
        CliRun missing = CliRun.of("validate");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("usage: vanban4j validate");
        assertThat(CliRun.of("show", laiChau.toString(), "--colour").exit()).isEqualTo(2);
    }

    @Test
    void missingFileIsInvalidInput() {
        CliRun run = CliRun.of("show", dir.resolve("nope.json").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no such file");
    }
}

package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.Samples;

/** Errors and diagnostics in the language of --lang, else of LC_ALL or LANG: Vietnamese for "vi", else English. */
class LanguageTest {
    private static final Map<String, String> VIETNAMESE_MACHINE = Map.of("LANG", "vi_VN.UTF-8");

    @TempDir
    Path dir;

    @Test
    void aVietnameseEnvironmentGivesVietnameseAndLangOverridesIt() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Samples.text(Samples.LAI_CHAU_PLAN).replace("\"place\" : \"TP. Lai Châu\"", "\"place\" : [ ]"));

        CliRun vietnamese = CliRun.in(VIETNAMESE_MACHINE, "validate", bad.toString());
        CliRun english = CliRun.in(VIETNAMESE_MACHINE, "--lang", "en", "validate", bad.toString());
        CliRun asked = CliRun.of("validate", bad.toString(), "--lang", "vi");

        assertThat(vietnamese.exit()).isEqualTo(1);
        assertThat(vietnamese.out()).contains("bad.json: $.place: cần văn bản, nhưng gặp một danh sách");
        assertThat(vietnamese.err()).contains("bad.json: 1 lỗi");
        assertThat(english.out()).contains("bad.json: $.place: expected text, found a list");
        assertThat(english.err()).contains("bad.json: 1 problem");
        assertThat(asked.out()).isEqualTo(vietnamese.out());
    }

    @Test
    void lcAllComesBeforeLangAndAnotherLanguageIsEnglish() throws Exception {
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(scan.toFile());
        }
        String out = dir.resolve("plan.json").toString();

        CliRun vietnamese = CliRun.in(Map.of("LC_ALL", "vi_VN.UTF-8", "LANG", "en_US.UTF-8"), "import", scan.toString(), "-o", out);
        CliRun french = CliRun.in(Map.of("LANG", "fr_FR.UTF-8"), "import", scan.toString(), "-o", out);

        assertThat(vietnamese.exit()).isEqualTo(1);
        assertThat(vietnamese.err()).startsWith("vanban4j import: scan.pdf: tệp PDF không có lớp chữ");
        assertThat(french.err()).startsWith("vanban4j import: scan.pdf: the PDF has no text layer");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void checkPrintsDiagnosticsInTheLanguageAndItsJsonKeepsCodeAndVietnameseMessage() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Samples.text(Samples.LAI_CHAU_PLAN).replace("133 năm ngày sinh", "134 năm ngày sinh"));

        CliRun english = CliRun.of("check", broken.toString(), "--lang", "en");
        CliRun vietnamese = CliRun.of("check", broken.toString(), "--lang", "vi");
        JsonNode json = Output.mapper().readTree(CliRun.of("check", broken.toString(), "--json").out()).get("diagnostics").get(0);

        assertThat(english.out()).contains("VB006 ERROR ").contains(" is 133 years, not 134");
        assertThat(vietnamese.out()).contains("VB006 ERROR ").contains(" là 133 năm, không phải 134");
        assertThat(json.get("code").asText()).isEqualTo("VB006");
        assertThat(json.get("message").asText()).contains("là 133 năm, không phải 134");
        assertThat(json.has("text")).isFalse();
    }

    @Test
    void aLanguageOtherThanViOrEnIsAUsageError() {
        CliRun run = CliRun.of("--lang", "fr", "validate", "x.json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--lang fr: give vi or en");
    }
}

package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** import: a DOCX read in becomes a plan that validate accepts; exit 0, 3 or 1 as documented. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aRenderedDocxReadsInAndValidates() throws Exception {
        Path docx = dir.resolve("125-UBND-KT.docx");
        Files.write(docx, Renderer.standard().docx(Samples.kindSample("125-UBND-KT")));
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("import", docx.toString(), "-o", plan.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode findings = Output.mapper().readTree(run.out());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("field").asText()).isEqualTo("$.number");
            assertThat(f.get("value").asText()).isEqualTo("125/UBND-KT");
            assertThat(f.get("source").asText()).contains("table 1");
            assertThat(f.get("confidence").asDouble()).isEqualTo(1.0);
        });
        assertThat(CliRun.of("validate", plan.toString()).exit()).isZero();
        Document read = Plans.read(plan);
        assertThat(read.summary()).startsWith("tăng cường quản lý vật liệu xây dựng");
        assertThat(read.tasks()).extracting(t -> t.deadline()).contains("trước ngày 30/10/2026", "khi có yêu cầu");
    }

    @Test
    void headerFieldsMissingExitThreeWithThePlanWritten() throws Exception {
        Path text = dir.resolve("cong-van.txt");
        // no summary: a plan without its kind line's summary is written, and the gap reported
        Files.writeString(text, """
                ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH LÀO CAI                      Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-UBND                    Lào Cai, ngày 05 tháng 01 năm 2026
                1. Sở Xây dựng rà soát bến bãi, hoàn thành trong quý I/2026.
                """);
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("import", text.toString(), "-o", plan.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("not found: $.summary");
        assertThat(Plans.read(plan).kind().name()).isEqualTo("PLAN");
    }

    @Test
    void unreadableInputExitsOneWithoutAPlanOrAStackTrace() throws Exception {
        Path broken = dir.resolve("broken.docx");
        Files.writeString(broken, "not a word file");
        Path plan = dir.resolve("plan.json");
        CliRun run = CliRun.of("import", broken.toString(), "-o", plan.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("broken.docx: not a DOCX").doesNotContain("Exception");
        assertThat(plan).doesNotExist();
        assertThat(CliRun.of("import", dir.resolve("x.odt").toString(), "-o", plan.toString()).exit()).isEqualTo(2);
    }
}

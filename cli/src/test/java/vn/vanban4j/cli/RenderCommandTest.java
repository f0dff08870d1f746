package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.Samples;

class RenderCommandTest {
    @TempDir
    Path dir;

    @Test
    void rendersDocxAndHtmlWithAHostTemplate() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Samples.text(Samples.LAI_CHAU_PLAN));
        Path docx = dir.resolve("out.docx");
        CliRun run = CliRun.of("render", plan.toString(), "-o", docx.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readAllBytes(docx)).startsWith('P', 'K');

        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("plan.ftlx"), "<document><header/><p>Bản riêng của ${doc.number}</p><closing/></document>");
        Path html = dir.resolve("out.html");
        run = CliRun.of("render", plan.toString(), "--format", "html", "--templates", templates.toString(), "-o", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Files.readString(html)).contains("Bản riêng của 107-KH/ThU");
    }

    @Test
    void templateErrorExitsOneAndWritesNothing() throws Exception {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Samples.text(Samples.LAI_CHAU_PLAN));
        Path templates = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(templates.resolve("plan.ftlx"), "<document>\n<p>${doc.missing}</p></document>");
        Path out = dir.resolve("never.docx");
        CliRun run = CliRun.of("render", plan.toString(), "--templates", templates.toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).startsWith("plan.ftlx:2:");
        assertThat(out).doesNotExist();
        assertThat(CliRun.of("render", plan.toString(), "--profile", "nope", "-o", out.toString()).exit()).isEqualTo(2);
    }
}

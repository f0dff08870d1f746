package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.render.PdfConverter;
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

    @Test
    void pdfaGivesAPdfWhoseMetadataSaysPdfA2b() throws Exception {
        assumeTrue(PdfConverter.standard().officeAvailable() || System.getenv("CI") != null, "LibreOffice is not installed");
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, Samples.text(Samples.STATE_SAMPLE_PLAN));
        Path pdf = dir.resolve("out.pdf");
        CliRun run = CliRun.of("render", plan.toString(), "--format", "pdf", "--pdfa", "-o", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
        }
        assertThat(CliRun.of("render", plan.toString(), "--pdfa", "-o", dir.resolve("x.docx").toString()).exit()).isEqualTo(Main.USAGE);
    }
}

package vn.vanban4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.test.Fixtures;
import vn.vanban4j.test.RenderedDocx;
import vn.vanban4j.test.VanbanAssertions;

/** The starter in a Spring Boot 3 context: beans from vanban4j.* properties, PDF through the pool, LibreOffice stopped with the context. */
class Vanban4jStarterTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Vanban4jAutoConfiguration.class));

    private static List<ProcessHandle> offices() {
        return ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("soffice.bin")).toList();
    }

    @Test
    void propertiesConfigureTheRendererAndTheContextStopsLibreOffice() throws Exception {
        Path templates = dir.resolve("mau");
        Renderer.exportDefaults(templates, false);
        Path plan = templates.resolve("plan.ftlx");
        Files.writeString(plan, Files.readString(plan).replace("<@lib.rest/>", "<p>Mẫu riêng của đơn vị</p>\n<@lib.rest/>"));
        assertThat(offices()).isEmpty();
        runner.withPropertyValues("vanban4j.templates=" + templates, "vanban4j.profile=state-nd30-2020",
                "vanban4j.pdf.processes=1", "vanban4j.pdf.timeout=90s", "vanban4j.template.time-limit=5s").run(context -> {
                    assertThat(context).hasSingleBean(Vanban4j.class).hasSingleBean(Renderer.class).hasSingleBean(PdfConverter.class);
                    Vanban4j vanban = context.getBean(Vanban4j.class);
                    RenderedDocx docx = RenderedDocx.of(vanban.render(Fixtures.statePlan(), Vanban4j.Format.DOCX));
                    VanbanAssertions.assertThat(docx).hasNumber("15/KH-UBND").containsText("Mẫu riêng của đơn vị");
                    byte[] pdf = vanban.render(Fixtures.statePlan(), Vanban4j.Format.PDF);
                    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
                    assertThat(offices()).as("one office process, as configured").hasSize(1);
                });
        // the context is closed: its LibreOffice is gone
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!offices().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(offices()).isEmpty();
    }

    @Test
    void anApplicationsOwnRendererWins() {
        Renderer own = Renderer.standard().asDraft(true);
        runner.withBean(Renderer.class, () -> own).run(context -> assertThat(context.getBean(Renderer.class)).isSameAs(own));
    }

    @Test
    void aProfileThatIsNeitherShippedNorAFileFailsTheContextWithItsName() {
        runner.withPropertyValues("vanban4j.profile=khong-co.json").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("vanban4j.profile: \"khong-co.json\""));
    }

    @Test
    void theSettingsHaveMetadataForIdes() throws Exception {
        try (var in = Vanban4jProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(json).contains("\"vanban4j.templates\"", "\"vanban4j.profile\"", "\"vanban4j.pdf.timeout\"",
                    "\"vanban4j.pdf.processes\"", "\"vanban4j.template.time-limit\"", "\"vanban4j.template.size-limit\"",
                    "\"vanban4j.template.memory-limit\"", "\"vanban4j.template.image-pixel-limit\"",
                    "\"vanban4j.problem-details.enabled\"", "\"management.health.vanban4j.enabled\"");
        }
    }

    @Test
    void templatesFromTheApplicationsClasspath() {
        runner.withPropertyValues("vanban4j.templates=classpath:classpath-templates/").run(context -> {
            byte[] docx = context.getBean(Vanban4j.class).render(Fixtures.statePlan(), Vanban4j.Format.DOCX);
            assertThat(RenderedDocx.of(docx).text()).contains("mẫu trong jar của ứng dụng");
        });
    }
}

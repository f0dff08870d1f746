package vn.vanban4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.test.Fixtures;

/** The {@code vanban4j} health indicator with Actuator, and Micrometer timers with a registry. */
class Vanban4jActuatorTest {
    @TempDir
    Path dir;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Vanban4jAutoConfiguration.class, Vanban4jActuatorAutoConfiguration.class));

    @Test
    void healthIsUpWithTheShippedTemplatesAndTellsOfLibreOffice() {
        runner.withPropertyValues("vanban4j.pdf.processes=3").run(context -> {
            assertThat(context).hasBean("vanban4jHealthIndicator");
            Health health = context.getBean("vanban4jHealthIndicator", Vanban4jHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("templates", "shipped").containsEntry("pdfProcesses", 3)
                    .containsEntry("pdfRunning", false).containsEntry("pdfConversions", 0)
                    .containsEntry("libreOffice", PdfConverter.standard().officeAvailable() ? "found" : "not found");
        });
    }

    @Test
    void healthIsUpWithoutLibreOfficeAndWithAReadableFolder() throws Exception {
        Path templates = dir.resolve("mau");
        Renderer.exportDefaults(templates, false);
        runner.withPropertyValues("vanban4j.templates=" + templates, "vanban4j.pdf.office-home=" + dir.resolve("khong-co")).run(context -> {
            Health health = context.getBean(Vanban4jHealthIndicator.class).health();
            assertThat(health.getStatus()).as("DOCX and HTML still work").isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("templates", templates.toAbsolutePath().toString())
                    .containsEntry("libreOffice", "not found");
        });
    }

    @Test
    void healthIsDownWhenTheTemplatesFolderCannotBeRead() throws Exception {
        Path templates = dir.resolve("mau");
        Renderer.exportDefaults(templates, false);
        runner.withPropertyValues("vanban4j.templates=" + templates).run(context -> {
            Vanban4jHealthIndicator indicator = context.getBean(Vanban4jHealthIndicator.class);
            assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
            // the folder goes away while the application runs (an unmounted share)
            try (var files = Files.walk(templates)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("templatesProblem", "not a folder");
        });
    }

    @Test
    void noActuatorNoIndicatorNoRegistryNoMeters() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate")).run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(Vanban4jHealthIndicator.class));
        runner.run(context -> assertThat(context).doesNotHaveBean(MeteredVanban4j.class).doesNotHaveBean(PdfConverter.Listener.class));
        runner.withPropertyValues("management.health.vanban4j.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(Vanban4jHealthIndicator.class));
    }

    @Test
    void rendersAndPdfConversionsAreTimedByFormatAndResult() {
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("vanban4j.pdf.processes=1",
                "vanban4j.pdf.office-home=" + dir.resolve("khong-co")).run(context -> {
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    MeteredVanban4j metered = context.getBean(MeteredVanban4j.class);
                    assertThat(metered.vanban4j()).isSameAs(context.getBean(Vanban4j.class));
                    Document plan = Fixtures.statePlan();
                    metered.render(plan, Vanban4j.Format.DOCX);
                    metered.render(plan, Vanban4j.Format.DOCX);
                    metered.render(plan, Vanban4j.Format.HTML);
                    try {
                        metered.render(plan, Vanban4j.Format.PDF); // no LibreOffice in that folder
                    } catch (PdfConverter.OfficeUnavailableException expected) {
                        // counted below
                    }
                    Timer docx = registry.get("vanban4j.render").tags("format", "docx", "result", "success").timer();
                    assertThat(docx.count()).isEqualTo(2);
                    assertThat(docx.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
                    assertThat(registry.get("vanban4j.render").tags("format", "html", "result", "success").timer().count()).isEqualTo(1);
                    assertThat(registry.get("vanban4j.render").tags("format", "pdf", "result", "failure")
                            .tag("exception", "OfficeUnavailableException").timer().count()).isEqualTo(1);
                    assertThat(registry.get("vanban4j.pdf").tags("result", "unavailable").timer().count()).isEqualTo(1);

                    byte[] letter = ("UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nSố: 12/SNV-VP\nLai Châu, ngày 3 tháng 3 năm 2026\n"
                            + "V/v báo cáo công tác\nKính gửi: Các phòng\nĐề nghị các phòng báo cáo trước ngày 20/3/2026.\n")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    assertThat(metered.importDocument(letter, Importer.Format.TEXT, "cv.txt").document().number().toString())
                            .isEqualTo("12/SNV-VP");
                    try {
                        metered.importDocument(new byte[] {1, 2, 3}, Importer.Format.PDF, "hong.pdf");
                    } catch (ImportException expected) {
                        // counted below
                    }
                    assertThat(registry.get("vanban4j.import").tags("format", "text", "result", "success").timer().count()).isEqualTo(1);
                    assertThat(registry.get("vanban4j.import").tags("format", "pdf", "result", "failure")
                            .tag("exception", "ImportException").timer().count()).isEqualTo(1);
                });
    }

    @Test
    void aPdfMadeThroughTheFacadeIsTimed() {
        assumeTrue(PdfConverter.standard().officeAvailable(), "LibreOffice is not installed");
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).withPropertyValues("vanban4j.pdf.processes=1").run(context -> {
            // the plain facade, not MeteredVanban4j: the converter itself is observed
            context.getBean(Vanban4j.class).render(Fixtures.statePlan(), Vanban4j.Format.PDF);
            Timer pdf = context.getBean(MeterRegistry.class).get("vanban4j.pdf").tags("result", "success", "exception", "none").timer();
            assertThat(pdf.count()).isEqualTo(1);
            assertThat(pdf.totalTime(java.util.concurrent.TimeUnit.MILLISECONDS)).isGreaterThan(Duration.ofMillis(1).toMillis() - 1);
        });
    }
}

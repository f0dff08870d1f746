package vn.vanban4j.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.test.Fixtures;

/**
 * The context owns the LibreOffice pool: the starter's converter has no JVM shutdown hook (which
 * would stop LibreOffice while the context still drains requests), and closing the context lets a
 * conversion under way finish before it stops the office processes.
 */
class Vanban4jLifecycleTest {
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(Vanban4jAutoConfiguration.class));

    @Test
    void theStartersConverterHasNoShutdownHookAndKeepsTheSettings() {
        runner.withPropertyValues("vanban4j.pdf.processes=3", "vanban4j.pdf.timeout=75s").run(context -> {
            PdfConverter converter = context.getBean(PdfConverter.class);
            assertThat(converter.hasShutdownHook()).as("the context stops it, not a JVM hook").isFalse();
            assertThat(converter.processes()).isEqualTo(3);
            assertThat(converter.timeout()).isEqualTo(Duration.ofSeconds(75));
            assertThat(PdfConverter.standard().hasShutdownHook()).as("plain Java hosts keep the hook").isTrue();
        });
    }

    @Test
    void closingTheContextLetsAConversionUnderWayFinishThenStopsLibreOffice() throws Exception {
        assumeTrue(PdfConverter.standard().officeAvailable(), "LibreOffice is not installed");
        AtomicReference<PdfConverter> converter = new AtomicReference<>();
        AtomicReference<Object> inFlight = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        runner.withPropertyValues("vanban4j.pdf.processes=1").run(context -> {
            PdfConverter pdf = context.getBean(PdfConverter.class);
            converter.set(pdf);
            Vanban4j vanban = context.getBean(Vanban4j.class);
            assertThat(vanban.render(Fixtures.statePlan(), Vanban4j.Format.PDF)).startsWith(PDF); // LibreOffice started
            assertThat(pdf.isRunning()).isTrue();
            byte[] docx = Renderer.standard().docx(Fixtures.laiChauPlan());
            Thread converting = new Thread(() -> {
                try {
                    inFlight.set(pdf.pdf(docx, "107-KH/ThU"));
                } catch (RuntimeException e) {
                    inFlight.set(e);
                }
            }, "a request converting");
            thread.set(converting);
            converting.start();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (pdf.conversionsUnderWay() == 0 && inFlight.get() == null && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(inFlight.get()).as("still converting when the context closes").isNull();
        }); // the runner closes the context here
        thread.get().join(60_000);
        assertThat(inFlight.get()).as("the conversion under way at close finished").isInstanceOf(byte[].class);
        assertThat((byte[]) inFlight.get()).startsWith(PDF);
        assertThat(converter.get().isClosed()).isTrue();
        assertThat(converter.get().isRunning()).as("the context stopped LibreOffice").isFalse();
    }
}

package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.test.Fixtures;

/** close() lets running conversions finish; a closed facade refuses work instead of starting LibreOffice again. */
class FacadeLifecycleTest {
    private static final Document DOC = Fixtures.statePlan();

    @Test
    void aClosedFacadeRefusesWork() {
        Vanban4j vanban = Vanban4j.standard();
        vanban.close();
        for (Vanban4j.Format format : Vanban4j.Format.values()) {
            assertThatThrownBy(() -> vanban.render(DOC, format)).isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("this Vanban4j was closed");
        }
        assertThatThrownBy(() -> vanban.check(DOC)).hasMessageStartingWith("this Vanban4j was closed");
        vanban.close(); // again: nothing
    }

    @Test
    void closeLetsARunningConversionFinishAndTheConverterThenRefuses() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        PdfConverter converter = PdfConverter.standard().withProcesses(1).withTimeout(Duration.ofSeconds(30));
        Vanban4j vanban = Vanban4j.standard().withPdfConverter(converter);
        assertThat(vanban.render(DOC, Vanban4j.Format.PDF)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        AtomicReference<Object> second = new AtomicReference<>();
        Thread converting = new Thread(() -> {
            try {
                second.set(vanban.render(DOC, Vanban4j.Format.PDF));
            } catch (RuntimeException e) {
                second.set(e);
            }
        });
        converting.start();
        Thread.sleep(50);
        long start = System.nanoTime();
        vanban.close();
        converting.join(10_000);
        assertThat(second.get()).as("the conversion under way at close() finished").isInstanceOf(byte[].class);
        assertThat((byte[]) second.get()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThatThrownBy(() -> converter.pdf(new byte[] {1}, "x")).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("this PdfConverter was closed");
        assertThatThrownBy(() -> vanban.render(DOC, Vanban4j.Format.PDF)).hasMessageStartingWith("this Vanban4j was closed");
    }

    @Test
    void interruptingARenderingThreadStopsTheRender() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean flagSet = new java.util.concurrent.atomic.AtomicBoolean();
        Thread renderer = new Thread(() -> {
            Thread.currentThread().interrupt();
            try {
                Vanban4j.standard().render(DOC, Vanban4j.Format.DOCX);
            } catch (RuntimeException e) {
                failure.set(e);
            }
            flagSet.set(Thread.currentThread().isInterrupted());
        });
        renderer.start();
        renderer.join(5000);
        assertThat(failure.get()).isInstanceOf(vn.vanban4j.render.RenderException.class)
                .hasMessageContaining("the render was interrupted");
        assertThat(flagSet).as("the interrupt flag is set again").isTrue();
    }

    @Test
    void closingACopyMadePerRequestLeavesTheSharedConverterToItsOwner() {
        try (Vanban4j shared = Vanban4j.standard()) {
            Vanban4j perRequest = shared.withRenderer(vn.vanban4j.render.Renderer.standard());
            perRequest.close();
            assertThatThrownBy(() -> perRequest.check(DOC)).hasMessageStartingWith("this Vanban4j was closed");
            assertThat(shared.check(DOC)).isNotNull(); // the owner goes on working
            assertThat(shared.withRules(vn.vanban4j.rules.DeadlineRules.standard()).check(DOC)).isNotNull();
        }
    }
}

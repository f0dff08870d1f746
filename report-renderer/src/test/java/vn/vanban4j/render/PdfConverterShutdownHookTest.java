package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM shutdown hook is on by default (a plain Java program) and left out for a container that
 * closes the converter itself; LibreOffice missing is an {@link PdfConverter.OfficeUnavailableException}.
 */
class PdfConverterShutdownHookTest {
    private static final byte[] PDF = "%PDF".getBytes(StandardCharsets.US_ASCII);

    private static byte[] docx() {
        return Renderer.standard().docx(TemplateSafetyTestAccess.small());
    }

    @Test
    void theDefaultConverterRegistersItsHookAndRemovesItOnClose() {
        assumeTrue(PdfConverter.standard().officeAvailable(), "LibreOffice is not installed");
        PdfConverter converter = PdfConverter.standard().withProcesses(1);
        assertThat(converter.hasShutdownHook()).isTrue();
        try {
            assertThat(converter.pdf(docx())).startsWith(PDF);
            Thread hook = converter.shutdownHookThread();
            assertThat(hook).as("registered with the JVM").isNotNull();
            // removing it from the JVM succeeds only when it was registered; put it back for close()
            assertThat(Runtime.getRuntime().removeShutdownHook(hook)).isTrue();
            Runtime.getRuntime().addShutdownHook(hook);
            assertThat(converter.isRunning()).isTrue();
        } finally {
            converter.close();
        }
        assertThat(converter.shutdownHookThread()).isNull();
        assertThat(converter.isRunning()).isFalse();
        assertThat(converter.isClosed()).isTrue();
    }

    @Test
    void withoutTheHookNoneIsRegisteredAndCloseStillStopsLibreOffice() {
        assumeTrue(PdfConverter.standard().officeAvailable(), "LibreOffice is not installed");
        PdfConverter converter = PdfConverter.standard().withProcesses(1).withShutdownHook(false).withTimeout(Duration.ofSeconds(45));
        assertThat(converter.hasShutdownHook()).isFalse();
        assertThat(converter.timeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(converter.processes()).isEqualTo(1);
        assertThat(converter.withTimeout(Duration.ofSeconds(5)).withProcesses(2).hasShutdownHook()).as("kept by the other with*").isFalse();
        try {
            assertThat(converter.pdf(docx())).startsWith(PDF);
            assertThat(converter.isRunning()).isTrue();
            assertThat(converter.shutdownHookThread()).isNull();
        } finally {
            converter.close();
        }
        assertThat(converter.isRunning()).isFalse();
        assertThatThrownBy(() -> converter.pdf(docx())).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("this PdfConverter was closed");
    }

    @Test
    void aFolderWithoutLibreOfficeIsUnavailable(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("program"));
        for (Path home : new Path[] {dir.resolve("none"), dir}) {
            PdfConverter converter = PdfConverter.withOfficeHome(home, Duration.ofSeconds(5));
            assertThat(converter.officeAvailable()).isFalse();
            assertThat(converter.officeHome()).contains(home);
            assertThatThrownBy(() -> converter.pdf(new byte[] {1}, "x")).isInstanceOf(PdfConverter.OfficeUnavailableException.class)
                    .isInstanceOf(RenderException.class).hasMessageContaining(home.toString())
                    .extracting(e -> ((RenderException) e).code()).isEqualTo(RenderException.Code.PDF);
            converter.close();
        }
    }

    @Test
    void theListenerHearsOfEachConversionAndItsFailure(@TempDir Path dir) {
        java.util.List<Object> heard = new java.util.ArrayList<>();
        PdfConverter converter = PdfConverter.withOfficeHome(dir.resolve("none"), Duration.ofSeconds(5))
                .withListener((took, failure) -> {
                    assertThat(took.isNegative()).isFalse();
                    heard.add(failure == null ? "ok" : failure);
                });
        PdfConverter kept = converter.withProcesses(1).withTimeout(Duration.ofSeconds(6)).withShutdownHook(false);
        assertThatThrownBy(() -> kept.pdf(new byte[] {1}, "x")).isInstanceOf(PdfConverter.OfficeUnavailableException.class);
        assertThat(heard).singleElement().isInstanceOf(PdfConverter.OfficeUnavailableException.class);
        PdfConverter failingListener = converter.withListener((took, failure) -> {
            throw new IllegalStateException("a broken meter");
        });
        assertThatThrownBy(() -> failingListener.pdf(new byte[] {1}, "x")).as("the conversion's own failure, not the listener's")
                .isInstanceOf(PdfConverter.OfficeUnavailableException.class);
    }
}

package vn.vanban4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;

/**
 * The {@link Vanban4j} facade's renders and imports, timed: the {@code vanban4j.render} and
 * {@code vanban4j.import} timers (count, total and longest time) tagged {@code format} ({@code docx},
 * {@code pdf}, {@code html}; {@code text} for an import), {@code result} ({@code success},
 * {@code failure}) and {@code exception} (the failure's class, {@code none}).
 * The starter makes one when the application has a Micrometer registry; inject it where documents are
 * rendered or read in, and {@link #vanban4j()} for the rest. A PDF is also counted by {@code vanban4j.pdf}.
 */
public final class MeteredVanban4j {
    /** The timer's name. */
    public static final String RENDER = "vanban4j.render";
    /** The import timer's name. */
    public static final String IMPORT = "vanban4j.import";
    private final Vanban4j vanban;
    private final MeterRegistry registry;

    /** Renders with {@code vanban}, timed in {@code registry}. */
    public MeteredVanban4j(Vanban4j vanban, MeterRegistry registry) {
        this.vanban = Objects.requireNonNull(vanban, "vanban");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** The facade itself, for what is not timed here. */
    public Vanban4j vanban4j() {
        return vanban;
    }

    /** {@link Vanban4j#render(Document, Vanban4j.Format)}, timed. */
    public byte[] render(Document document, Vanban4j.Format format) {
        return timed(RENDER, "Documents rendered by vanban4j", format.name(), () -> vanban.render(document, format));
    }

    /** {@link Vanban4j#importDocument(byte[], Importer.Format, String)}, timed. */
    public ImportResult importDocument(byte[] bytes, Importer.Format format, String source) {
        return timed(IMPORT, "Received documents read in by vanban4j", format.name(),
                () -> vanban.importDocument(bytes, format, source));
    }

    private <T> T timed(String timer, String description, String format, java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            return work.get();
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            record(timer, description, format, start, failure);
        }
    }

    /** {@link Vanban4j#render(Document, Vanban4j.Format, OutputStream)}, the render timed. */
    public void render(Document document, Vanban4j.Format format, OutputStream out) throws IOException {
        out.write(render(document, format));
    }

    /** {@link Vanban4j#render(Document, Vanban4j.Format, Path)}, the render timed. */
    public void render(Document document, Vanban4j.Format format, Path target) throws IOException {
        vn.vanban4j.model.AtomicFiles.write(target, render(document, format));
    }

    private void record(String timer, String description, String format, long start, RuntimeException failure) {
        Timer.builder(timer).description(description).tag("format", format.toLowerCase(Locale.ROOT))
                .tag("result", failure == null ? "success" : "failure")
                .tag("exception", failure == null ? "none" : failure.getClass().getSimpleName())
                .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}

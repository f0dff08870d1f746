package vn.vanban4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;

/**
 * The {@link Vanban4j} facade's renders, timed: the {@code vanban4j.render} timer (count, total and
 * longest time) tagged {@code format} ({@code docx}, {@code pdf}, {@code html}), {@code result}
 * ({@code success}, {@code failure}) and {@code exception} (the failure's class, {@code none}).
 * The starter makes one when the application has a Micrometer registry; inject it where documents are
 * rendered, and {@link #vanban4j()} for the rest. A PDF is also counted by {@code vanban4j.pdf}.
 */
public final class MeteredVanban4j {
    /** The timer's name. */
    public static final String RENDER = "vanban4j.render";
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
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            return vanban.render(document, format);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            record(format, start, failure);
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

    private void record(Vanban4j.Format format, long start, RuntimeException failure) {
        Timer.builder(RENDER).description("Documents rendered by vanban4j").tag("format", format.name().toLowerCase(Locale.ROOT))
                .tag("result", failure == null ? "success" : "failure")
                .tag("exception", failure == null ? "none" : failure.getClass().getSimpleName())
                .register(registry).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}

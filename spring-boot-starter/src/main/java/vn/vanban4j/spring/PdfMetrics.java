package vn.vanban4j.spring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import vn.vanban4j.render.PdfConverter;

/**
 * The {@code vanban4j.pdf} timer (count, total and longest time) of each PDF conversion, tagged
 * {@code result} ({@code success}, {@code failure}, or {@code unavailable} when LibreOffice is
 * missing or does not start) and {@code exception} (the failure's class, {@code none}).
 */
final class PdfMetrics implements PdfConverter.Listener {
    static final String NAME = "vanban4j.pdf";
    private final ObjectProvider<MeterRegistry> registries;
    private volatile MeterRegistry registry;

    PdfMetrics(ObjectProvider<MeterRegistry> registries) {
        this.registries = registries;
    }

    @Override
    public void converted(Duration took, RuntimeException failure) {
        MeterRegistry r = registry;
        if (r == null) {
            r = registries.getIfUnique();
            if (r == null) {
                return;
            }
            registry = r;
        }
        String result = failure == null ? "success" : failure instanceof PdfConverter.OfficeUnavailableException ? "unavailable" : "failure";
        Timer.builder(NAME).description("PDF conversions through LibreOffice").tag("result", result)
                .tag("exception", failure == null ? "none" : failure.getClass().getSimpleName()).register(r).record(took);
    }
}

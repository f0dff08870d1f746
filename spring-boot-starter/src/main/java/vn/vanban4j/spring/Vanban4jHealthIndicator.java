package vn.vanban4j.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import vn.vanban4j.render.PdfConverter;

/**
 * The {@code vanban4j} health: UP with {@code templates} (the folder, or "shipped"),
 * {@code libreOffice} ("found" or "not found": PDF only needs it), {@code pdfProcesses} (the pool
 * size), {@code pdfRunning} and {@code pdfConversions} (under way); DOWN only when the templates
 * folder cannot be read, as then no document renders. A missing LibreOffice keeps it UP: DOCX and
 * HTML still work, and PDF answers 503.
 */
public class Vanban4jHealthIndicator extends AbstractHealthIndicator {
    private final String templates;
    private final PdfConverter pdf;

    /**
     * @param templates where the templates are (a folder, a {@code file:} URL or a {@code classpath:} location), or
     *                  null for the shipped templates
     * @param pdf       the converter in use, or null when there is none
     */
    public Vanban4jHealthIndicator(String templates, PdfConverter pdf) {
        super("vanban4j health check failed");
        this.templates = templates;
        this.pdf = pdf;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.up();
        if (templates == null || templates.isBlank()) {
            builder.withDetail("templates", "shipped");
        } else if (templates.startsWith("classpath:")) {
            builder.withDetail("templates", templates); // inside the application: read with it, or it would not have started
        } else {
            Path folder = templates.startsWith("file:") ? Path.of(java.net.URI.create(templates)) : Path.of(templates);
            builder.withDetail("templates", folder.toAbsolutePath().toString());
            String problem = unreadable(folder);
            if (problem != null) {
                builder.down().withDetail("templatesProblem", problem);
            }
        }
        if (pdf != null) {
            builder.withDetail("libreOffice", pdf.officeAvailable() ? "found" : "not found")
                    .withDetail("pdfProcesses", pdf.processes())
                    .withDetail("pdfRunning", pdf.isRunning())
                    .withDetail("pdfConversions", pdf.conversionsUnderWay());
        }
    }

    private static String unreadable(Path folder) {
        if (!Files.isDirectory(folder)) {
            return "not a folder";
        }
        if (!Files.isReadable(folder)) {
            return "not readable";
        }
        try (Stream<Path> list = Files.list(folder)) {
            list.findAny();
            return null;
        } catch (IOException | RuntimeException e) {
            return "cannot be listed: " + e.getMessage();
        }
    }
}

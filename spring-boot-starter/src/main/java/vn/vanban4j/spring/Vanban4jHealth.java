package vn.vanban4j.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import vn.vanban4j.render.PdfConverter;

/**
 * What the {@code vanban4j} health says, whichever Actuator shows it (Spring Boot 3's
 * {@link Vanban4jHealthIndicator}, Spring Boot 4's {@link Vanban4jBoot4HealthIndicator}): UP with
 * {@code templates} (the folder, or "shipped"), {@code libreOffice} ("found" or "not found": PDF only
 * needs it), {@code pdfProcesses} (the pool size), {@code pdfRunning} and {@code pdfConversions}
 * (under way); DOWN only when the templates folder cannot be read, as then no document renders. A
 * missing LibreOffice keeps it UP: DOCX and HTML still work, and PDF answers 503.
 */
final class Vanban4jHealth {
    /** UP or DOWN and the details, in the order they are shown. */
    record Report(boolean up, Map<String, Object> details) {
    }

    private final String templates;
    private final PdfConverter pdf;

    /**
     * @param templates where the templates are (a folder, a {@code file:} URL or a {@code classpath:} location), or
     *                  null for the shipped templates
     * @param pdf       the converter in use, or null when there is none
     */
    Vanban4jHealth(String templates, PdfConverter pdf) {
        this.templates = templates;
        this.pdf = pdf;
    }

    Report check() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean up = true;
        if (templates == null || templates.isBlank()) {
            details.put("templates", "shipped");
        } else if (templates.startsWith("classpath:")) {
            details.put("templates", templates); // inside the application: read with it, or it would not have started
        } else {
            Path folder = templates.startsWith("file:") ? Path.of(java.net.URI.create(templates)) : Path.of(templates);
            details.put("templates", folder.toAbsolutePath().toString());
            String problem = unreadable(folder);
            if (problem != null) {
                up = false;
                details.put("templatesProblem", problem);
            }
        }
        if (pdf != null) {
            details.put("libreOffice", pdf.officeAvailable() ? "found" : "not found");
            details.put("pdfProcesses", pdf.processes());
            details.put("pdfRunning", pdf.isRunning());
            details.put("pdfConversions", pdf.conversionsUnderWay());
        }
        return new Report(up, details);
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

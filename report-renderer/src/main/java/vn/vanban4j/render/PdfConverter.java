package vn.vanban4j.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * DOCX to PDF through LibreOffice (headless) with JODConverter: one long-lived office process,
 * started on first use and stopped by {@link #close()}. Thread-safe; conversions run one at a time
 * in the office process. Fonts: install fonts-liberation2, whose Liberation Serif stands in for
 * Times New Roman with the same metrics.
 */
public final class PdfConverter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);
    private final File officeHome;
    private final Duration timeout;
    private LocalOfficeManager manager;

    private PdfConverter(File officeHome, Duration timeout) {
        this.officeHome = officeHome;
        this.timeout = timeout;
    }

    /** A converter using the LibreOffice found on this machine, 60 s per conversion. */
    public static PdfConverter standard() {
        return new PdfConverter(null, Duration.ofSeconds(60));
    }

    /** A converter using LibreOffice installed in {@code officeHome} (the folder holding program/soffice). */
    public static PdfConverter withOfficeHome(Path officeHome, Duration timeout) {
        return new PdfConverter(officeHome.toFile(), timeout);
    }

    /** The PDF of a DOCX. */
    public synchronized byte[] pdf(byte[] docx) {
        start();
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 4);
        try {
            LocalConverter.builder().officeManager(manager).build()
                    .convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(out).as(DefaultDocumentFormatRegistry.PDF).execute();
        } catch (OfficeException e) {
            throw new RenderException("LibreOffice could not convert the document to PDF: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private void start() {
        if (manager != null) {
            return;
        }
        File home = officeHome != null ? officeHome : LocalOfficeUtils.getDefaultOfficeHome();
        if (home == null || !new File(home, "program").isDirectory()) {
            throw new RenderException("LibreOffice is not installed" + (officeHome == null ? "" : " in " + officeHome)
                    + ": PDF needs it (Debian: apt-get install libreoffice-writer-nogui fonts-liberation2);"
                    + " DOCX and HTML do not");
        }
        LocalOfficeManager m = LocalOfficeManager.builder().officeHome(home).portNumbers(freePort())
                .taskExecutionTimeout(timeout.toMillis()).processTimeout(timeout.toMillis()).build();
        try {
            m.start();
        } catch (OfficeException e) {
            throw new RenderException("LibreOffice in " + home + " did not start: " + e.getMessage(), e);
        }
        LOG.info("started LibreOffice from {}", home);
        manager = m;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            return 2002;
        }
    }

    /** Stops the office process, if it was started. */
    @Override
    public synchronized void close() {
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException e) {
                LOG.warn("LibreOffice did not stop cleanly: {}", e.getMessage());
            }
            manager = null;
        }
    }
}

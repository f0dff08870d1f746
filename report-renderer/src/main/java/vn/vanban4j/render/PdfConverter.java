package vn.vanban4j.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.internal.RenderMessages;

/**
 * DOCX to PDF through LibreOffice (headless) with JODConverter: a pool of office processes
 * (two by default), started on first use and stopped by {@link #close()}, so one slow document
 * does not hold up the others. Thread-safe.
 *
 * <p>The office processes end with the JVM: {@link #close()}, a shutdown hook for a normal exit
 * (left out by {@link #withShutdownHook withShutdownHook(false)} when a container such as Spring
 * closes the converter itself, after it has drained its requests), and on Linux a small watcher process that ends them within a second or two when the JVM is
 * killed. Their working files live in a folder of their own under the temporary folder, removed
 * on close and, after a crash, by the watcher or the next converter that starts.
 *
 * <p>{@link #close()} lets the conversions under way finish, waiting at most the time limit of a
 * conversion (60 s by default), then stops the office processes; a closed converter refuses new
 * conversions. Interrupting a thread that waits for a conversion ends its wait with a
 * {@link RenderException} and leaves the thread's interrupt flag set.
 *
 * <p>LibreOffice is looked for in the folder given, else on the PATH ({@code soffice},
 * {@code libreoffice}), else in the usual install folders. Fonts: install fonts-liberation2, whose
 * Liberation Serif stands in for Times New Roman with the same metrics.
 */
public final class PdfConverter implements AutoCloseable {
    /**
     * PDF cannot be made on this machine now, whatever the document: LibreOffice is missing, is not a
     * LibreOffice folder, or does not start (a web application answers 503). A {@link RenderException},
     * so code that catches that goes on working.
     */
    public static final class OfficeUnavailableException extends RenderException {
        private static final long serialVersionUID = 1L;

        OfficeUnavailableException(Message text, Throwable cause) {
            super(Code.PDF, text, cause);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);
    private static final String WORK_PREFIX = "vanban4j-office-";
    private final Path officeHome;
    private final Duration timeout;
    private final int processes;
    private final boolean hook;
    private final Listener listener;
    // the font families this converter has looked for, so that a missing one is told once
    private final java.util.Set<String> fontsLookedFor = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private LocalOfficeManager manager;
    private Path workDir;
    private Thread shutdownHook;
    private int running;
    private boolean closed;

    private PdfConverter(Path officeHome, Duration timeout, int processes, boolean hook, Listener listener) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the conversion timeout must be positive");
        }
        if (processes < 1 || processes > 16) {
            throw new IllegalArgumentException("a converter runs 1 to 16 office processes, not " + processes);
        }
        this.officeHome = officeHome;
        this.timeout = timeout;
        this.processes = processes;
        this.hook = hook;
        this.listener = listener;
    }

    /**
     * Says once, as a warning in the log, that the font a profile names is not installed, so LibreOffice
     * sets another in the PDF (Liberation Serif, Times New Roman's metric twin: the same line breaks, other
     * letter shapes); a machine that must embed Times New Roman installs it (ttf-mscorefonts-installer).
     */
    void noteFont(String family) {
        if (fontsLookedFor.add(family) && !vn.vanban4j.render.internal.Fonts.installed(family)) {
            LOG.warn("the font {} is not installed on this machine: the PDF is set in {}; install {} to embed it", family,
                    vn.vanban4j.render.internal.Fonts.twin(family).map(twin -> twin + ", its metric twin").orElse("a font LibreOffice chooses"),
                    family);
        }
    }

    /** A converter using the LibreOffice found on this machine: two processes, 60 s per conversion. */
    public static PdfConverter standard() {
        return new PdfConverter(null, Duration.ofSeconds(60), 2, true, null);
    }

    /** A converter using LibreOffice installed in {@code officeHome} (the folder holding program/soffice.bin). */
    public static PdfConverter withOfficeHome(Path officeHome, Duration timeout) {
        return new PdfConverter(Objects.requireNonNull(officeHome, "officeHome"), timeout, 2, true, null);
    }

    /** This converter with another time limit per conversion (before it is first used). */
    public PdfConverter withTimeout(Duration limit) {
        return new PdfConverter(officeHome, limit, processes, hook, listener);
    }

    /** This converter with another number of office processes (before it is first used). */
    public PdfConverter withProcesses(int count) {
        return new PdfConverter(officeHome, timeout, count, hook, listener);
    }

    /**
     * This converter with or without its JVM shutdown hook (before it is first used). On by default:
     * a plain Java program that forgets {@link #close()} still stops LibreOffice when it exits. Off
     * when a container owns the converter and closes it in its own shutdown (the Spring Boot starter
     * does): the hook would otherwise stop LibreOffice while the container still drains requests
     * that are converting. The Linux watcher that ends the office processes of a killed JVM stays.
     */
    public PdfConverter withShutdownHook(boolean on) {
        return new PdfConverter(officeHome, timeout, processes, on, listener);
    }

    /**
     * Told of each conversion, on the converting thread, after it ends: how long it took (waiting for
     * a free office process and starting LibreOffice included) and the failure, if any. Metrics use it
     * (the Spring Boot starter's {@code vanban4j.pdf} timer). What a listener throws is logged, not passed on.
     */
    @FunctionalInterface
    public interface Listener {
        /**
         * One conversion ended.
         *
         * @param took    from the call of {@link PdfConverter#pdf} to its end
         * @param failure what it threw, or null when the PDF was made
         */
        void converted(Duration took, RuntimeException failure);
    }

    /** This converter telling {@code listener} of each conversion (before it is first used); null for none. */
    public PdfConverter withListener(Listener listener) {
        return new PdfConverter(officeHome, timeout, processes, hook, listener);
    }

    /** Whether this converter registers a JVM shutdown hook when it starts LibreOffice ({@link #withShutdownHook}). */
    public boolean hasShutdownHook() {
        return hook;
    }

    /** The time limit of one conversion; {@link #close()} waits at most this long for conversions under way. */
    public Duration timeout() {
        return timeout;
    }

    /** How many office processes convert side by side. */
    public int processes() {
        return processes;
    }

    /** The LibreOffice folder given, or none to look for it when the first PDF is made. */
    public java.util.Optional<Path> officeHome() {
        return java.util.Optional.ofNullable(officeHome);
    }

    /** Whether the office processes run (started by a first PDF, not yet closed). */
    public synchronized boolean isRunning() {
        return manager != null;
    }

    /** How many conversions are under way now (waiting for an office process included). */
    public synchronized int conversionsUnderWay() {
        return running;
    }

    /** Whether {@link #close()} was called: the converter refuses new conversions. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Whether LibreOffice can be found: the folder given, else the PATH and the usual folders.
     * Starts nothing; a health check can call it.
     */
    public boolean officeAvailable() {
        try {
            checkOffice(officeHome != null ? officeHome : findOffice());
            return true;
        } catch (RenderException e) {
            return false;
        }
    }

    // the registered shutdown hook, while the office processes run (tests)
    synchronized Thread shutdownHookThread() {
        return shutdownHook;
    }

    /** The PDF of a DOCX. */
    public byte[] pdf(byte[] docx) {
        return pdf(docx, "the document");
    }

    /**
     * The PDF of a DOCX; {@code name} names it in errors.
     *
     * @throws RenderException when LibreOffice is missing, broken, or takes longer than the timeout
     */
    public byte[] pdf(byte[] docx, String name) {
        return measured(docx, name, false);
    }

    /**
     * The PDF/A-2b of a DOCX (LibreOffice's export filter with {@code SelectPdfVersion=2}: fonts embedded,
     * XMP metadata with pdfaid:part 2, conformance B), as archives keep electronic records; {@code name}
     * names it in errors.
     *
     * @throws RenderException as {@link #pdf(byte[], String)} does
     */
    public byte[] pdfA(byte[] docx, String name) {
        return measured(docx, name, true);
    }

    private byte[] measured(byte[] docx, String name, boolean pdfA) {
        if (listener == null) {
            return convert(docx, name, pdfA);
        }
        long start = System.nanoTime();
        RuntimeException failure = null;
        try {
            return convert(docx, name, pdfA);
        } catch (RuntimeException e) {
            failure = e;
            throw e;
        } finally {
            try {
                listener.converted(Duration.ofNanos(System.nanoTime() - start), failure);
            } catch (RuntimeException e) {
                LOG.warn("the PDF conversion listener failed: {}", e.toString());
            }
        }
    }

    private byte[] convert(byte[] docx, String name, boolean pdfA) {
        if (Thread.currentThread().isInterrupted()) {
            throw new RenderException(RenderException.Code.INTERRUPTED, Message.of(RenderMessages.PDF_INTERRUPTED, name));
        }
        LocalOfficeManager office;
        synchronized (this) {
            office = start();
            running++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length * 4);
        try {
            // bookmarks become named destinations: where each signature space is (DocxWriter.SIGNATURE_SPACE)
            java.util.Map<String, Object> filter = pdfA ? java.util.Map.of("ExportBookmarksToPDFDestination", true, "SelectPdfVersion", 2)
                    : java.util.Map.of("ExportBookmarksToPDFDestination", true);
            LocalConverter.builder().officeManager(office).storeProperty("FilterData", filter).build()
                    .convert(new ByteArrayInputStream(docx)).as(DefaultDocumentFormatRegistry.DOCX)
                    .to(out).as(DefaultDocumentFormatRegistry.PDF).execute();
        } catch (OfficeException e) {
            if (causedBy(e, InterruptedException.class) || Thread.currentThread().isInterrupted()) {
                Thread.currentThread().interrupt();
                throw new RenderException(RenderException.Code.INTERRUPTED, Message.of(RenderMessages.PDF_INTERRUPTED, name), e);
            }
            if (causedBy(e, TimeoutException.class)) {
                String limit = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
                throw new RenderException(RenderException.Code.PDF, Message.of(RenderMessages.PDF_TIMEOUT, name, limit), e);
            }
            throw new RenderException(RenderException.Code.PDF, Message.of(RenderMessages.PDF_FAILED, name, e.getMessage()), e);
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
        return out.toByteArray();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private synchronized LocalOfficeManager start() {
        if (closed) {
            throw new IllegalStateException("this PdfConverter was closed; make a new one to convert more documents");
        }
        if (manager != null) {
            return manager;
        }
        Path home = officeHome != null ? officeHome : findOffice();
        Path binary = checkOffice(home);
        removeStaleWorkFolders();
        int[] ports = new int[processes];
        for (int i = 0; i < ports.length; i++) {
            ports[i] = freePort();
        }
        Path work;
        try {
            work = Files.createTempDirectory(tempRoot(), WORK_PREFIX + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NO_WORK_FOLDER, tempRoot(), e.getMessage()), e);
        }
        LocalOfficeManager.Builder builder = LocalOfficeManager.builder().officeHome(home.toFile()).portNumbers(ports)
                .workingDir(work.toFile()).taskExecutionTimeout(timeout.toMillis()).taskQueueTimeout(timeout.toMillis() * 4)
                .processTimeout(20_000L).startFailFast(true);
        if (!isWindows() && Files.isExecutable(Path.of("/usr/bin/env"))) {
            // the office's own temporary files (lu*.tmp) go into the working folder, removed with it
            builder.runAsArgs("/usr/bin/env", "TMPDIR=" + work);
        }
        LocalOfficeManager m = builder.build();
        watchForJvmDeath(work, ports);
        try {
            m.start();
        } catch (OfficeException e) {
            deleteTree(work);
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NOT_STARTED, binary, e.getMessage()), e);
        }
        LOG.info("started {} LibreOffice process(es) from {}", processes, home);
        if (hook) {
            Thread thread = new Thread(() -> close(Duration.ZERO), "vanban4j-office-shutdown");
            Runtime.getRuntime().addShutdownHook(thread);
            shutdownHook = thread;
        }
        workDir = work;
        manager = m;
        return m;
    }

    /** The folder holding program/soffice.bin: from the PATH, else the usual install folders. */
    static Path findOffice() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                for (String name : List.of("soffice", "libreoffice")) {
                    Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                    if (Files.isExecutable(candidate)) {
                        Path home = homeOf(candidate);
                        if (home != null) {
                            return home;
                        }
                    }
                }
            }
        }
        File usual = LocalOfficeUtils.getDefaultOfficeHome();
        if (usual == null) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NOT_INSTALLED), null);
        }
        return usual.toPath();
    }

    // .../program/soffice, or a link or a launcher script next to such a folder (/usr/bin/soffice)
    private static Path homeOf(Path launcher) {
        try {
            Path real = launcher.toRealPath();
            Path program = real.getParent();
            if (program != null && Files.exists(program.resolve("soffice.bin"))) {
                return program.getParent();
            }
        } catch (IOException e) {
            return null;
        }
        for (Path usual : List.of(Path.of("/usr/lib/libreoffice"), Path.of("/opt/libreoffice"))) {
            if (Files.exists(usual.resolve("program/soffice.bin"))) {
                return usual;
            }
        }
        return null;
    }

    // a named failure for each way an office folder can be wrong
    private static Path checkOffice(Path home) {
        Path program = home.resolve("program");
        if (!Files.isDirectory(program)) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NOT_INSTALLED_IN, home), null);
        }
        Path binary = program.resolve(isWindows() ? "soffice.exe" : "soffice.bin");
        if (!Files.exists(binary)) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NOT_A_FOLDER, home, binary), null);
        }
        if (!Files.isExecutable(binary)) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NOT_EXECUTABLE, binary), null);
        }
        return binary;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    /**
     * On Linux, a watcher process (a child of this JVM that outlives it) that ends the office
     * processes and removes their working folder as soon as this JVM is gone, even after kill -9.
     */
    private static void watchForJvmDeath(Path work, int[] ports) {
        if (isWindows() || !Files.isDirectory(Path.of("/proc/self")) || !Files.isExecutable(Path.of("/bin/sh"))) {
            return;
        }
        String script = """
                jvm=$1; work=$2; shift 2
                while kill -0 "$jvm" 2>/dev/null && [ -d "$work" ]; do sleep 1; done
                kill -0 "$jvm" 2>/dev/null && exit 0
                for p in /proc/[0-9]*; do
                  [ "${p#/proc/}" = "$$" ] && continue
                  line=$(tr '\\000' ' ' < "$p/cmdline" 2>/dev/null) || continue
                  for mark in "$@"; do
                    case "$line" in *soffice*"$mark"*) kill -9 "${p#/proc/}" 2>/dev/null;; esac
                  done
                done
                rm -rf "$work"
                """;
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", script, "vanban4j-office-watch",
                String.valueOf(ProcessHandle.current().pid()), work.toString()));
        for (int port : ports) {
            command.add("port=" + port + ",");
        }
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            LOG.warn("could not start the LibreOffice watcher; office processes may outlive a killed JVM: {}", e.getMessage());
        }
    }

    // working folders of JVMs that are gone (killed before they could clean up)
    private static void removeStaleWorkFolders() {
        try (Stream<Path> list = Files.list(tempRoot())) {
            list.filter(p -> p.getFileName().toString().startsWith(WORK_PREFIX)).forEach(p -> {
                try {
                    String rest = p.getFileName().toString().substring(WORK_PREFIX.length());
                    long pid = Long.parseLong(rest.substring(0, Math.max(0, rest.indexOf('-'))));
                    if (pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).isEmpty()) {
                        deleteTree(p);
                    }
                } catch (NumberFormatException e) {
                    // not ours
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", tempRoot(), e.getMessage());
        }
    }

    private static Path tempRoot() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("cannot remove {}: {}", root, e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new OfficeUnavailableException(Message.of(RenderMessages.OFFICE_NO_PORT, e.getMessage()), e);
        }
    }

    /**
     * Refuses new conversions, waits for those under way to finish (at most the time limit of a
     * conversion, 60 s by default), then stops the office processes, if they were started, and
     * removes their working folder. Closing again does nothing.
     */
    @Override
    public void close() {
        close(timeout);
    }

    private synchronized void close(Duration wait) {
        closed = true;
        long until = System.nanoTime() + wait.toNanos();
        boolean interrupted = false;
        while (running > 0 && System.nanoTime() < until) {
            try {
                wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true; // stop waiting; the processes are stopped below
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (running > 0) {
            LOG.warn("stopping LibreOffice with {} conversion(s) still running after {} s", running, wait.toSeconds());
        }
        if (manager == null) {
            return;
        }
        try {
            manager.stop();
        } catch (OfficeException e) {
            LOG.warn("LibreOffice did not stop cleanly: {}", e.getMessage());
        }
        manager = null;
        deleteTree(workDir);
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down
            }
        }
        shutdownHook = null;
    }
}

package vn.vanban4j.importer.internal;

import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportLimits;

/**
 * One import's limits and its clock: each reading step asks it before going on, so an import ends
 * with a named refusal rather than running without end. Belongs to one import on one thread.
 */
public final class Budget {
    private final ImportLimits limits;
    private final String source;
    private final long deadline;

    public Budget(ImportLimits limits, String source) {
        this.limits = limits;
        this.source = source;
        this.deadline = System.nanoTime() + limits.time().toNanos();
    }

    public ImportLimits limits() {
        return limits;
    }

    public String source() {
        return source;
    }

    /** Stops the import when it has run past its time limit, or its thread was interrupted. */
    public void tick() {
        if (System.nanoTime() - deadline > 0) {
            throw new ImportException(source, "the import ran longer than " + limits.time().toSeconds()
                    + " s; the limit is ImportLimits.time");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException(source, "the import was interrupted");
        }
    }

    /** A size as a person reads it: "64 MB", "64 KB", "1000 bytes". */
    public static String size(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MB"
                : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? (bytes >> 10) + " KB" : bytes + " bytes";
    }

    /** Refuses when {@code count} passes {@code limit}: "holds more than 5000 footnotes; the limit is ImportLimits.footnotes". */
    public void atMost(long count, long limit, String what, String setting) {
        if (count > limit) {
            throw new ImportException(source, "holds more than " + limit + " " + what + "; the limit is ImportLimits." + setting);
        }
    }
}

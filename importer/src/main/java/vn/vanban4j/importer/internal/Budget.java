package vn.vanban4j.importer.internal;

import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.model.Message;

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
            throw new ImportException(Reason.LIMIT, source, Message.of(ImportMessages.TOO_SLOW, limits.time().toSeconds()));
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new ImportException(Reason.INTERRUPTED, source, Message.of(ImportMessages.INTERRUPTED));
        }
    }

    /** A size as a person reads it: "64 MB", "64 KB", "1000 bytes". */
    public static Message size(long bytes) {
        return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? Message.of(ImportMessages.SIZE_MB, bytes >> 20)
                : bytes >= 1 << 10 && bytes % (1 << 10) == 0 ? Message.of(ImportMessages.SIZE_KB, bytes >> 10)
                : Message.of(ImportMessages.SIZE_BYTES, bytes);
    }

    /** Refuses when {@code count} passes {@code limit}: "holds more than 5000 footnotes; the limit is ImportLimits.footnotes". */
    public void atMost(long count, long limit, ImportMessages what, String setting) {
        if (count > limit) {
            throw new ImportException(Reason.LIMIT, source, Message.of(ImportMessages.TOO_MANY, limit, Message.of(what), setting));
        }
    }
}

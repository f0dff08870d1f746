package vn.vanban4j.importer;

import java.util.Locale;
import vn.vanban4j.model.Message;

/**
 * A document that cannot be read in at all, with the file, a stable {@link Reason} and the reason in
 * words: {@link #getMessage()} in English (for logs), {@link #message(Locale)} in Vietnamese for clerks.
 */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a document cannot be read in; stable across releases (hosts map them to responses and texts). */
    public enum Reason {
        /** A file type the importer does not read (the name is not .docx, .pdf or .txt; a .docx that is no Word package). */
        FORMAT,
        /** No such file. */
        NOT_FOUND,
        /** Not a regular file (a folder, device, FIFO or socket). */
        NOT_A_FILE,
        /** An {@link ImportLimits} bound crossed (size, pages, depth, time ...). */
        LIMIT,
        /** Text that is not UTF-8. */
        ENCODING,
        /** A PDF with no text layer (a scan). */
        NO_TEXT,
        /** A PDF protected by a password. */
        ENCRYPTED,
        /** A damaged or hostile file (a broken zip, XML or PDF, a DTD in a DOCX). */
        DAMAGED,
        /** Readable, but not an official document: its header fields cannot be found. */
        NOT_A_DOCUMENT,
        /** The import was interrupted ({@link Thread#interrupt}). */
        INTERRUPTED,
        /** Anything else, as given by the code that threw. */
        OTHER
    }

    private final String source;
    private final Reason reason;
    private final Message text;

    /** A failure of {@link Reason#OTHER} whose message reads the same in every language. */
    public ImportException(String source, String message) {
        this(source, message, null);
    }

    /** As {@link #ImportException(String, String)}, with a cause. */
    public ImportException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
        this.reason = Reason.OTHER;
        this.text = null;
    }

    /** A failure of {@code reason}, its message to translate. */
    public ImportException(Reason reason, String source, Message text) {
        this(reason, source, text, null);
    }

    /** As {@link #ImportException(Reason, String, Message)}, with a cause. */
    public ImportException(Reason reason, String source, Message text, Throwable cause) {
        super(source + ": " + text, cause);
        this.source = source;
        this.reason = java.util.Objects.requireNonNull(reason, "reason");
        this.text = text;
    }

    /** The file or name the input came from. */
    public String source() {
        return source;
    }

    /** Why the document cannot be read in. */
    public Reason code() {
        return reason;
    }

    /** "source: reason" in Vietnamese when {@code locale} is Vietnamese, in English otherwise. */
    public String message(Locale locale) {
        return text == null ? getMessage() : source + ": " + text.text(locale);
    }
}

package vn.vanban4j.importer;

/** A document that cannot be read in at all, with the file and the reason. */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;

    public ImportException(String source, String message) {
        super(source + ": " + message);
        this.source = source;
    }

    public ImportException(String source, String message, Throwable cause) {
        super(source + ": " + message, cause);
        this.source = source;
    }

    /** The file or name the input came from. */
    public String source() {
        return source;
    }
}

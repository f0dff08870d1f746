package vn.vanban4j.exchange;

/**
 * A package or status message that cannot be read or written, with where: the file, the line and
 * column, and the element path ({@code /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code}).
 * The message reads {@code source:line:column: path: what}.
 */
public final class ExchangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public ExchangeException(String source, int line, int column, String path, String problem) {
        super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + (path.isEmpty() ? "" : path + ": ")
                + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path;
        this.problem = problem;
    }

    /** The file or name the package was read from. */
    public String source() {
        return source;
    }

    /** The line, from 1; 0 when the problem has no place in the text (a limit on the whole, a document to pack). */
    public int line() {
        return line;
    }

    /** The column, from 1; 0 with {@link #line()}. */
    public int column() {
        return column;
    }

    /** The element path; empty when the problem is not in one element. */
    public String path() {
        return path;
    }

    /** What is wrong, without the place. */
    public String problem() {
        return problem;
    }
}

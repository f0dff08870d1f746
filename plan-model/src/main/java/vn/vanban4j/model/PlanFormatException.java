package vn.vanban4j.model;

import java.util.List;
import java.util.stream.Collectors;

/** A plan file that cannot be read: every problem found, each with its JSON path. */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final List<Problem> problems;

    public PlanFormatException(String source, List<Problem> problems) {
        super(describe(source, problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Where the JSON came from (a file name), as given to the reader. */
    public String source() {
        return source;
    }

    /** Every problem, in document order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(String source, List<Problem> problems) {
        return source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /**
     * One problem.
     *
     * @param path    where, as a JSON path ("$.sections[2].content[0].deadline"); for a JSON syntax
     *                error, the path the reader had reached ("$" at the top)
     * @param message what is wrong, in plain words
     * @param line    for a JSON syntax error, the 1-based line of the text where it is; null otherwise
     * @param column  for a JSON syntax error, the 1-based column; null otherwise
     */
    public record Problem(String path, String message, Integer line, Integer column) {
        /** A problem at a JSON path, without a text position. */
        public Problem(String path, String message) {
            this(path, message, null, null);
        }

        /** A JSON syntax error at a line and column of the text; {@code path} is where the reader had reached. */
        public static Problem syntax(String path, int line, int column, String message) {
            return new Problem(path, message, line, column);
        }

        /** True for a JSON syntax error, which has a {@link #line()} and {@link #column()}. */
        public boolean hasPosition() {
            return line != null && column != null;
        }

        /** "path: message", or "line 3, column 7: message" for a JSON syntax error. */
        @Override
        public String toString() {
            return (hasPosition() ? "line " + line + ", column " + column : path) + ": " + message;
        }
    }
}

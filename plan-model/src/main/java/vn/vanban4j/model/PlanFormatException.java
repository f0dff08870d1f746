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
     * @param path    where, as a JSON path ("$.sections[2].content[0].deadline")
     * @param message what is wrong, in plain words
     */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }
}

package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.vanban4j.model.internal.ModelMessages;

/**
 * A plan file that cannot be read: every problem found, each with its JSON path and a {@link Problem.Code}.
 * {@link #getMessage()} is English (for logs); {@link #message(Locale)} gives Vietnamese for clerks.
 */
public final class PlanFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String source;
    private final List<Problem> problems;

    public PlanFormatException(String source, List<Problem> problems) {
        super(describe(source, problems, Locale.ROOT));
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

    /** The message in Vietnamese when {@code locale} is Vietnamese, in English otherwise. */
    public String message(Locale locale) {
        return describe(source, problems, locale);
    }

    /** "source: 2 problems" in the language of {@code locale}, without the problems themselves. */
    public String summary(Locale locale) {
        return summary(source, problems, locale);
    }

    private static String summary(String source, List<Problem> problems, Locale locale) {
        return (problems.size() == 1 ? Message.of(ModelMessages.SUMMARY_ONE, source)
                : Message.of(ModelMessages.SUMMARY_MANY, source, problems.size())).text(locale);
    }

    private static String describe(String source, List<Problem> problems, Locale locale) {
        return summary(source, problems, locale) + "\n"
                + problems.stream().map(p -> "  " + p.describe(locale)).collect(Collectors.joining("\n"));
    }

    /**
     * One problem.
     *
     * @param path    where, as a JSON path ("$.sections[2].content[0].deadline"); for a JSON syntax
     *                error, the path the reader had reached ("$" at the top)
     * @param message what is wrong, in plain English words
     * @param line    for a JSON syntax error, the 1-based line of the text where it is; null otherwise
     * @param column  for a JSON syntax error, the 1-based column; null otherwise
     * @param code    what kind of problem; stable across releases
     * @param text    the message to translate ({@link #message(Locale)}); null for a problem made from a
     *                plain text, which reads the same in every language
     */
    public record Problem(String path, String message, Integer line, Integer column, Code code,
            @JsonIgnore Message text) {
        /** What kind of problem; stable across releases (hosts map them to their own texts or counts). */
        public enum Code {
            /** The text is not JSON (a syntax error, the same field twice, text after the value). */
            JSON_SYNTAX,
            /** The file is empty. */
            EMPTY,
            /** The file is larger than the reader takes. */
            TOO_LARGE,
            /** Not a regular file (a folder, device, FIFO or socket). */
            NOT_A_FILE,
            /** The bytes are not UTF-8. */
            ENCODING,
            /** A value of the wrong JSON type (text where a list is expected ...). */
            WRONG_TYPE,
            /** A required field is missing. */
            REQUIRED,
            /** A field the record does not have. */
            UNKNOWN_FIELD,
            /** A text that is not a date YYYY-MM-DD. */
            BAD_DATE,
            /** A value of the right type that is not allowed (not one of a list, a bad document number, a control character ...). */
            BAD_VALUE,
            /** Org chart units that do not form a tree (an id twice, an unknown parent, a cycle). */
            NOT_A_TREE,
            /** Anything else, as given by the code that made the problem. */
            OTHER
        }

        public Problem {
            code = code == null ? Code.OTHER : code;
        }

        /** A problem at a JSON path, with a text position; its code is {@link Code#OTHER}. */
        public Problem(String path, String message, Integer line, Integer column) {
            this(path, message, line, column, Code.OTHER, null);
        }

        /** A problem at a JSON path, without a text position; its code is {@link Code#OTHER}. */
        public Problem(String path, String message) {
            this(path, message, null, null);
        }

        /** A problem of {@code code} at a JSON path, its message to translate. */
        public static Problem of(Code code, String path, Message text) {
            return new Problem(path, text.toString(), null, null, code, text);
        }

        /** A JSON syntax error at a line and column of the text; {@code path} is where the reader had reached. */
        public static Problem syntax(String path, int line, int column, String message) {
            return new Problem(path, message, line, column, Code.JSON_SYNTAX, null);
        }

        /** As {@link #syntax(String, int, int, String)}, its message to translate. */
        public static Problem syntax(String path, int line, int column, Message text) {
            return new Problem(path, text.toString(), line, column, Code.JSON_SYNTAX, text);
        }

        /** True for a JSON syntax error, which has a {@link #line()} and {@link #column()}. */
        public boolean hasPosition() {
            return line != null && column != null;
        }

        /** What is wrong, in Vietnamese when {@code locale} is Vietnamese, in English otherwise. */
        public String message(Locale locale) {
            return text == null ? message : text.text(locale);
        }

        /** "path: message", or "line 3, column 7: message" for a JSON syntax error, in the language of {@code locale}. */
        public String describe(Locale locale) {
            return (hasPosition() ? Message.of(ModelMessages.POSITION, line, column).text(locale) : path) + ": "
                    + message(locale);
        }

        /** "path: message", or "line 3, column 7: message" for a JSON syntax error, in English. */
        @Override
        public String toString() {
            return describe(Locale.ROOT);
        }
    }
}

package vn.vanban4j.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.PlanFormatException.Problem;

/** The one Jackson configuration for plan files. */
public final class PlanJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            // ... but a text is written even when empty, so that what reads writes back the same ("marker": "" stays "")
            .withConfigOverride(String.class, o -> o.setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL)))
            .build();

    private PlanJson() {
    }

    /** The shared, fully configured mapper; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * The JSON path of a member: {@code $.sections} for a plain name, {@code $["a b\n"]} (controls and line separators escaped,
     * cut at 40 characters) for any other, so a path is always one line.
     */
    public static String member(String path, String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return path + "." + name;
        }
        return path + "[\"" + escaped(name, 40) + "\"]";
    }

    /**
     * A text as one line to show inside quotes in a message: quotes and backslashes escaped, controls, line separators
     * and lone surrogates as {@code \\uXXXX}, cut at {@code max} characters ("...").
     */
    public static String escaped(String text, int max) {
        StringBuilder out = new StringBuilder();
        String shown = text.length() > max ? text.substring(0, max) : text;
        for (char c : shown.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > max ? out.append("...").toString() : out.toString();
    }

    /** A binding error as a problem with its JSON path. */
    public static Problem problemOf(JsonProcessingException e) {
        String path = "$";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.replace(0, sb.length(), member(sb.toString(), ref.getFieldName()));
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            path = sb.toString();
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidTypeIdException typeId) {
            return Problem.of(Problem.Code.BAD_VALUE, path, Message.of(ModelMessages.UNKNOWN_TYPE,
                    oneLine(String.valueOf(typeId.getTypeId()))));
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null || cause == e ? e.getOriginalMessage() : cause.getMessage();
        // Jackson's own wording ends with where it was, which the path already says
        int tail = message == null ? -1 : message.indexOf(" (for POJO property");
        return Problem.of(Problem.Code.BAD_VALUE, path, Message.of(ModelMessages.INVALID_VALUE,
                oneLine(tail < 0 ? String.valueOf(message) : message.substring(0, tail))));
    }

    private static String oneLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}

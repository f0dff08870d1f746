package vn.vanban4j.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.vanban4j.model.PlanFormatException.Problem;
import vn.vanban4j.model.internal.JsonShape;
import vn.vanban4j.model.internal.LegacyJson;
import vn.vanban4j.model.internal.ModelMessages;
import vn.vanban4j.model.internal.PlanJson;

/**
 * JSON for any vanban4j record (plans, org charts, calendar overlays): reading checks the shape
 * first and reports every problem with its path, then binds; nothing partial is returned.
 */
public final class ModelJson {
    private ModelJson() {
    }

    /**
     * Reads a record of {@code type} from JSON text; {@code source} names the text in errors.
     *
     * @throws PlanFormatException with every problem found
     */
    public static <T> T read(String json, String source, Class<T> type) {
        JsonNode tree;
        try {
            tree = PlanJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            String original = e.getOriginalMessage();
            Object reason = original;
            if (original.startsWith("Duplicate field")) {
                reason = Message.of(ModelMessages.DUPLICATE_FIELD, original.substring(original.indexOf('\'')).replace("'", "\""));
            } else if (original.contains("Trailing token")) {
                reason = Message.of(ModelMessages.TRAILING_TEXT);
            }
            String path = pathOf(e);
            Message message = Message.of(ModelMessages.NOT_JSON, reason);
            Problem problem = e.getLocation() == null ? Problem.of(Problem.Code.JSON_SYNTAX, path, message)
                    : Problem.syntax(path, e.getLocation().getLineNr(), e.getLocation().getColumnNr(), message);
            throw new PlanFormatException(source, List.of(problem));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PlanFormatException(source, List.of(Problem.of(Problem.Code.EMPTY, "$", Message.of(ModelMessages.EMPTY))));
        }
        if (!tree.isObject()) {
            throw new PlanFormatException(source, List.of(Problem.of(Problem.Code.WRONG_TYPE, "$",
                    Message.of(ModelMessages.NOT_AN_OBJECT, JsonShape.found(tree)))));
        }
        if (type == Document.class) {
            tree = LegacyJson.upgradeDocument(tree);
        }
        List<Problem> problems = JsonShape.of(type).check(tree);
        if (!problems.isEmpty()) {
            throw new PlanFormatException(source, problems);
        }
        try {
            return PlanJson.mapper().treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new PlanFormatException(source, List.of(PlanJson.problemOf(e)));
        }
    }

    // the JSON path the parser had reached when the syntax broke ("$.sections[2]"); "$" when unknown
    private static String pathOf(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof com.fasterxml.jackson.core.JsonParser parser)) {
            return "$";
        }
        java.util.ArrayDeque<com.fasterxml.jackson.core.JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (var c = parser.getParsingContext(); c != null; c = c.getParent()) {
            chain.push(c);
        }
        String path = "$";
        for (var c : chain) {
            if (c.inObject() && c.getCurrentName() != null) {
                path = PlanJson.member(path, c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                path += "[" + c.getCurrentIndex() + "]";
            }
        }
        return path;
    }

    /** The value as indented JSON, fields in record order, empty parts left out. */
    public static String write(Object value) {
        try {
            return PlanJson.mapper().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

package vn.vanban4j.model.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.PlanFormatException.Problem;

/** Reads model records from JSON: shape check first (every problem), then binding. */
public final class JsonReader {
    private JsonReader() {
    }

    public static <T> T read(String json, String source, Class<T> type) {
        JsonNode tree;
        try {
            tree = PlanJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "$"
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new PlanFormatException(source, List.of(new Problem(where, "not valid JSON: " + e.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new PlanFormatException(source, List.of(new Problem("$", "the file is empty")));
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

    public static String write(Object value) {
        try {
            return PlanJson.mapper().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}

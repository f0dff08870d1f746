package vn.vanban4j.render.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.RenderException;

/**
 * A host's own data for templates ({@code extras}), copied once into read-only maps, lists and
 * plain values so that nothing of the host's objects is reachable from a template.
 */
public final class Extras {
    private static final int MAX_DEPTH = 16;

    private Extras() {
    }

    /**
     * A read-only copy; values are text, numbers, booleans, dates (as "YYYY-MM-DD"), lists and maps
     * with text keys.
     *
     * @throws RenderException naming the path of a value of another kind ("extras.unit.members[2]")
     */
    public static Map<String, Object> copy(Map<String, ?> extras) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) value(extras, "extras", 0);
        return copy;
    }

    private static Object value(Object value, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new RenderException(RenderException.Code.DATA, Message.of(RenderMessages.DATA_TOO_DEEP, path, MAX_DEPTH));
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new RenderException(RenderException.Code.DATA, Message.of(RenderMessages.DATA_KEY, path, typeOf(e.getKey())));
                }
                copy.put(key, value(e.getValue(), path + "." + key, depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                copy.add(value(list.get(i), path + "[" + i + "]", depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new RenderException(RenderException.Code.DATA, Message.of(RenderMessages.DATA_TYPE, path, typeOf(value)));
    }

    private static String typeOf(Object value) {
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}

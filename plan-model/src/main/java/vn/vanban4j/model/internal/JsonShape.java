package vn.vanban4j.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.PlanFormatException.Problem;
import vn.vanban4j.model.PlanFormatException.Problem.Code;

/**
 * The JSON shape of a model type, read off the Java records themselves: checks a JSON tree against
 * it (collecting every problem with its path) and writes it as a JSON Schema. Required fields are
 * the record components marked {@code @JsonProperty(required = true)}.
 */
public final class JsonShape {
    private final Class<?> root;

    private JsonShape(Class<?> root) {
        this.root = root;
    }

    public static JsonShape of(Class<?> root) {
        return new JsonShape(root);
    }

    /** Every problem of {@code node} against the shape, in document order; empty when it fits. */
    public List<Problem> check(JsonNode node) {
        List<Problem> problems = new ArrayList<>();
        check(root, node, "$", problems);
        return problems;
    }

    private static void check(Type type, JsonNode node, String path, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType list) {
            if (!node.isArray()) {
                problems.add(Problem.of(Code.WRONG_TYPE, path, Message.of(ModelMessages.EXPECTED, Message.of(ModelMessages.A_LIST), found(node))));
                return;
            }
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                check(element, node.get(i), path + "[" + i + "]", problems);
            }
            return;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            if (expect(node.isTextual(), Message.of(ModelMessages.TEXT), node, path, problems)) {
                Message bad = unprintable(node.textValue());
                if (bad != null) {
                    problems.add(Problem.of(Code.BAD_VALUE, path, Message.of(ModelMessages.UNPRINTABLE, bad)));
                }
            }
        } else if (cls == Integer.class || cls == int.class) {
            expect(node.isIntegralNumber(), Message.of(ModelMessages.WHOLE_NUMBER), node, path, problems);
        } else if (cls == Double.class || cls == double.class) {
            expect(node.isNumber(), Message.of(ModelMessages.NUMBER), node, path, problems);
        } else if (cls == Boolean.class || cls == boolean.class) {
            expect(node.isBoolean(), Message.of(ModelMessages.TRUE_OR_FALSE), node, path, problems);
        } else if (cls == LocalDate.class) {
            if (expect(node.isTextual(), Message.of(ModelMessages.DATE), node, path, problems)) {
                try {
                    LocalDate.parse(node.textValue());
                } catch (DateTimeParseException e) {
                    problems.add(Problem.of(Code.BAD_DATE, path, Message.of(ModelMessages.NOT_A_DATE, PlanJson.escaped(node.textValue(), 60))));
                }
            }
        } else if (cls == DocumentNumber.class) {
            if (expect(node.isTextual(), Message.of(ModelMessages.DOCUMENT_NUMBER), node, path, problems)) {
                try {
                    DocumentNumber.parse(node.textValue());
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(Code.BAD_VALUE, path, Message.of(ModelMessages.NOT_A_DOCUMENT_NUMBER,
                            PlanJson.escaped(node.textValue(), 60))));
                }
            }
        } else if (cls.isEnum()) {
            List<String> names = enumNames(cls);
            if (expect(node.isTextual(), Message.of(ModelMessages.ONE_OF, names), node, path, problems)
                    && !names.contains(node.textValue())) {
                problems.add(Problem.of(Code.BAD_VALUE, path, Message.of(ModelMessages.NOT_ONE_OF, PlanJson.escaped(node.textValue(), 60), names)));
            }
        } else if (cls.isRecord()) {
            checkRecord(cls, node, path, problems, typeProperty(cls));
        } else if (cls.isInterface() && cls.isAnnotationPresent(JsonTypeInfo.class)) {
            checkPolymorphic(cls, node, path, problems);
        } else {
            throw new IllegalStateException("no JSON shape for " + cls);
        }
    }

    // a character that XML 1.0 (and so DOCX) cannot carry: controls other than tab and line breaks, lone surrogates
    private static Message unprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                return Message.of(ModelMessages.CONTROL_CHARACTER, String.format("U+%04X", (int) c));
            }
            if (Character.isHighSurrogate(c) && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return Message.of(ModelMessages.LONE_SURROGATE, String.format("U+%04X", (int) c));
            }
        }
        return null;
    }

    private static boolean expect(boolean ok, Message what, JsonNode node, String path, List<Problem> problems) {
        if (!ok) {
            problems.add(Problem.of(Code.WRONG_TYPE, path, Message.of(ModelMessages.EXPECTED, what, found(node))));
        }
        return ok;
    }

    private static void checkPolymorphic(Class<?> cls, JsonNode node, String path, List<Problem> problems) {
        String property = cls.getAnnotation(JsonTypeInfo.class).property();
        Map<String, Class<?>> subtypes = subtypes(cls);
        if (!node.isObject()) {
            problems.add(Problem.of(Code.WRONG_TYPE, path, Message.of(ModelMessages.EXPECTED,
                    Message.of(ModelMessages.OBJECT_WITH, property), found(node))));
            return;
        }
        JsonNode tag = node.get(property);
        if (tag == null || !tag.isTextual() || !subtypes.containsKey(tag.textValue())) {
            problems.add(Problem.of(tag == null ? Code.REQUIRED : Code.BAD_VALUE, path + "." + property,
                    Message.of(ModelMessages.EXPECTED, Message.of(ModelMessages.ONE_OF, subtypes.keySet()),
                            tag == null ? Message.of(ModelMessages.NOTHING) : found(tag))));
            return;
        }
        checkRecord(subtypes.get(tag.textValue()), node, path, problems, property);
    }

    private static void checkRecord(Class<?> cls, JsonNode node, String path, List<Problem> problems, String tag) {
        if (!node.isObject()) {
            problems.add(Problem.of(Code.WRONG_TYPE, path, Message.of(ModelMessages.EXPECTED,
                    Message.of(ModelMessages.OBJECT_OF, cls.getSimpleName()), found(node))));
            return;
        }
        if (tag != null && !node.has(tag)) {
            problems.add(Problem.of(Code.REQUIRED, path + "." + tag, Message.of(ModelMessages.REQUIRED)));
        }
        Map<String, RecordComponent> components = new LinkedHashMap<>();
        for (RecordComponent component : cls.getRecordComponents()) {
            components.put(component.getName(), component);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!components.containsKey(name) && !name.equals(tag)) {
                problems.add(Problem.of(Code.UNKNOWN_FIELD, PlanJson.member(path, name), Message.of(ModelMessages.UNKNOWN_FIELD,
                        cls.getSimpleName(), String.join(", ", components.keySet()))));
            }
        }
        for (RecordComponent component : components.values()) {
            JsonNode value = node.get(component.getName());
            String where = path + "." + component.getName();
            if ((value == null || value.isNull()) && isRequired(component)) {
                problems.add(Problem.of(Code.REQUIRED, where, Message.of(ModelMessages.REQUIRED)));
            } else {
                check(component.getGenericType(), value, where, problems);
            }
        }
    }

    /** The type tag a record carries because an interface it implements is polymorphic; null if none. */
    private static String typeProperty(Class<?> cls) {
        for (Class<?> parent : cls.getInterfaces()) {
            JsonTypeInfo info = parent.getAnnotation(JsonTypeInfo.class);
            if (info != null) {
                return info.property();
            }
        }
        return null;
    }

    private static boolean isRequired(RecordComponent component) {
        // @JsonProperty cannot target record components; Java copies it onto the accessor
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && property.required();
    }

    private static Map<String, Class<?>> subtypes(Class<?> cls) {
        Map<String, Class<?>> subtypes = new LinkedHashMap<>();
        for (JsonSubTypes.Type sub : cls.getAnnotation(JsonSubTypes.class).value()) {
            subtypes.put(sub.name(), sub.value());
        }
        return subtypes;
    }

    private static List<String> enumNames(Class<?> cls) {
        return Arrays.stream(cls.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.toList());
    }

    /** What a JSON value is, for "expected ..., found ...": text "x", the number 3, a list, an object, true, null. */
    public static Object found(JsonNode node) {
        if (node.isTextual()) {
            return Message.of(ModelMessages.FOUND_TEXT, PlanJson.escaped(node.textValue(), 60));
        }
        if (node.isNumber()) {
            return Message.of(ModelMessages.FOUND_NUMBER, node.numberValue());
        }
        return switch (node.getNodeType()) {
            case ARRAY -> Message.of(ModelMessages.A_LIST);
            case OBJECT -> Message.of(ModelMessages.AN_OBJECT);
            case BOOLEAN -> node.booleanValue() ? "true" : "false";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /** The shape as a JSON Schema (draft 2020-12), one definition per record. */
    public ObjectNode schema(String id, String title) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode schema = f.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", id);
        schema.put("title", title);
        ObjectNode defs = f.objectNode();
        schema.put("$ref", "#/$defs/" + root.getSimpleName());
        define(root, defs, null);
        schema.set("$defs", defs);
        return schema;
    }

    private static void define(Class<?> cls, ObjectNode defs, String tag) {
        if (defs.has(cls.getSimpleName())) {
            return;
        }
        ObjectNode def = defs.putObject(cls.getSimpleName());
        if (cls.isInterface()) {
            ArrayNode oneOf = def.putArray("oneOf");
            String property = cls.getAnnotation(JsonTypeInfo.class).property();
            subtypes(cls).forEach((name, sub) -> oneOf.addObject().put("$ref", "#/$defs/" + sub.getSimpleName()));
            subtypes(cls).forEach((name, sub) -> {
                define(sub, defs, property);
                ObjectNode subDef = (ObjectNode) defs.get(sub.getSimpleName());
                ((ObjectNode) subDef.get("properties")).putObject(property).put("const", name);
                ((ArrayNode) subDef.get("required")).insert(0, property);
            });
            return;
        }
        def.put("type", "object");
        def.put("additionalProperties", false);
        ObjectNode properties = def.putObject("properties");
        ArrayNode required = def.putArray("required");
        for (RecordComponent component : cls.getRecordComponents()) {
            properties.set(component.getName(), typeSchema(component.getGenericType(), defs));
            if (isRequired(component)) {
                required.add(component.getName());
            }
        }
    }

    private static JsonNode typeSchema(Type type, ObjectNode defs) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode node = f.objectNode();
        if (type instanceof ParameterizedType list) {
            node.put("type", "array");
            node.set("items", typeSchema(list.getActualTypeArguments()[0], defs));
            return node;
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            node.put("type", "string");
        } else if (cls == Integer.class || cls == int.class) {
            node.put("type", "integer");
        } else if (cls == Double.class || cls == double.class) {
            node.put("type", "number");
        } else if (cls == Boolean.class || cls == boolean.class) {
            node.put("type", "boolean");
        } else if (cls == LocalDate.class) {
            node.put("type", "string");
            node.put("format", "date");
        } else if (cls == DocumentNumber.class) {
            node.put("type", "string");
            node.put("description", "Party \"107-KH/ThU\" or state \"15/KH-UBND\", \"05/BNV-VP\"; blank number for a draft");
        } else if (cls.isEnum()) {
            ArrayNode values = node.putArray("enum");
            enumNames(cls).forEach(values::add);
        } else {
            define(cls, defs, null);
            node.put("$ref", "#/$defs/" + cls.getSimpleName());
        }
        return node;
    }
}

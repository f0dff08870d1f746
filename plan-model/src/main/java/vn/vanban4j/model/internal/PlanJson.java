package vn.vanban4j.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
            .build();

    private PlanJson() {
    }

    /** The shared, fully configured mapper; never reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A binding error as a problem with its JSON path. */
    public static Problem problemOf(JsonProcessingException e) {
        String path = "$";
        if (e instanceof JsonMappingException mapping) {
            StringBuilder sb = new StringBuilder("$");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    sb.append('.').append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            path = sb.toString();
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? e.getOriginalMessage() : cause.getMessage();
        return new Problem(path, message);
    }
}

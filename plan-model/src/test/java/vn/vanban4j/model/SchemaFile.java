package vn.vanban4j.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vanban4j.model.internal.JsonShape;

/** Writes plan.schema.json from the model: run its main from the plan-model folder after changing a record. */
final class SchemaFile {
    private SchemaFile() {
    }

    static JsonNode generate() {
        return JsonShape.of(Document.class).schema("https://vanban4j.vn/schema/plan.schema.json",
                "vanban4j plan document");
    }

    public static void main(String[] args) throws Exception {
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(generate());
        Files.writeString(Path.of("src/main/resources/vn/vanban4j/model/plan.schema.json"), json + "\n");
    }
}

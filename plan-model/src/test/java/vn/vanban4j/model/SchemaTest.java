package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.internal.JsonShape;

class SchemaTest {

    /** The schema in the jar is the one the model defines; regenerate it with SchemaFile when the model changes. */
    @Test
    void shippedSchemaMatchesTheModel() throws Exception {
        JsonNode shipped = new ObjectMapper().readTree(Plans.schema());
        assertThat(shipped).isEqualTo(SchemaFile.generate());
    }

    @Test
    void schemaNamesRequiredFieldsAndBlockTypes() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Plans.schema());
        assertThat(schema.at("/$defs/Document/required").toString()).contains("\"kind\"", "\"header\"")
                .doesNotContain("\"place\"", "\"number\""); // a received copy may show no place, or no number
        assertThat(schema.at("/$defs/Task/properties/type/const").asText()).isEqualTo("task");
        assertThat(schema.at("/$defs/Document/additionalProperties").asBoolean(true)).isFalse();
        assertThat(JsonShape.of(Document.class)).isNotNull();
    }
}

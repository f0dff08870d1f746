package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Family;
import vn.vanban4j.render.Profile;
import vn.vanban4j.render.Renderer;

/** Every part of every sample, in its own profile and in the other family's, validates against ECMA-376. */
class SchemaValidityTest {
    private static final Renderer RENDERER = Renderer.standard();

    static Stream<Arguments> samples() {
        return Samples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyPartValidates(String name, Document doc) throws Exception {
        assertThat(OoxmlSchema.errors(RENDERER.docx(doc))).as(name).isEmpty();
        assertThat(OoxmlSchema.errors(RENDERER.asDraft(true).docx(doc))).as(name + " draft").isEmpty();
        // the other family's layout, as a host's own profile that names the document's family
        String otherId = doc.family() == Family.PARTY ? "state-nd30-2020" : "party-hd05-2026";
        String json = new String(Profile.class.getResourceAsStream("profiles/" + otherId + ".json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replaceFirst("\"family\": \"\\w+\"", "\"family\": \"" + doc.family() + "\"");
        Profile other = Profile.parse(json, otherId + ".json");
        assertThat(other.family()).isEqualTo(doc.family());
        assertThat(OoxmlSchema.errors(RENDERER.withProfile(other).docx(doc))).as(name + " in " + other.id()).isEmpty();
    }

    @Test
    void theValidatorCatchesElementsOutOfOrder() throws Exception {
        byte[] docx = RENDERER.docx(Samples.stateSamplePlan());
        byte[] broken = Zips.replace(docx, "word/document.xml",
                xml -> xml.replaceFirst("<w:tblBorders>(.*?)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>",
                        "<w:tblLayout w:type=\"fixed\"/><w:tblBorders>$1</w:tblBorders>"));
        assertThat(OoxmlSchema.errors(broken)).isNotEmpty().first().asString().startsWith("word/document.xml");
    }
}

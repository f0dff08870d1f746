package vn.vanban4j.samples;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;

/** What the default templates write for every sample validates against blocks.xsd, shipped in the jar. */
class BlockSchemaSamplesTest {
    @Test
    void everySamplesBlocksValidate() throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(Renderer.class.getResourceAsStream("blocks.xsd"))).newValidator();
        for (var entry : Samples.all().entrySet()) {
            Document doc = entry.getValue();
            try {
                validator.validate(new StreamSource(new StringReader(Renderer.standard().blockXml(doc))));
            } catch (org.xml.sax.SAXParseException e) {
                throw new AssertionError(entry.getKey() + ": " + e.getMessage(), e);
            }
        }
    }
}

package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** blocks.xsd, shipped in the jar, describes what the default templates write. */
class BlockSchemaTest {
    private static Validator validator() throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(new StreamSource(Renderer.class.getResourceAsStream("blocks.xsd"))).newValidator();
    }

    @Test
    void whatTheDefaultTemplatesWriteValidates() throws Exception {
        Validator validator = validator();
        String xml = Renderer.standard().blockXml(TemplateSafetyTest.small());
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    @Test
    void aMistakeTheRendererRefusesTheSchemaRefusesToo() throws Exception {
        Validator validator = validator();
        for (String bad : new String[] {"<document><p style=\"x\">a</p></document>", "<document><closing><p>a</p></closing></document>",
                "<document><heading level=\"một\">a</heading></document>", "<document><closing/><closing/></document>",
                "<document><appendix/><p>a</p></document>"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> validator.validate(new StreamSource(new StringReader(bad))))
                    .as(bad).isInstanceOf(org.xml.sax.SAXException.class);
        }
    }

    @Test
    void theSchemaNamesTheAttributesTheReaderTakes() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document xsd = factory.newDocumentBuilder().parse(Renderer.class.getResourceAsStream("blocks.xsd"));
        // element name -> attribute names, from the xs:element declarations and their types
        Map<String, TreeSet<String>> declared = new TreeMap<>();
        Map<String, Element> types = new TreeMap<>();
        NodeList typeNodes = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType");
        for (int i = 0; i < typeNodes.getLength(); i++) {
            Element t = (Element) typeNodes.item(i);
            if (t.hasAttribute("name")) {
                types.put(t.getAttribute("name"), t);
            }
        }
        NodeList elements = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
        for (int i = 0; i < elements.getLength(); i++) {
            Element e = (Element) elements.item(i);
            Element body = e.hasAttribute("type") ? types.get(e.getAttribute("type")) : e;
            TreeSet<String> attributes = declared.computeIfAbsent(e.getAttribute("name"), k -> new TreeSet<>());
            if (body != null) {
                NodeList attrs = body.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "attribute");
                for (int j = 0; j < attrs.getLength(); j++) {
                    Element a = (Element) attrs.item(j);
                    // attributes of nested element declarations belong to those elements
                    if (nearestElement(a) == (e.hasAttribute("type") ? null : e)) {
                        attributes.add(a.getAttribute("name"));
                    }
                }
            }
        }
        Map<String, TreeSet<String>> reader = new TreeMap<>();
        vn.vanban4j.render.internal.BlockXml.ATTRIBUTES.forEach((k, v) -> reader.put(k, new TreeSet<>(v)));
        assertThat(declared).isEqualTo(reader);
    }

    private static Element nearestElement(Element node) {
        for (org.w3c.dom.Node n = node.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element el && el.getLocalName().equals("element")) {
                return el;
            }
        }
        return null;
    }
}

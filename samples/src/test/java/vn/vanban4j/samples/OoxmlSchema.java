package vn.vanban4j.samples;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Validates the WordprocessingML parts of a DOCX against the ECMA-376 transitional schema (POI's
 * full XMLBeans types), as Word reads them: element order, required attributes, value types.
 */
final class OoxmlSchema {
    private OoxmlSchema() {
    }

    /** Every schema error of every word part, as "part: line: message"; empty when the package is valid. */
    static List<String> errors(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        int parts = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (!name.startsWith("word/") || !name.endsWith(".xml")) {
                    continue;
                }
                byte[] xml = zip.readAllBytes();
                parts++;
                try {
                    XmlObject part = parse(name, xml);
                    if (part == null) {
                        out.add(name + ": no schema type known for this part");
                        continue;
                    }
                    List<XmlError> errors = new ArrayList<>();
                    part.validate(new XmlOptions().setErrorListener(errors));
                    errors.forEach(err -> out.add(name + ": " + err.getLine() + ": " + err.getMessage()));
                } catch (XmlException ex) {
                    out.add(name + ": " + ex.getMessage());
                }
            }
        }
        if (parts == 0) {
            out.add("no word/*.xml part in the package");
        }
        return out;
    }

    private static XmlObject parse(String name, byte[] xml) throws XmlException, IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(xml);
        if (name.equals("word/document.xml")) {
            return DocumentDocument.Factory.parse(in);
        }
        if (name.equals("word/styles.xml")) {
            return StylesDocument.Factory.parse(in);
        }
        if (name.equals("word/settings.xml")) {
            return SettingsDocument.Factory.parse(in);
        }
        if (name.equals("word/footnotes.xml")) {
            return FootnotesDocument.Factory.parse(in);
        }
        if (name.matches("word/header\\d+\\.xml")) {
            return HdrDocument.Factory.parse(in);
        }
        return null;
    }
}

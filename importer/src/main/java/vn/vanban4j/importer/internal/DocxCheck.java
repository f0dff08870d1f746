package vn.vanban4j.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.model.Message;

/**
 * A DOCX looked over before POI parses it, in one pass that costs no more than unzipping it: how many
 * parts, how many bytes unzipped (counted while unzipping, so a zip bomb stops at the limit), and in
 * each XML part how deep it nests, how many paragraphs and footnotes it holds, whether it declares a
 * DTD (refused: entities can expand without bound) and whether it is well-formed (the part, line and
 * column named).
 */
final class DocxCheck {
    private static final XMLInputFactory XML = secureFactory();

    private DocxCheck() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    static void check(byte[] bytes, Budget budget) {
        var limits = budget.limits();
        long[] unzipped = {0};
        int entries = 0;
        int paragraphs = 0;
        int footnotes = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                budget.atMost(++entries, limits.zipEntries(), ImportMessages.PARTS, "zipEntries");
                InputStream part = counted(zip, unzipped, budget);
                String name = entry.getName();
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    int[] counts = scan(name, part, budget);
                    paragraphs += counts[0];
                    footnotes += counts[1];
                    budget.atMost(paragraphs, limits.paragraphs(), ImportMessages.PARAGRAPHS, "paragraphs");
                    budget.atMost(footnotes, limits.footnotes(), ImportMessages.FOOTNOTES, "footnotes");
                } else {
                    part.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException | IllegalArgumentException e) { // a bad entry name is an IllegalArgumentException
            throw new ImportException(Reason.DAMAGED, budget.source(), Message.of(ImportMessages.DOCX_BAD_ZIP, e.getMessage()));
        } catch (IOException e) {
            throw new ImportException(Reason.DAMAGED, budget.source(), Message.of(ImportMessages.DOCX_UNREADABLE, e.getMessage()), e);
        }
        if (entries == 0) {
            throw new ImportException(Reason.FORMAT, budget.source(), Message.of(ImportMessages.NOT_DOCX));
        }
    }

    // paragraphs (w:p, w:tr) and footnotes (w:footnote, w:footnoteReference) of one part, its depth checked
    private static int[] scan(String part, InputStream in, Budget budget) throws IOException {
        int depth = 0;
        int paragraphs = 0;
        int footnotes = 0;
        XMLStreamReader reader = null;
        try {
            reader = XML.createXMLStreamReader(in);
            int events = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if ((++events & 0xFFF) == 0) {
                    budget.tick();
                }
                if (event == XMLStreamConstants.DTD) {
                    throw new ImportException(Reason.DAMAGED, budget.source(), Message.of(ImportMessages.DOCX_DTD, part));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > budget.limits().xmlDepth()) {
                        throw new ImportException(Reason.LIMIT, budget.source(),
                                Message.of(ImportMessages.DOCX_TOO_DEEP, part, budget.limits().xmlDepth()));
                    }
                    String local = reader.getLocalName();
                    if (local.equals("p") || local.equals("tr")) {
                        paragraphs++;
                    } else if (local.equals("footnote") || local.equals("footnoteReference")) {
                        footnotes++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new int[] {paragraphs, footnotes};
        } catch (XMLStreamException e) {
            var at = e.getLocation();
            throw new ImportException(Reason.DAMAGED, budget.source(), at == null ? Message.of(ImportMessages.DOCX_BAD_XML, part)
                    : Message.of(ImportMessages.DOCX_BAD_XML_AT, part, at.getLineNumber(), at.getColumnNumber()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // the part is read to its end or refused; nothing is left open
                }
            }
        }
    }

    // the part's bytes, counted into the whole package's unzipped size as they are read
    private static InputStream counted(InputStream in, long[] total, Budget budget) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the zip stream stays open for the next part
            }

            private void add(int n) {
                total[0] += n;
                if (total[0] > budget.limits().unzippedBytes()) {
                    throw new ImportException(Reason.LIMIT, budget.source(),
                            Message.of(ImportMessages.UNZIPS_TOO_LARGE, Budget.size(budget.limits().unzippedBytes())));
                }
            }
        };
    }
}

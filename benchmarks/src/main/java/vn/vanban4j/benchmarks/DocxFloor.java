package vn.vanban4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.DeterministicZip;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;

/**
 * The floor the renderer is measured against (issue 24): the same document written by hand, with no
 * template and no block tree. It walks the model (header, title, bases, sections, tasks and tables,
 * closing, annexes) into WordprocessingML paragraphs and runs with the renderer's paragraph and run
 * properties in one {@code StringBuilder}, encodes it as UTF-8 and zips it with the other parts, which a
 * hand-written writer holds as constants (taken here from the rendered DOCX). Its document part is
 * within a tenth of the renderer's in size ({@link #of} checks it), and carries the same text
 * save the words the templates add around the fields.
 */
final class DocxFloor {
    private static final String MAIN = "word/document.xml";
    private final Document doc;
    private final Map<String, byte[]> constants; // every part but the document part, in the rendered order
    private final String documentStart;
    private final String documentEnd;

    private DocxFloor(Document doc, Map<String, byte[]> constants, String documentStart, String documentEnd) {
        this.doc = doc;
        this.constants = constants;
        this.documentStart = documentStart;
        this.documentEnd = documentEnd;
    }

    static DocxFloor of(Document doc, byte[] rendered) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(rendered))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String main = new String(parts.get(MAIN), StandardCharsets.UTF_8);
        String start = main.substring(0, main.indexOf("<w:body>") + "<w:body>".length());
        String end = main.substring(main.lastIndexOf("<w:sectPr>"));
        DocxFloor floor = new DocxFloor(doc, parts, start, end);
        int ours = floor.documentPart().length();
        if (Math.abs(ours - main.length()) > main.length() / 10) {
            throw new IllegalStateException("the floor's document part has " + ours + " characters, the renderer's " + main.length());
        }
        return floor;
    }

    /**
     * The floor with nothing rendered first, for a fresh JVM's timing ({@link FloorCold}): the parts a
     * writer holds as constants are the smallest that make a DOCX Word opens.
     */
    static DocxFloor standalone(Document doc) {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\""
                + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
        parts.put("_rels/.rels", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8));
        parts.put(MAIN, new byte[0]);
        return new DocxFloor(doc, parts, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                + w + "\"><w:body>", "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : constants.entrySet()) {
                ZipEntry entry = DeterministicZip.entry(part.getKey());
                zip.putNextEntry(entry);
                zip.write(part.getKey().equals(MAIN) ? documentPart().getBytes(StandardCharsets.UTF_8) : part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    String documentPart() {
        StringBuilder x = new StringBuilder(64 * 1024).append(documentStart);
        // the header: two columns, the bodies over the number on the left, the national title on the right
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"9637\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>")
                .append("<w:tblGrid><w:gridCol w:w=\"4535\"/><w:gridCol w:w=\"5102\"/></w:tblGrid><w:tr>");
        cellStart(x, 4535);
        doc.header().superiorLines().forEach(l -> para(x, "center", 0, 0, false, l, 13, false, false));
        doc.header().issuerLines().forEach(l -> para(x, "center", 0, 0, false, l, 13, true, false));
        para(x, "center", 0, 0, false, "*", 13, false, false);
        para(x, "center", 0, 0, false, "Số " + doc.number(), 14, false, false);
        x.append("</w:tc>");
        cellStart(x, 5102);
        para(x, "right", 0, 0, false, doc.family().name().startsWith("PARTY") ? "ĐẢNG CỘNG SẢN VIỆT NAM"
                : "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 15, true, false);
        para(x, "right", 0, 0, false, "", 14, false, false);
        para(x, "right", 0, 0, false, doc.place() + ", " + VietnameseText.longDate(doc.issueDate()), 14, false, true);
        x.append("</w:tc></w:tr></w:tbl>");
        para(x, "center", 240, 0, true, VietnameseText.upper(doc.kind().vietnameseName()), 16, true, false);
        para(x, "center", 0, 0, true, doc.summary() == null ? "" : doc.summary(), 15, true, false);
        para(x, "center", 0, 6, false, "-----", 15, false, false);
        doc.preamble().forEach(p -> body(x, p, false, false));
        doc.sections().forEach(s -> block(x, s));
        if (doc.conclusion() != null) {
            body(x, doc.conclusion(), false, false);
        }
        closing(x);
        for (Appendix a : doc.appendices()) {
            x.append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
            para(x, "center", 0, 0, true, a.heading(), 14, true, false);
            if (a.title() != null) {
                para(x, "center", 0, 6, true, a.title(), 14, true, false);
            }
            a.sections().forEach(s -> block(x, s));
            if (a.form() != null) {
                table(x, a.form());
            }
        }
        return x.append(documentEnd).toString();
    }

    private void block(StringBuilder x, Block block) {
        if (block instanceof Section s) {
            String title = (s.number() == null ? "" : s.number() + " ") + (s.title() == null ? "" : s.title());
            if (!title.isBlank()) {
                body(x, s.number() != null && s.number().matches("[IVX]+\\.") ? VietnameseText.upper(title) : title, true, false);
            }
            s.content().forEach(c -> block(x, c));
        } else if (block instanceof Paragraph p) {
            body(x, (p.marker() == null ? "" : p.marker() + " ") + p.text(), false, false);
        } else if (block instanceof Task t) {
            // the task's text says who and by when, as in the seed; the template prints it alone
            body(x, (t.marker() == null ? "" : t.marker() + " ") + (t.text() != null ? t.text() : t.action()), false, false);
        } else if (block instanceof Table t) {
            table(x, t);
        } else if (block instanceof TaskTable t) {
            t.rows().forEach(r -> block(x, r));
        }
    }

    private void table(StringBuilder x, Table t) {
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"9637\" w:type=\"dxa\"/><w:tblBorders><w:insideH w:val=\"single\" w:sz=\"4\"/>")
                .append("</w:tblBorders></w:tblPr>");
        for (List<String> row : t.rows()) {
            x.append("<w:tr>");
            for (String cell : row) {
                cellStart(x, 9637 / Math.max(1, row.size()));
                para(x, "left", 0, 0, false, cell, 13, false, false);
                x.append("</w:tc>");
            }
            x.append("</w:tr>");
        }
        x.append("</w:tbl>");
    }

    private void closing(StringBuilder x) {
        x.append("<w:tbl><w:tblPr><w:tblW w:w=\"9637\" w:type=\"dxa\"/></w:tblPr><w:tr>");
        cellStart(x, 4535);
        para(x, "left", 0, 0, false, "Nơi nhận:", 12, false, true);
        for (Recipient r : doc.recipients()) {
            para(x, "left", 0, 0, false, "- " + r.name() + (r.purpose() == null ? "," : " (" + r.purpose() + "),"), 11, false, false);
        }
        para(x, "left", 0, 0, false, "- Lưu " + (doc.filing() == null ? "" : doc.filing()) + ".", 11, false, false);
        x.append("</w:tc>");
        cellStart(x, 5102);
        for (Signature s : doc.signatures()) {
            s.authorityLines(doc.family()).forEach(l -> para(x, "center", 0, 0, false, l, 14, true, false));
            para(x, "center", 0, 0, false, s.position(), 14, true, false);
            para(x, "center", 1200, 0, false, s.signer(), 14, true, false);
        }
        x.append("</w:tc></w:tr></w:tbl>");
    }

    private static void cellStart(StringBuilder x, int width) {
        x.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
    }

    // a body paragraph: justified, first line indented
    private static void body(StringBuilder x, String text, boolean bold, boolean italic) {
        x.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"120\" w:line=\"360\" w:lineRule=\"exact\"/>")
                .append("<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>");
        run(x, text, 14, bold, italic);
        x.append("</w:p>");
    }

    private static void para(StringBuilder x, String align, int before, int afterPt, boolean keepNext, String text, int size,
            boolean bold, boolean italic) {
        x.append("<w:p><w:pPr>").append(keepNext ? "<w:keepNext/>" : "").append("<w:spacing w:before=\"").append(before)
                .append("\" w:after=\"").append(afterPt * 20).append("\"/><w:jc w:val=\"").append(align).append("\"/></w:pPr>");
        run(x, text, size, bold, italic);
        x.append("</w:p>");
    }

    private static void run(StringBuilder x, String text, int size, boolean bold, boolean italic) {
        x.append("<w:r><w:rPr>").append(bold ? "<w:b/><w:bCs/>" : "").append(italic ? "<w:i/><w:iCs/>" : "")
                .append("<w:sz w:val=\"").append(size * 2).append("\"/><w:szCs w:val=\"").append(size * 2)
                .append("\"/></w:rPr><w:t xml:space=\"preserve\">");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> x.append("&amp;");
                case '<' -> x.append("&lt;");
                case '>' -> x.append("&gt;");
                case '"' -> x.append("&quot;");
                default -> x.append(c);
            }
        }
        x.append("</w:t></w:r>");
    }
}

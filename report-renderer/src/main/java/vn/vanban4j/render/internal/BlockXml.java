package vn.vanban4j.render.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.internal.Blocks.Addressees;
import vn.vanban4j.render.internal.Blocks.Appendix;
import vn.vanban4j.render.internal.Blocks.Block;
import vn.vanban4j.render.internal.Blocks.Caption;
import vn.vanban4j.render.internal.Blocks.Cell;
import vn.vanban4j.render.internal.Blocks.Closing;
import vn.vanban4j.render.internal.Blocks.Heading;
import vn.vanban4j.render.internal.Blocks.PageHeader;
import vn.vanban4j.render.internal.Blocks.Para;
import vn.vanban4j.render.internal.Blocks.Row;
import vn.vanban4j.render.internal.Blocks.Run;
import vn.vanban4j.render.internal.Blocks.Table;
import vn.vanban4j.render.internal.Blocks.Title;

/** Reads the block vocabulary (docs/TEMPLATES.md) that a template writes. */
public final class BlockXml {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private BlockXml() {
    }

    public static List<Block> parse(CharSequence xml, String template) {
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new CharSequenceReader(xml));
            while (r.next() != XMLStreamConstants.START_ELEMENT) {
                // skip prolog
            }
            if (!r.getLocalName().equals("document")) {
                throw error(r, template, "the output must start with <document>, not <" + r.getLocalName() + ">");
            }
            return blocks(r, template, "document");
        } catch (XMLStreamException e) {
            throw new RenderException(template + ": the template wrote XML that is not well formed"
                    + (e.getLocation() == null ? "" : " (output line " + e.getLocation().getLineNumber() + ")")
                    + ": " + e.getMessage());
        }
    }

    /** Reads a CharSequence (the template's output buffer) without copying it into a String. */
    private static final class CharSequenceReader extends java.io.Reader {
        private final CharSequence text;
        private int at;

        CharSequenceReader(CharSequence text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - at);
            if (text instanceof StringBuilder sb) {
                sb.getChars(at, at + n, buffer, offset);
            } else {
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = text.charAt(at + i);
                }
            }
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static List<Block> blocks(XMLStreamReader r, String template, String parent) throws XMLStreamException {
        List<Block> blocks = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return blocks;
            }
            if (event == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace()) {
                throw error(r, template, "text \"" + r.getText().strip() + "\" outside a block inside <" + parent + ">");
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = r.getLocalName();
            switch (name) {
                case "header" -> blocks.add(new PageHeader(subject(r, template)));
                case "closing" -> {
                    blocks.add(new Closing());
                    skip(r);
                }
                case "title" -> blocks.add(new Title(attribute(r, "kind", template), runs(r, template, false, false)));
                case "heading" -> blocks.add(new Heading(level(r, template), runs(r, template, false, false)));
                case "p" -> {
                    String role = r.getAttributeValue(null, "role");
                    if (role != null && !PARA_ROLES.contains(role)) {
                        throw error(r, template, "<p role=\"" + role + "\"> is not a paragraph role; use one of " + PARA_ROLES);
                    }
                    blocks.add(new Para(role == null ? "body" : role, runs(r, template, false, false)));
                }
                case "addressees" -> blocks.add(addressees(r, template));
                case "caption" -> blocks.add(new Caption(attribute(r, "role", template), runs(r, template, false, false)));
                case "table" -> blocks.add(table(r, template));
                case "appendix" -> blocks.add(new Appendix("landscape".equals(r.getAttributeValue(null, "orientation")),
                        blocks(r, template, "appendix")));
                default -> throw error(r, template, "unknown block <" + name + ">; see docs/TEMPLATES.md");
            }
        }
        return blocks;
    }

    private static final List<String> PARA_ROLES = List.of("body", "basis", "enacting", "authority", "decides");

    private static int level(XMLStreamReader r, String template) {
        String value = attribute(r, "level", template);
        try {
            int level = Integer.parseInt(value.strip());
            if (level >= 1 && level <= 9) {
                return level;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(r, template, "<heading level=\"" + value + "\">: the level is a number from 1 to 9");
    }

    // <header/> or <header><subject>V/v text</subject></header>
    private static List<Run> subject(XMLStreamReader r, String template) throws XMLStreamException {
        List<Run> subject = List.of();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("subject")) {
                throw error(r, template, "a <header> holds only <subject>, not <" + r.getLocalName() + ">");
            }
            subject = runs(r, template, false, false);
        }
        return subject;
    }

    private static Addressees addressees(XMLStreamReader r, String template) throws XMLStreamException {
        String align = r.getAttributeValue(null, "align");
        if (align != null && !align.equals("left") && !align.equals("center")) {
            throw error(r, template, "<addressees align=\"" + align + "\">: use left or center");
        }
        List<List<Run>> lines = new ArrayList<>();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("to")) {
                throw error(r, template, "<addressees> holds <to> lines, not <" + r.getLocalName() + ">");
            }
            lines.add(runs(r, template, false, false));
        }
        return new Addressees("center".equals(align), lines);
    }

    private static List<Run> runs(XMLStreamReader r, String template, boolean bold, boolean italic) throws XMLStreamException {
        List<Run> runs = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                runs.add(new Run(r.getText(), bold, italic, false));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "b" -> runs.addAll(runs(r, template, true, italic));
                    case "i" -> runs.addAll(runs(r, template, bold, true));
                    case "footnote" -> runs.add(new Run(r.getElementText(), false, false, true));
                    default -> throw error(r, template, "<" + r.getLocalName() + "> cannot stand inside text; use b, i or footnote");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return runs;
            }
        }
        return runs;
    }

    private static Table table(XMLStreamReader r, String template) throws XMLStreamException {
        List<List<Cell>> header = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Double> widths = widths(r, template);
        boolean split = "true".equals(r.getAttributeValue(null, "split"));
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("table")) {
                break;
            }
            if (event == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("tr")) {
                boolean isHeader = "true".equals(r.getAttributeValue(null, "header"));
                boolean group = "true".equals(r.getAttributeValue(null, "group"));
                List<Cell> cells = new ArrayList<>();
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (!r.getLocalName().equals("td")) {
                        throw error(r, template, "a <tr> holds <td> cells, not <" + r.getLocalName() + ">");
                    }
                    int colspan = intAttribute(r, "colspan");
                    int rowspan = intAttribute(r, "rowspan");
                    cells.add(new Cell(runs(r, template, isHeader || group, false), colspan, rowspan));
                }
                if (isHeader) {
                    header.add(cells);
                } else {
                    rows.add(new Row(cells, group));
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw error(r, template, "a <table> holds <tr> rows, not <" + r.getLocalName() + ">");
            }
        }
        if (header.isEmpty() && rows.isEmpty()) {
            throw error(r, template, "a <table> needs at least one <tr>");
        }
        return new Table(header, rows, widths, split);
    }

    // widths="1,8,3": relative column widths, all positive
    private static List<Double> widths(XMLStreamReader r, String template) {
        String value = r.getAttributeValue(null, "widths");
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<Double> widths = new ArrayList<>();
        for (String part : value.split(",")) {
            try {
                double w = Double.parseDouble(part.strip());
                if (w > 0 && w <= 100) {
                    widths.add(w);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw error(r, template, "<table widths=\"" + value + "\">: each width is a number above 0 and at most 100");
        }
        return widths;
    }

    private static int intAttribute(XMLStreamReader r, String name) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= 64) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new RenderException("<td " + name + "=\"" + value + "\">: a number from 1 to 64 (output line "
                + r.getLocation().getLineNumber() + ")");
    }

    private static String attribute(XMLStreamReader r, String name, String template) {
        String value = r.getAttributeValue(null, name);
        if (value == null) {
            throw error(r, template, "<" + r.getLocalName() + "> needs the attribute " + name);
        }
        return value;
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static RenderException error(XMLStreamReader r, String template, String message) {
        return new RenderException(template + ": " + message + " (output line " + r.getLocation().getLineNumber() + ")");
    }
}

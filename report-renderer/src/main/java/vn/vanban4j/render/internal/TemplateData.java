package vn.vanban4j.render.internal;

import freemarker.core.TemplateXMLOutputModel;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Footnote;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Meeting;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskColumn;
import vn.vanban4j.model.TaskField;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;

/**
 * The data a template sees: plain maps, lists and strings (no Java objects, so templates reach
 * nothing outside the document). Text with emphasis and footnotes is ready-made XML markup.
 */
public final class TemplateData {
    // "**bold**" and "*italic*": a star opens when it does not follow a letter, digit or star and is
    // followed by text (not a space or closing punctuation); it closes when it follows text (not a
    // space or opening punctuation) and no letter or digit follows. Any other star is a star.
    private static final String OPEN = "(?<![\\p{L}\\p{N}*])";
    private static final String CLOSE = "(?![\\p{L}\\p{N}*])";
    private static final Pattern EMPHASIS = Pattern.compile(
            OPEN + "\\*\\*(?=[^\\s*)\\]}.,;:!?])(.+?)(?<=[^\\s*(\\[{])\\*\\*" + CLOSE
            + "|" + OPEN + "\\*(?=[^\\s*)\\]}.,;:!?])([^*]+?)(?<=[^\\s(\\[{])\\*" + CLOSE);
    /** Stands for an escaped star while emphasis is found; never in printable text. */
    private static final char LITERAL_STAR = '\uFFFF';

    private TemplateData() {
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    // a signature as templates see it: authority lines already in the family's style ("T/M", "TM.")
    private static Map<String, Object> signature(vn.vanban4j.model.Signature sig, vn.vanban4j.model.Family family) {
        List<String> authorities = new ArrayList<>();
        sig.authorityLines(family).forEach(a -> authorities.addAll(Header.lines(a)));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authorities", authorities);
        m.put("position", sig.position().replace('\n', ' '));
        m.put("positionLines", Header.lines(sig.position()));
        m.put("signer", sig.signer());
        m.put("image", orEmpty(sig.image()));
        return m;
    }

    private static Map<String, Object> reportingSchedule(vn.vanban4j.model.ReportingSchedule r) {
        if (r == null) {
            return Map.of();
        }
        List<Object> reports = new ArrayList<>();
        r.reports().forEach(d -> reports.add(Map.of("name", d.name(), "deadline", orEmpty(d.deadline()), "note", orEmpty(d.note()))));
        return Map.of("reporters", r.reporters(), "recipient", r.recipient(), "via", orEmpty(r.via()), "reports", reports);
    }

    public static Map<String, Object> of(Document doc) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", VietnameseText.upper(doc.kind().vietnameseName()));
        data.put("kindName", doc.kind().vietnameseName());
        data.put("kindCode", doc.kind().name());
        data.put("family", doc.family().name());
        data.put("number", doc.number() == null ? "" : doc.number().toString());
        data.put("issuer", doc.header().issuerName());
        data.put("header", Map.of("superior", doc.header().superiorLines(), "issuer", doc.header().issuerLines()));
        data.put("place", orEmpty(doc.place()));
        data.put("issueDate", doc.issueDate() == null ? "" : doc.issueDate().toString());
        data.put("date", doc.issueDate() == null ? "" : VietnameseText.longDate(doc.issueDate()));
        data.put("dateLine", doc.issueDate() == null ? orEmpty(doc.place()) : doc.place() == null
                ? VietnameseText.longDate(doc.issueDate()) : doc.place() + ", " + VietnameseText.longDate(doc.issueDate()));
        List<Object> recipients = new ArrayList<>();
        doc.recipients().forEach(r -> recipients.add(Map.of("name", r.name(), "purpose", orEmpty(r.purpose()))));
        data.put("recipients", recipients);
        data.put("filing", orEmpty(doc.filing()));
        List<Object> signatures = new ArrayList<>();
        doc.signatures().forEach(sig -> signatures.add(signature(sig, doc.family())));
        data.put("signatures", signatures);
        data.put("signature", signatures.isEmpty() ? Map.of() : signatures.get(0));
        data.put("reportingSchedule", reportingSchedule(doc.reportingSchedule()));
        data.put("personalPlans", doc.personalPlans() == null ? Map.of() : Map.of("deadline", orEmpty(doc.personalPlans().deadline()),
                "exemptions", doc.personalPlans().exemptions(), "keyLeaderDuty", orEmpty(doc.personalPlans().keyLeaderDuty())));
        data.put("funding", doc.funding() == null ? "" : markup(doc.funding(), List.of()));
        data.put("summary", markup(doc.summary() == null ? "" : doc.summary(), List.of()));
        data.put("addressees", doc.addressees().stream().map(a -> markup(a, List.of())).toList());
        data.put("meeting", meeting(doc.meeting()));
        data.put("decidingAuthority", doc.decidingAuthority() == null ? List.of() : Header.lines(doc.decidingAuthority()));
        data.put("decides", doc.kind() == DocumentKind.RESOLUTION ? "QUYẾT NGHỊ:" : "QUYẾT ĐỊNH:");
        List<Object> preamble = new ArrayList<>();
        doc.preamble().forEach(p -> preamble.add(markup(p, List.of())));
        data.put("preamble", preamble);
        data.put("enacting", doc.enacting() == null ? "" : markup(doc.enacting(), List.of()));
        data.put("conclusion", doc.conclusion() == null ? "" : markup(doc.conclusion(), List.of()));
        List<Object> sections = new ArrayList<>();
        doc.sections().forEach(s -> sections.add(block(s, 1)));
        data.put("sections", sections);
        List<Object> appendices = new ArrayList<>();
        for (Appendix appendix : doc.appendices()) {
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("kind", appendix.kind().name());
            a.put("heading", appendix.heading());
            a.put("title", appendix.title() == null ? "" : markup(appendix.title(), List.of()));
            a.put("note", appendix.note() == null ? "" : appendix.note());
            List<Object> body = new ArrayList<>();
            appendix.sections().forEach(s -> body.add(block(s, 1)));
            a.put("sections", body);
            a.put("form", appendix.form() == null ? "" : table(appendix.form()));
            a.put("landscape", appendix.landscapePages());
            appendices.add(a);
        }
        data.put("appendices", appendices);
        return data;
    }

    private static final Pattern ROMAN = Pattern.compile("[IVXLC]+[.\\-)]?");
    private static final Pattern ARABIC = Pattern.compile("\\d+[.\\-)]?");
    private static final Pattern DOTTED = Pattern.compile("\\d+(\\.\\d+)+\\.?");
    private static final Pattern LETTER = Pattern.compile("\\p{Ll}\\)");

    /**
     * The heading level a numbering style stands for: "I." 1, "1." 2, "1.1." 3, "2.1.1." and "a)" 4;
     * 0 when the numbering says nothing (the template then uses the depth).
     */
    static int headingLevel(String number) {
        if (number == null) {
            return 0;
        }
        String n = number.strip();
        if (ROMAN.matcher(n).matches()) {
            return 1;
        }
        if (ARABIC.matcher(n).matches()) {
            return 2;
        }
        if (DOTTED.matcher(n).matches()) {
            return Math.min(4, 1 + n.split("\\.").length);
        }
        return LETTER.matcher(n).matches() ? 4 : 0;
    }

    private static Map<String, Object> meeting(Meeting m) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("time", m == null || m.time() == null ? "" : m.time());
        data.put("place", m == null || m.place() == null ? "" : m.place());
        data.put("chair", m == null || m.chair() == null ? "" : m.chair());
        data.put("secretary", m == null || m.secretary() == null ? "" : m.secretary());
        data.put("participants", m == null ? List.of() : m.participants());
        data.put("ended", m == null || m.ended() == null ? "" : m.ended());
        return data;
    }

    /** A guess of the block XML's size: the document's text plus markup per block. */
    public static int expectedOutput(Document doc) {
        int[] chars = {4096};
        doc.preamble().forEach(p -> chars[0] += p.length() + 32);
        doc.sections().forEach(s -> chars[0] += size(s));
        doc.appendices().forEach(a -> a.sections().forEach(s -> chars[0] += size(s)));
        return chars[0]; // counts the markup of each block already: 107-KH/ThU 28,955 for 23,428 written
    }

    private static int size(Block block) {
        if (block instanceof Section s) {
            int n = 64 + (s.title() == null ? 0 : s.title().length());
            for (Block b : s.content()) {
                n += size(b);
            }
            return n;
        }
        if (block instanceof Paragraph p) {
            return 32 + p.text().length() + p.footnotes().stream().mapToInt(f -> f.text().length() + 24).sum();
        }
        if (block instanceof Task t) {
            return 32 + (t.text() == null ? 0 : t.text().length()) + t.footnotes().stream().mapToInt(f -> f.text().length() + 24).sum();
        }
        return 1024;
    }

    // depth: how deep the block stands, 1 for a top-level section
    @SuppressWarnings("unchecked")
    private static Map<String, Object> block(Block block, int depth) {
        Map<String, Object> b = new LinkedHashMap<>();
        if (block instanceof Section s) {
            b.put("type", "section");
            b.put("number", s.number() == null ? "" : s.number());
            int byNumber = headingLevel(s.number());
            b.put("level", byNumber > 0 ? byNumber : depth);
            b.put("title", s.title() == null ? "" : markup(s.title(), List.of()));
            List<Object> content = new ArrayList<>();
            s.content().forEach(c -> content.add(block(c, depth + 1)));
            // a numbered section without a title lends its number to its first paragraph ("1. Ban cán sự đảng ...");
            // an article ("Điều 1.") keeps it for the article's own bold label
            if (s.title() == null && s.number() != null && !s.number().startsWith("Điều") && !content.isEmpty()
                    && content.get(0) instanceof Map<?, ?> first && first.containsKey("marker")) {
                Map<String, Object> lent = new LinkedHashMap<>((Map<String, Object>) first);
                String marker = (String) lent.get("marker");
                lent.put("marker", marker.isEmpty() ? s.number() : s.number() + " " + marker);
                content.set(0, lent);
            }
            b.put("content", content);
        } else if (block instanceof Paragraph p) {
            b.put("type", "paragraph");
            b.put("marker", p.marker() == null ? "" : p.marker());
            b.put("text", markup(p.text(), p.footnotes()));
        } else if (block instanceof Task t) {
            b.put("type", "task");
            b.put("marker", t.marker() == null ? "" : t.marker());
            String text = t.text() != null ? t.text() : t.action();
            b.put("text", markup(text, t.footnotes()));
            b.put("lead", t.lead());
            b.put("partners", t.partners());
            b.put("deadline", t.deadline() == null ? "" : t.deadline());
            b.put("audience", t.audience());
            b.put("recurrence", orEmpty(t.recurrence()));
            b.put("supervisor", orEmpty(t.supervisor()));
            b.put("product", orEmpty(t.product()));
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof TaskTable t) {
            return taskTable(t);
        }
        return b;
    }

    // a task table as rows of cells: a group row holds its number and title, a task row one cell per column
    private static Map<String, Object> taskTable(TaskTable t) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "taskTable");
        List<Object> columns = new ArrayList<>();
        StringBuilder widths = new StringBuilder();
        boolean allWidths = true;
        for (TaskColumn c : t.columns()) {
            columns.add(c.title());
            allWidths &= c.relativeWidth() != null;
            widths.append(widths.length() == 0 ? "" : ",").append(c.relativeWidth() == null ? "" : stripZero(c.relativeWidth()));
        }
        b.put("columns", columns);
        b.put("widths", allWidths ? widths.toString() : "");
        List<Object> rows = new ArrayList<>();
        taskRows(t.rows(), t.columns(), rows);
        b.put("rows", rows);
        return b;
    }

    private static String stripZero(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static void taskRows(List<Block> blocks, List<TaskColumn> columns, List<Object> rows) {
        for (Block block : blocks) {
            Map<String, Object> row = new LinkedHashMap<>();
            if (block instanceof Section group) {
                row.put("group", true);
                String title = (group.number() == null ? "" : group.number() + " ") + (group.title() == null ? "" : group.title());
                row.put("cells", List.of(markup(title.strip(), List.of())));
                rows.add(row);
                taskRows(group.content(), columns, rows);
            } else if (block instanceof Task task) {
                row.put("group", false);
                List<Object> cells = new ArrayList<>();
                for (TaskColumn c : columns) {
                    cells.add(markup(cell(task, c.field()), c.field() == TaskField.CONTENT ? task.footnotes() : List.of()));
                }
                row.put("cells", cells);
                rows.add(row);
            }
        }
    }

    private static String cell(Task task, TaskField field) {
        String value = switch (field) {
            case NUMBER -> task.marker();
            case CONTENT -> task.text() != null ? task.text() : task.action();
            case LEAD -> String.join("; ", task.lead());
            case PARTNERS -> String.join("; ", task.partners());
            case SUPERVISOR -> task.supervisor();
            case DEADLINE -> task.deadline();
            case PRODUCT -> task.product();
        };
        return value == null ? "" : value;
    }

    private static Map<String, Object> table(Table t) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "table");
        // header rows: a grouped column spans its children and a leaf under no group spans the depth
        int depth = t.headerDepth();
        List<List<Map<String, Object>>> header = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            header.add(new ArrayList<>());
        }
        for (Column c : t.columns()) {
            headerCells(c, 0, depth, header);
        }
        b.put("header", header);
        b.put("rows", t.rows());
        b.put("width", t.width());
        List<Column> leaves = t.columns().stream().flatMap(c -> c.leaves().stream()).toList();
        boolean allWidths = leaves.stream().allMatch(c -> c.relativeWidth() != null);
        b.put("widths", allWidths ? String.join(",", leaves.stream().map(c -> stripZero(c.relativeWidth())).toList()) : "");
        return b;
    }

    private static void headerCells(Column c, int row, int depth, List<List<Map<String, Object>>> header) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("text", c.title());
        cell.put("colspan", c.width());
        cell.put("rowspan", c.children().isEmpty() ? depth - row : 1);
        header.get(row).add(cell);
        for (Column child : c.children()) {
            headerCells(child, row + 1, depth, header);
        }
    }

    /**
     * Text as XML markup: escaped, "*x*" as &lt;i&gt;, "**x**" as &lt;b&gt;, "\\*" as a star, every
     * other star as itself, footnotes (plain text) after their anchors. Emphasis does not run across
     * a footnote anchor.
     */
    static TemplateXMLOutputModel markup(String text, List<Footnote> footnotes) {
        if (footnotes.isEmpty() && isOwnMarkup(text)) {
            return fromMarkup(text); // most text: nothing to escape, no emphasis, no footnote
        }
        String plain = printable(text);
        // where each footnote goes: after the first occurrence of its anchor, else at the end
        int[] at = new int[footnotes.size()];
        for (int i = 0; i < at.length; i++) {
            String anchor = printable(footnotes.get(i).after());
            int found = plain.indexOf(anchor);
            at[i] = found < 0 ? plain.length() : found + anchor.length();
        }
        Integer[] order = new Integer[at.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> at[i])); // stable: file order on ties
        StringBuilder xml = new StringBuilder(plain.length() + 16);
        int from = 0;
        for (int i : order) {
            emphasis(plain.substring(from, at[i]), xml);
            xml.append("<footnote>").append(escape(footnotes.get(i).text())).append("</footnote>");
            from = at[i];
        }
        emphasis(plain.substring(from), xml);
        return fromMarkup(xml.toString());
    }

    private static TemplateXMLOutputModel fromMarkup(String xml) {
        try {
            return XMLOutputFormat.INSTANCE.fromMarkup(xml);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    // printable, with nothing to escape and no star
    private static boolean isOwnMarkup(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' && c != '\r'
                    : c >= 0xD800 || c == '&' || c == '<' || c == '>' || c == '"' || c == '*') {
                return false;
            }
        }
        return true;
    }

    private static void emphasis(String text, StringBuilder xml) {
        if (text.indexOf('*') < 0) {
            escape(text, xml);
            return;
        }
        String t = text.replace("\\*", String.valueOf(LITERAL_STAR));
        Matcher m = EMPHASIS.matcher(t);
        int at = 0;
        while (m.find()) {
            xml.append(literal(t.substring(at, m.start())));
            xml.append(m.group(1) != null ? "<b>" + literal(m.group(1)) + "</b>" : "<i>" + literal(m.group(2)) + "</i>");
            at = m.end();
        }
        xml.append(literal(t.substring(at)));
    }

    private static String literal(String text) {
        return escape(text.replace(LITERAL_STAR, '*'));
    }

    static String escape(String text) {
        return printable(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    // escape(text), appended: one pass, no copy
    private static void escape(String text, StringBuilder xml) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                default -> xml.append(isXmlChar(text, i) ? c : '\uFFFD');
            }
        }
    }

    /**
     * The text with every character XML cannot carry (controls other than tab and line breaks, lone
     * surrogates) shown as U+FFFD: text built in code or read from a workbook may hold them, and a
     * DOCX holding them does not open.
     */
    static String printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isXmlChar(text, i)) {
                StringBuilder out = new StringBuilder(text.length());
                for (int k = 0; k < text.length(); k++) {
                    out.append(isXmlChar(text, k) ? text.charAt(k) : '\uFFFD');
                }
                return out.toString();
            }
        }
        return text;
    }

    static boolean isXmlChar(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0xD800) {
            return true; // nearly every character: one comparison, inlined where it is called
        }
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c != 0xFFFE && c != 0xFFFF;
    }
}

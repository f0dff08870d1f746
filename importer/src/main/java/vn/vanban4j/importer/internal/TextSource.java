package vn.vanban4j.importer.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracted text as lines: each line split into columns where wide gaps part them (the header's two
 * columns side by side, as pdftotext -layout writes them), with its indent. Page numbers standing
 * alone and the text of digital-signature stamps are dropped.
 */
public final class TextSource {
    private static final Pattern BLANK_BEFORE = Pattern.compile("(^Số\\s*:?|\\bngày|\\btháng)\\s*$");
    private static final Pattern BLANK_AFTER = Pattern.compile("^(tháng|năm\\s+\\d{4}|[/-]\\s*\\p{Lu})");
    private static final Pattern GAP = Pattern.compile(" {4,}|\t+");
    // a bullet drawn from a symbol font (Word's Symbol and Wingdings bullets come out as U+F0B7, U+F0A7, U+F0D8 ...) or
    // as a shape: the bullet "•"
    private static final Pattern SYMBOL_BULLET = Pattern.compile("^(\\s*)[\\uF020-\\uF0FF●▪◦■❖➢►]\\s*(?=\\S)");
    private static final Pattern TWO_CELL_ROW = Pattern.compile("\\|([^|]*)\\|([^|]*)\\|\\s*");
    private static final Pattern RULE_CELLS = Pattern.compile("[|:\\s-]*");
    // a page's number ("- 2 -", "3"), or the page banner of a converter or OCR tool ("PAGE 1", "Trang 2/5", "Page 3 of 7")
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*-?\\s*\\d{1,3}\\s*-?\\s*|(?i)\\s*(?:page|trang)\\s*\\d{1,4}(?:\\s*(?:/|of|trên)\\s*\\d{1,4})?\\s*");
    // the Official Gazette's running head on every page ("84   CÔNG BÁO/Số 302 + 303/Ngày 15-5-2026"), and the headings a
    // web page puts around a document's text ("THÔNG TIN VĂN BẢN", "VĂN BẢN"): no part of the document
    private static final Pattern GAZETTE_OR_PAGE_CHROME = Pattern.compile("\\s*(?:\\d{1,4}\\s+)?CÔNG BÁO\\s*/\\s*Số[\\d\\s+]{1,20}/\\s*Ngày\\s*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}(?:\\s+\\d{1,4})?\\s*"
            + "|\\s*(?:THÔNG TIN VĂN BẢN|VĂN BẢN|TOÀN VĂN|VĂN BẢN GỐC|THUỘC TÍNH VĂN BẢN|NỘI DUNG VĂN BẢN)\\s*"
            // ... and its table of the document's facts: "| Số hiệu | 32/2026/NQ-CP |", "| Trích yếu | ... |"
            + "|\\s*\\|\\s*(?:Số hiệu|Loại văn bản|Cơ quan ban hành|Ngày ban hành|Nơi ban hành|Trích yếu|Người ký|Trạng thái"
            + "|Hiệu lực|Tình trạng hiệu lực|Ngày hiệu lực|Lĩnh vực)\\s*\\|[^|]*\\|?\\s*");
    // a static site's front matter at the top of a markdown copy: "---", "title: ...", "date: ...", "---"
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\uFEFF?---\\R(?:(?!---\\R).*\\R){1,80}?---\\R");
    // a character a markdown converter escaped ("\\*" for the Party header's star, "\\-", "1\\.")
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([-.#+!\\[\\]()`>~|])");
    // text copied from a web page: markdown emphasis ("**BỘ NỘI VỤ**", "*Hà Nội, ngày ...*"), headings ("## "),
    // a table's cell separators standing alone ("|")
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|(?<=^|\\s)\\*(?=[^\\s*])|(?<=[^\\s*])\\*(?=\\s|$)");
    private static final Pattern LEADING_RULE = Pattern.compile("^(?<rule>\\s*-{3,})\\s+(?<rest>\\p{L}.*)$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+");
    private static final Pattern CELL_BREAK = Pattern.compile("^[\\s|]*\\|[\\s|]*$");
    private static final Pattern STAMP = Pattern.compile("(?i)\\s*(Ký bởi|Cơ quan|Thời gian ký|Email|Người ký|Chức vụ)\\s*:.*");

    private TextSource() {
    }

    public static List<Item> read(String text, Budget budget) {
        var limits = budget.limits();
        budget.atMost(text.length(), limits.textChars(), ImportMessages.CHARACTERS, "textChars");
        List<Item> items = new ArrayList<>();
        // the front matter goes, its lines left blank so that every finding names the line it came from
        String[] lines = FRONT_MATTER.matcher(Normalizer.normalize(fewCombiningMarks(text), Normalizer.Form.NFC))
                .replaceFirst(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()))
                .replace('\u00a0', ' ').replace('\f', '\n').split("\\R");
        budget.atMost(lines.length, limits.paragraphs(), ImportMessages.LINES, "paragraphs");
        for (int n = 0; n < lines.length; n++) {
            if (lines[n].length() > limits.lineChars()) {
                throw new vn.vanban4j.importer.ImportException(budget.source(), "line " + (n + 1) + " is longer than "
                        + limits.lineChars() + " characters; the limit is ImportLimits.lineChars");
            }
            if ((n & 0x3FF) == 0) {
                budget.tick();
            }
            addRaw(lines[n], "line " + (n + 1), items);
        }
        return items;
    }

    /**
     * The text with at most four combining marks on a letter (Vietnamese needs two): normalising a
     * long run of stacked marks costs the square of its length, so a hostile run is cut first.
     */
    static String fewCombiningMarks(String text) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > 4) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                continue;
            }
            if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Adds one raw line: blank, dropped (a page number, a signature stamp) or split into its columns. */
    static void addRaw(String line, String source, List<Item> items) {
        addRaw(line, source, List.of(), items);
    }

    /** Adds one raw line whose text carries {@code footnotes} (a PDF's marks, taken out of the text). */
    static void addRaw(String line, String source, List<vn.vanban4j.model.Footnote> footnotes, List<Item> items) {
        String raw = Normalizer.normalize(fewCombiningMarks(line), Normalizer.Form.NFC).replace('\u00a0', ' ').stripTrailing();
        boolean escapes = raw.indexOf('\\') >= 0;
        if (escapes) {
            // escaped stars and underscores are text, not emphasis: kept apart while the emphasis goes
            raw = MARKDOWN_ESCAPE.matcher(raw.replace("\\*", "\uE000").replace("\\_", "\uE001")).replaceAll("$1");
        }
        if (raw.indexOf('*') >= 0 || raw.indexOf('_') >= 0) {
            raw = EMPHASIS.matcher(raw).replaceAll("");
        }
        if (escapes) {
            raw = raw.replace('\uE000', '*').replace('\uE001', '_');
        }
        raw = MARKDOWN_HEADING.matcher(raw).replaceFirst("");
        raw = SYMBOL_BULLET.matcher(raw).replaceFirst("$1• ");
        if (raw.isBlank() || CELL_BREAK.matcher(raw).matches()) {
            items.add(new Item.Line("", 0, 1, null, -1, false, List.of(), source));
        } else if (LEADING_RULE.matcher(raw).matches()) {
            // "----- Căn cứ Điều lệ Đảng, ...": the rule under a title and the first line of the body, joined by extraction
            Matcher rule = LEADING_RULE.matcher(raw);
            rule.matches();
            addLine(rule.group("rule"), source, items);
            addRaw(rule.group("rest"), source, footnotes, items);
        } else if (!PAGE_NUMBER.matcher(raw).matches() && !STAMP.matcher(raw).matches() && !GAZETTE_OR_PAGE_CHROME.matcher(raw).matches()) {
            int from = items.size();
            addLine(raw, source, items);
            if (!footnotes.isEmpty() && items.size() > from && items.get(from) instanceof Item.Line l) {
                items.set(from, new Item.Line(l.text(), l.column(), l.columns(), l.bold(), l.indent(), l.whole(), footnotes, l.source()));
            }
        }
    }

    /** Adds a raw line (leading spaces as indent), split into its columns. */
    static void addLine(String raw, String source, List<Item> items) {
        int indent = 0;
        while (indent < raw.length() && raw.charAt(indent) == ' ') {
            indent++;
        }
        String content = raw.substring(indent);
        Matcher row = TWO_CELL_ROW.matcher(content);
        if (row.matches() && GAP.matcher(content).find()) {
            // a row of a two-column layout table drawn as text, its cells padded to their width (antiword:
            // "|Nơi nhận:          |GIÁM ĐỐC       |"): its cells are its columns. A Markdown row ("| a | b |") stays a line
            if (!RULE_CELLS.matcher(content).matches()) {
                for (int cell = 1; cell <= 2; cell++) {
                    String part = fold(row.group(cell));
                    if (!part.isEmpty()) {
                        int start = row.start(cell) + row.group(cell).indexOf(part.charAt(0));
                        items.add(new Item.Line(part, cell - 1, 2, null, indent + start, false, List.of(), source));
                    }
                }
            }
            return;
        }
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher gap = GAP.matcher(content);
        int at = 0;
        while (gap.find()) {
            parts.add(content.substring(at, gap.start()));
            starts.add(indent + at);
            at = gap.end();
        }
        parts.add(content.substring(at));
        starts.add(indent + at);
        // blanks left for the number and the day and month of a draft are not column gaps:
        // "Số:           /KH-UBND", "Lào Cai, ngày       tháng      năm 2026"
        for (int i = parts.size() - 2; i >= 0; i--) {
            if (BLANK_BEFORE.matcher(parts.get(i)).find() || BLANK_AFTER.matcher(parts.get(i + 1)).find()) {
                parts.set(i, parts.get(i) + " " + parts.remove(i + 1));
                starts.remove(i + 1);
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = fold(parts.get(i));
            if (!part.isEmpty()) {
                items.add(new Item.Line(part, i, parts.size(), null, starts.get(i), false, List.of(), source));
            }
        }
    }

    /** NFC, spaces folded, trimmed. */
    static String fold(String text) {
        return Normalizer.normalize(fewCombiningMarks(text), Normalizer.Form.NFC).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}

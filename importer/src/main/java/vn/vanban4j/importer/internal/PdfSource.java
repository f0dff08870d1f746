package vn.vanban4j.importer.internal;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.model.Message;

/**
 * The text layer of a PDF, laid out by position: glyphs grouped into lines by height, placed in
 * character columns by their x, so the header's two columns stay apart and paragraph indents show;
 * a wide vertical gap becomes a blank line. Tables drawn with rules come back as grids, a glyph to
 * the cell its rules enclose. Glyphs stamped over others (the number and the day an e-office system
 * stamps at signing, in annotations) win over what they cover. Scanned PDFs have no text layer:
 * their OCR text goes in as text.
 */
public final class PdfSource {
    private static final int MAX_RULES = 20_000;
    private static final java.util.regex.Pattern NOTE_START = java.util.regex.Pattern.compile("^(\\d{1,3})\\s*(\\S.*)$");

    private PdfSource() {
    }

    public static List<Item> read(byte[] bytes, Budget budget) {
        String source = budget.source();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            budget.atMost(pdf.getNumberOfPages(), budget.limits().pages(), ImportMessages.PAGES, "pages");
            Collector collector = new Collector(budget);
            collector.setSortByPosition(true);
            collector.getText(pdf);
            List<Item> items = withoutPageFurniture(collector.items);
            if (items.stream().noneMatch(i -> i instanceof Item.Line l && !l.blank() || i instanceof Item.Grid)) {
                throw new ImportException(Reason.NO_TEXT, source, Message.of(ImportMessages.PDF_NO_TEXT));
            }
            return items;
        } catch (InvalidPasswordException e) {
            throw new ImportException(Reason.ENCRYPTED, source, Message.of(ImportMessages.PDF_ENCRYPTED));
        } catch (IOException e) {
            throw new ImportException(Reason.DAMAGED, source, Message.of(ImportMessages.PDF_UNREADABLE, e.getMessage()), e);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) { // PDFBox on a damaged file throws what its objects happen to throw
            throw new ImportException(Reason.DAMAGED, source, Message.of(ImportMessages.PDF_DAMAGED, e));
        } catch (StackOverflowError e) {
            throw new ImportException(Reason.DAMAGED, source, Message.of(ImportMessages.PDF_ENDLESS));
        }
    }

    private static final java.util.regex.Pattern PAGE_OF = java.util.regex.Pattern.compile("^page (\\d+),.*");
    private static final int EDGE_LINES = 2;

    /**
     * The items without the lines every page repeats at its top or bottom (a running title, the number
     * and date in a footer, "Trang 2/5"): a line is furniture when the same words, digits aside, stand
     * among the first or last lines of two pages or more.
     */
    static List<Item> withoutPageFurniture(List<Item> items) {
        java.util.Map<Integer, List<Integer>> pages = new java.util.TreeMap<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Item.Line l && !l.blank()) {
                java.util.regex.Matcher m = PAGE_OF.matcher(l.source());
                if (m.matches()) {
                    pages.computeIfAbsent(Integer.valueOf(m.group(1)), k -> new ArrayList<>()).add(i);
                }
            }
        }
        if (pages.size() < 2) {
            return items;
        }
        java.util.Map<String, java.util.Set<Integer>> seen = new java.util.HashMap<>();
        java.util.Map<Integer, String> edgeKeys = new java.util.HashMap<>();
        for (var page : pages.entrySet()) {
            List<Integer> lines = page.getValue();
            boolean first = page.getKey() == pages.keySet().iterator().next();
            for (int k = 0; k < lines.size(); k++) {
                // the first page's top is the document's own header, never furniture
                if (k < EDGE_LINES && !first || k >= lines.size() - EDGE_LINES) {
                    String key = furnitureKey(((Item.Line) items.get(lines.get(k))).text());
                    if (key.length() >= 3) {
                        seen.computeIfAbsent(key, x -> new java.util.HashSet<>()).add(page.getKey());
                        edgeKeys.put(lines.get(k), key);
                    }
                }
            }
        }
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String key = edgeKeys.get(i);
            if (key == null || seen.get(key).size() < 2) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    // an annex's heading keeps its number: "PHỤ LỤC 1" and "PHỤ LỤC 2" atop two pages are two annexes, not a running title
    private static final java.util.regex.Pattern NUMBERED_HEADING = java.util.regex.Pattern.compile("(?iu)^(?:phụ lục|biểu|mẫu)\\s.*");

    private static String furnitureKey(String text) {
        String key = vn.vanban4j.model.VietnameseText.nameKey(text);
        return NUMBERED_HEADING.matcher(key).matches() ? key : vn.vanban4j.model.VietnameseText.nameKey(text.replaceAll("\\d+", "#"));
    }

    // a page's content, unpacked and counted before it is drawn: a stream that inflates to gigabytes stops at the limit
    private static void checkContent(PDPage page, Budget budget) throws IOException {
        long limit = budget.limits().contentBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream in = page.getContents()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw new ImportException(Reason.LIMIT, budget.source(),
                            Message.of(ImportMessages.PDF_CONTENT_TOO_LARGE, Budget.size(limit)));
                }
                budget.tick();
            }
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw() throws IOException;
    }

    // forms a page draws, nested or not, counted: forms that draw each other 2^30 times stop at the limit
    private static final class FormCount {
        private final Budget budget;
        private int calls;
        private int depth;

        FormCount(Budget budget) {
            this.budget = budget;
        }

        /** Draws a form, counted and its nesting bounded. */
        void draw(Drawing drawing) throws IOException {
            budget.atMost(++calls, budget.limits().formCalls(), ImportMessages.FORM_DRAWINGS, "formCalls");
            if (++depth > 32) {
                throw new ImportException(Reason.LIMIT, budget.source(), Message.of(ImportMessages.PDF_FORMS_TOO_DEEP));
            }
            try {
                drawing.draw();
            } finally {
                depth--;
            }
        }

        void reset() {
            calls = 0;
            depth = 0;
        }
    }

    /** A horizontal or vertical rule of a page, top-down coordinates. */
    private record Rule(double x1, double y1, double x2, double y2) {
        boolean horizontal() {
            return Math.abs(y2 - y1) < 2.5 && x2 - x1 > 8;
        }

        boolean vertical() {
            return Math.abs(x2 - x1) < 2.5 && y2 - y1 > 8;
        }
    }

    /** A table found from its rules: row and column boundaries. */
    private record TableFrame(double top, double bottom, double left, double right, List<Double> rows, List<Double> columns,
            List<Rule> verticals) {
        boolean contains(double x, double y) {
            return x >= left - 1 && x <= right + 1 && y >= top - 1 && y <= bottom + 1;
        }

        // the cell boundaries of a row band: the verticals that cross it
        List<Double> cuts(int row) {
            double a = rows.get(row);
            double b = rows.get(row + 1);
            TreeSet<Double> all = new TreeSet<>(List.of(left, right));
            for (Rule v : verticals) {
                if (v.y1() <= a + 2 && v.y2() >= b - 2) {
                    all.add(round(v.x1()));
                }
            }
            // a border and the table's edge a hair apart are one cut
            List<Double> cuts = new ArrayList<>();
            for (double x : all) {
                if (cuts.isEmpty() || x - cuts.get(cuts.size() - 1) > 3) {
                    cuts.add(x);
                } else if (x == all.last()) {
                    cuts.set(cuts.size() - 1, x);
                }
            }
            return cuts;
        }
    }

    private static double round(double v) {
        return Math.round(v * 2) / 2.0;
    }

    /** Collects each page's rules and glyphs and lays them out as items. */
    private static final class Collector extends PDFTextStripper {
        private final Budget budget;
        private final FormCount forms;
        private final List<Item> items = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private final Map<TextPosition, Integer> order = new IdentityHashMap<>();
        private int pageNumber;

        Collector(Budget budget) throws IOException {
            this.budget = budget;
            this.forms = new FormCount(budget);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            budget.tick();
            checkContent(page, budget);
            forms.reset();
            super.processPage(page);
        }

        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            forms.draw(() -> super.showForm(form));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            order.put(text, glyphs.size());
            glyphs.add(text);
            if ((glyphs.size() & 0x3FF) == 0) {
                budget.atMost(glyphs.size(), budget.limits().glyphsPerPage(), ImportMessages.GLYPHS, "glyphsPerPage");
                budget.tick();
            }
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            pageNumber++;
            // text that e-office systems stamp at signing (the number, the day) lives in annotations
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getNormalAppearanceStream() != null && !annotation.isHidden() && !annotation.isNoView()) {
                    showAnnotation(annotation);
                }
            }
            layoutPage(page);
            glyphs.clear();
            order.clear();
        }

        private void layoutPage(PDPage page) throws IOException {
            if (glyphs.isEmpty()) {
                return;
            }
            double charWidth = averageCharWidth();
            List<TableFrame> tables = tables(rules(page)).stream().filter(t -> !narrowCells(t, charWidth) && !cutsWords(t)).toList();
            List<TextPosition> free = new ArrayList<>();
            Map<TableFrame, List<TextPosition>> inTables = new IdentityHashMap<>();
            for (TextPosition g : glyphs) {
                if (g.getUnicode() == null || g.getUnicode().isBlank()) {
                    continue;
                }
                double x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                double y = g.getYDirAdj() - g.getHeightDir() / 2;
                TableFrame table = tables.stream().filter(t -> t.contains(x, y)).findFirst().orElse(null);
                if (table == null) {
                    free.add(g);
                } else {
                    inTables.computeIfAbsent(table, t -> new ArrayList<>()).add(g);
                }
            }
            List<List<TextPosition>> lines = lines(free);
            // page numbers at the top are neither text nor a gap
            if (!lines.isEmpty() && lines.get(0).stream().allMatch(g -> Character.isDigit(g.getUnicode().charAt(0)))) {
                lines.remove(0);
            }
            Map<List<TextPosition>, List<vn.vanban4j.model.Footnote>> notes = footnotes(lines);
            int t = 0;
            float previousY = Float.NaN;
            int n = 0;
            for (List<TextPosition> line : lines) {
                float y = line.get(0).getYDirAdj();
                while (t < tables.size() && tables.get(t).top() < y) {
                    grid(tables.get(t), inTables.getOrDefault(tables.get(t), List.of()), charWidth);
                    t++;
                    previousY = Float.NaN;
                }
                float h = height(line.get(0));
                String source = "page " + pageNumber + ", line " + (++n);
                if (!Float.isNaN(previousY) && y - previousY > h * 2.2) {
                    items.add(new Item.Line("", 0, 1, null, -1, false, List.of(), source));
                }
                previousY = y;
                TextSource.addRaw(text(line, charWidth, true), source, notes.getOrDefault(line, List.of()), items);
            }
            for (; t < tables.size(); t++) {
                grid(tables.get(t), inTables.getOrDefault(tables.get(t), List.of()), charWidth);
            }
        }

        /**
         * The page's footnotes, apart from its text: the lines at the foot of the page set smaller than the
         * body, each note opening with its number; and the small raised numbers in the body that mark them,
         * taken out of the text. Returns, for each body line holding marks, its footnotes (the words the mark
         * follows, and the note); the footnote lines and the marks are removed from {@code lines}.
         */
        private Map<List<TextPosition>, List<vn.vanban4j.model.Footnote>> footnotes(List<List<TextPosition>> lines) {
            Map<List<TextPosition>, List<vn.vanban4j.model.Footnote>> out = new IdentityHashMap<>();
            float body = commonSize();
            // a mark raised more than half a line stands apart as a "line" of its own: put it back on its line
            for (int i = lines.size() - 2; i >= 0; i--) {
                List<TextPosition> mark = lines.get(i);
                List<TextPosition> next = lines.get(i + 1);
                boolean marksOnly = mark.stream().allMatch(g -> Character.isDigit(g.getUnicode().charAt(0)) && size(g) < body * 0.8);
                if (marksOnly && next.get(0).getYDirAdj() - mark.get(0).getYDirAdj() < body) {
                    next.addAll(mark);
                    next.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                    lines.remove(i);
                }
            }
            int first = lines.size();
            while (first > 0 && smaller(lines.get(first - 1), body)) {
                first--;
            }
            if (first == lines.size() || first == 0 || !startsWithNumber(lines.get(first))) {
                return out;
            }
            Map<String, StringBuilder> byNumber = new java.util.LinkedHashMap<>();
            StringBuilder current = null;
            for (List<TextPosition> line : lines.subList(first, lines.size())) {
                String text = text(line, averageCharWidth(), false).strip();
                java.util.regex.Matcher m = NOTE_START.matcher(text);
                if (m.matches()) {
                    current = new StringBuilder(m.group(2));
                    byNumber.put(m.group(1), current);
                } else if (current != null) {
                    current.append(' ').append(text);
                }
            }
            lines.subList(first, lines.size()).clear();
            for (List<TextPosition> line : lines) {
                float base = line.get(0).getYDirAdj();
                for (TextPosition g : line) {
                    base = Math.max(base, g.getYDirAdj());
                }
                List<TextPosition> marks = new ArrayList<>();
                for (int k = 1; k < line.size(); k++) {
                    TextPosition g = line.get(k);
                    boolean raised = Character.isDigit(g.getUnicode().charAt(0)) && size(g) < body * 0.8 && base - g.getYDirAdj() > 1;
                    if (raised && byNumber.containsKey(g.getUnicode())) {
                        marks.add(g);
                        String note = TextSource.fold(byNumber.get(g.getUnicode()).toString());
                        List<TextPosition> before = new ArrayList<>(line.subList(Math.max(0, k - 60), k));
                        before.removeAll(marks);
                        String[] words = TextSource.fold(text(before, averageCharWidth(), false)).split(" ");
                        String after = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
                        out.computeIfAbsent(line, x -> new ArrayList<>()).add(new vn.vanban4j.model.Footnote(after, note));
                    }
                }
                line.removeAll(marks);
            }
            return out;
        }

        private boolean smaller(List<TextPosition> line, float body) {
            return line.stream().filter(g -> Character.isLetter(g.getUnicode().charAt(0))).mapToDouble(PdfSource.Collector::size).average()
                    .orElse(body) < body * 0.88;
        }

        private static boolean startsWithNumber(List<TextPosition> line) {
            return Character.isDigit(line.get(0).getUnicode().charAt(0));
        }

        private float commonSize() {
            Map<Integer, Integer> sizes = new java.util.HashMap<>();
            for (TextPosition g : glyphs) {
                sizes.merge(Math.round(size(g) * 2), 1, Integer::sum);
            }
            return sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(12f);
        }

        // a table's cells are wider than a letter or two: strokes a seal or a signature is drawn with, lying
        // a few points apart, are not a table's columns
        private static boolean narrowCells(TableFrame table, double charWidth) {
            List<Double> xs = table.columns();
            for (int i = 1; i < xs.size(); i++) {
                double gap = xs.get(i) - xs.get(i - 1);
                if (gap > 3 && gap < charWidth * 1.5) {
                    return true;
                }
            }
            return false;
        }

        // a table's borders never run through a word: lines that a seal, a signature image or a frame draws
        // around running text are not a table ("ào Cai, ngày" cut from "Lào Cai, ngày")
        private boolean cutsWords(TableFrame table) {
            List<TextPosition> inside = new ArrayList<>();
            for (TextPosition g : glyphs) {
                double y = g.getYDirAdj() - g.getHeightDir() / 2;
                if (g.getUnicode() != null && !g.getUnicode().isBlank() && y >= table.top() - 1 && y <= table.bottom() + 1) {
                    inside.add(g);
                }
            }
            int cut = 0;
            for (List<TextPosition> line : lines(inside)) {
                for (int i = 1; i < line.size(); i++) {
                    TextPosition a = line.get(i - 1);
                    TextPosition b = line.get(i);
                    double gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
                    if (gap > size(b) * 0.15 || !Character.isLetterOrDigit(a.getUnicode().charAt(0))
                            || !Character.isLetterOrDigit(b.getUnicode().charAt(0))) {
                        continue; // a space or punctuation: a border may stand there
                    }
                    double left = a.getXDirAdj() + a.getWidthDirAdj() * 0.5;
                    double right = b.getXDirAdj() + b.getWidthDirAdj() * 0.5;
                    double y = a.getYDirAdj() - a.getHeightDir() / 2;
                    for (Rule v : table.verticals()) {
                        if (v.x1() > left && v.x1() < right && v.y1() <= y && v.y2() >= y) {
                            cut++;
                            break;
                        }
                    }
                }
            }
            return cut >= 2 || crossed(table, inside) >= 2;
        }

        // lines of running text that go on across the frame's outer edge, a word space apart ("Hà" outside, "Nội" inside):
        // a box drawn over the text (a signature's frame), for no table's text runs out of it
        private int crossed(TableFrame table, List<TextPosition> inside) {
            int crossed = 0;
            for (List<TextPosition> line : lines(inside)) {
                for (int i = 1; i < line.size(); i++) {
                    TextPosition a = line.get(i - 1);
                    TextPosition b = line.get(i);
                    double gap = b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
                    double left = a.getXDirAdj() + a.getWidthDirAdj() * 0.5;
                    double right = b.getXDirAdj() + b.getWidthDirAdj() * 0.5;
                    boolean acrossLeft = left < table.left() && right > table.left();
                    boolean acrossRight = left < table.right() && right > table.right();
                    if ((acrossLeft || acrossRight) && gap < size(b) * 0.6) {
                        crossed++;
                        break;
                    }
                }
            }
            return crossed;
        }

        // a table's cells: the glyphs between each pair of row rules and column cuts, read as lines
        private void grid(TableFrame table, List<TextPosition> glyphs, double charWidth) {
            List<List<String>> rows = new ArrayList<>();
            List<List<Integer>> spans = new ArrayList<>();
            for (int r = 0; r + 1 < table.rows().size(); r++) {
                double a = table.rows().get(r);
                double b = table.rows().get(r + 1);
                List<Double> cuts = table.cuts(r);
                List<String> cells = new ArrayList<>();
                List<Integer> cellSpans = new ArrayList<>();
                for (int c = 0; c + 1 < cuts.size(); c++) {
                    double x1 = cuts.get(c);
                    double x2 = cuts.get(c + 1);
                    List<TextPosition> in = new ArrayList<>();
                    for (TextPosition g : glyphs) {
                        double x = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                        double y = g.getYDirAdj() - g.getHeightDir() / 2;
                        if (x >= x1 && x < x2 && y >= a && y < b) {
                            in.add(g);
                        }
                    }
                    StringBuilder text = new StringBuilder();
                    for (List<TextPosition> line : lines(in)) {
                        String part = text(line, charWidth, false).strip();
                        boolean glue = text.length() > 0 && (text.charAt(text.length() - 1) == '/'
                                || text.charAt(text.length() - 1) == '-' && !part.isEmpty() && Character.isUpperCase(part.charAt(0)));
                        text.append(text.length() == 0 || glue ? "" : " ").append(part);
                    }
                    cells.add(TextSource.fold(text.toString()));
                    int span = (int) table.columns().stream().filter(x -> x >= x1 - 3 && x < x2 - 3).count();
                    cellSpans.add(Math.max(1, span));
                }
                if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                    rows.add(cells);
                    spans.add(cellSpans);
                }
            }
            if (!rows.isEmpty()) {
                items.add(new Item.Grid(rows, spans, "page " + pageNumber + ", table at y " + Math.round(table.top())));
            }
        }

        // lines: glyphs whose baselines lie within half a glyph height of each other, left to right;
        // a glyph drawn over another replaces it when drawn later
        private List<List<TextPosition>> lines(List<TextPosition> source) {
            List<TextPosition> sorted = new ArrayList<>(source);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> lines = new ArrayList<>();
            for (TextPosition g : sorted) {
                if (g.getUnicode() == null || g.getUnicode().isBlank()) {
                    continue;
                }
                List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                // measured from the line's lowest glyph so far: a day an e-office system stamped a little below the
                // date line's baseline ("ngày" "22" "tháng"), next to a column that sits higher, stays on the line
                TextPosition lowest = last == null ? null : last.get(last.size() - 1);
                if (last != null && Math.abs(lowest.getYDirAdj() - g.getYDirAdj()) < Math.max(2, height(lowest) * 0.5)) {
                    last.add(g);
                } else {
                    lines.add(new ArrayList<>(List.of(g)));
                }
            }
            for (List<TextPosition> line : lines) {
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                List<TextPosition> kept = new ArrayList<>();
                for (TextPosition g : line) {
                    TextPosition previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                    if (previous != null && g.getXDirAdj() < previous.getXDirAdj() + previous.getWidthDirAdj() - g.getWidthDirAdj() * 0.6) {
                        if (order.get(g) > order.get(previous)) {
                            kept.set(kept.size() - 1, g);
                        }
                        continue;
                    }
                    kept.add(g);
                }
                line.clear();
                line.addAll(kept);
            }
            return lines;
        }

        // a line as text: leading spaces for its x, wide gaps as runs of spaces (column gaps), small ones as a space
        private static String text(List<TextPosition> line, double charWidth, boolean layout) {
            StringBuilder text = new StringBuilder();
            double end = Double.NaN;
            for (TextPosition g : line) {
                double x = g.getXDirAdj();
                if (Double.isNaN(end)) {
                    if (layout) {
                        text.append(" ".repeat((int) Math.max(0, Math.round(x / charWidth))));
                    }
                } else {
                    double gap = x - end;
                    if (gap > charWidth * 2.5 && layout) {
                        text.append(" ".repeat((int) Math.max(4, Math.round(gap / charWidth))));
                    } else if (gap > size(g) * 0.15) {
                        text.append(' ');
                    }
                }
                text.append(g.getUnicode());
                end = x + g.getWidthDirAdj();
            }
            return text.toString();
        }

        private List<Rule> rules(PDPage page) throws IOException {
            RuleCollector collector = new RuleCollector(page, forms);
            forms.reset();
            collector.processPage(page);
            return collector.rules;
        }

        // tables: horizontal rules sharing left and right edges, three or more, with verticals between them
        // a border drawn cell by cell (Word: a thin box a cell, a dot at each joint) is one rule: segments on one line,
        // end to end, joined
        private static List<Rule> joined(List<Rule> horizontals) {
            List<Rule> sorted = new ArrayList<>(horizontals);
            sorted.sort(Comparator.comparingDouble((Rule r) -> round(r.y1())).thenComparingDouble(Rule::x1));
            List<Rule> joined = new ArrayList<>();
            for (Rule r : sorted) {
                Rule last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && Math.abs(last.y1() - r.y1()) <= 1 && r.x1() <= last.x2() + 1.5) {
                    joined.set(joined.size() - 1, new Rule(last.x1(), last.y1(), Math.max(last.x2(), r.x2()), Math.max(last.y2(), r.y2())));
                } else {
                    joined.add(r);
                }
            }
            return joined;
        }

        private static List<TableFrame> tables(List<Rule> rules) {
            if (rules.size() > MAX_RULES) {
                return List.of(); // a drawing, not a table: finding frames among so many strokes would cost their square
            }
            List<Rule> horizontals = joined(rules.stream().filter(Rule::horizontal).toList());
            List<Rule> verticals = rules.stream().filter(Rule::vertical).toList();
            List<TableFrame> tables = new ArrayList<>();
            List<Rule> pending = new ArrayList<>(horizontals);
            pending.sort(Comparator.comparingDouble(Rule::y1));
            while (!pending.isEmpty()) {
                Rule first = pending.remove(0);
                double left = first.x1();
                double right = first.x2();
                TreeSet<Double> ys = new TreeSet<>(List.of(round(first.y1())));
                List<Rule> rest = new ArrayList<>();
                for (Rule r : pending) {
                    if (r.x1() >= left - 3 && r.x2() <= right + 3) {
                        ys.add(round(r.y1()));
                        left = Math.min(left, r.x1());
                        right = Math.max(right, r.x2());
                    } else {
                        rest.add(r);
                    }
                }
                pending = rest;
                double l = left;
                double rt = right;
                List<Rule> inside = verticals.stream().filter(v -> v.x1() >= l - 3 && v.x1() <= rt + 3
                        && v.y1() >= ys.first() - 3 && v.y2() <= ys.last() + 3).toList();
                // nearly equal rule positions (a border drawn twice) count once
                List<Double> rows = new ArrayList<>();
                for (double y : ys) {
                    if (rows.isEmpty() || y - rows.get(rows.size() - 1) > 3) {
                        rows.add(y);
                    }
                }
                if (rows.size() >= 3 && inside.size() >= 2) {
                    TreeSet<Double> columns = new TreeSet<>();
                    inside.forEach(v -> columns.add(round(v.x1())));
                    tables.add(new TableFrame(rows.get(0), rows.get(rows.size() - 1), l, rt, rows, new ArrayList<>(columns), inside));
                }
            }
            tables.sort(Comparator.comparingDouble(TableFrame::top));
            return tables;
        }

        private static float height(TextPosition g) {
            return Math.max(g.getHeightDir(), size(g) * 0.7f);
        }

        // the glyph's font size; some writers scale the text matrix so that the size the font is set at
        // (327 pt) says nothing: then the glyph's own height and width tell it
        private static float size(TextPosition g) {
            float set = g.getFontSizeInPt();
            float seen = Math.max(g.getHeightDir(), g.getWidthDirAdj());
            return set > 0 && set <= seen * 4 + 1 ? set : seen * 1.4f;
        }

        // the body's character width: half the most common font size
        private double averageCharWidth() {
            Map<Integer, Integer> sizes = new java.util.HashMap<>();
            for (TextPosition g : glyphs) {
                sizes.merge(Math.round(size(g)), 1, Integer::sum);
            }
            int common = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12);
            return Math.max(2.0, common * 0.5);
        }
    }

    /** The rules a page draws: thin filled rectangles and stroked straight lines, in top-down coordinates. */
    private static final class RuleCollector extends PDFGraphicsStreamEngine {
        private final List<Rule> rules = new ArrayList<>();
        private final List<Rule> path = new ArrayList<>();
        private final double height;
        private final FormCount forms;
        private Point2D current;

        RuleCollector(PDPage page, FormCount forms) {
            super(page);
            this.forms = forms;
            this.height = page.getCropBox().getHeight() + page.getCropBox().getLowerLeftY();
        }

        @Override
        public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            forms.draw(() -> super.showForm(form));
        }

        private void segment(Point2D a, Point2D b) {
            double x1 = Math.min(a.getX(), b.getX());
            double x2 = Math.max(a.getX(), b.getX());
            double y1 = Math.min(height - a.getY(), height - b.getY());
            double y2 = Math.max(height - a.getY(), height - b.getY());
            path.add(new Rule(x1, y1, x2, y2));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            double x1 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
            double x2 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
            double ya = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
            double yb = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
            if (yb - ya < 2.5 || x2 - x1 < 2.5) {
                path.add(new Rule(x1, height - yb, x2, height - ya));
            } else {
                // a stroked rectangle: its four sides
                path.add(new Rule(x1, height - yb, x2, height - yb));
                path.add(new Rule(x1, height - ya, x2, height - ya));
                path.add(new Rule(x1, height - yb, x1, height - ya));
                path.add(new Rule(x2, height - yb, x2, height - ya));
            }
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                segment(current, next);
            }
            current = next;
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void strokePath() throws IOException {
            keepUnless(white(getGraphicsState().getStrokingColor()));
        }

        @Override
        public void fillPath(int windingRule) throws IOException {
            keepUnless(white(getGraphicsState().getNonStrokingColor()));
        }

        @Override
        public void fillAndStrokePath(int windingRule) throws IOException {
            keepUnless(white(getGraphicsState().getStrokingColor()) && white(getGraphicsState().getNonStrokingColor()));
        }

        // paint in the paper's white shows nothing: Word's white shading behind each line of a paragraph is no table
        private static boolean white(org.apache.pdfbox.pdmodel.graphics.color.PDColor color) {
            try {
                return color != null && (color.toRGB() & 0xFFFFFF) == 0xFFFFFF;
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                return false; // a pattern or a colour space that cannot say: drawn
            }
        }

        private void keepUnless(boolean unseen) {
            if (unseen) {
                path.clear();
            } else {
                keep();
            }
        }

        private void keep() {
            for (Rule r : path) {
                if (r.horizontal() || r.vertical()) {
                    rules.add(r);
                }
            }
            path.clear();
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}

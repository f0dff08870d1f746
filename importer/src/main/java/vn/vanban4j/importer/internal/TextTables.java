package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban4j.importer.internal.Item.Grid;
import vn.vanban4j.importer.internal.Item.Line;
import vn.vanban4j.model.VietnameseText;

/**
 * Tables that exist only as text layout (pdftotext -layout, a PDF without ruling lines): a header
 * line of three or more columns that names a task table's columns ("TT  Nội dung  Đơn vị chủ trì
 * Thời gian"), then rows whose cells wrap over several lines, rebuilt into a grid. Each part of a
 * line goes to the column whose header starts at or before it; a line with text in the first column
 * opens a row, the others continue the cells of the row above. The table ends at two blank lines, a
 * Roman-numbered heading, or a line that runs across the columns.
 */
final class TextTables {
    private static final Pattern CONTENT = Pattern.compile(".*(nội dung|nhiệm vụ|công việc|hoạt động).*");
    private static final Pattern OTHER = Pattern.compile(".*(chủ trì|thực hiện|thời gian|thời hạn|tiến độ|phối hợp|đơn vị|cơ quan|sản phẩm).*");
    private static final Pattern ROMAN = Pattern.compile("^[IVXL]{1,5}[.\\-]\\s.*");
    private static final int TOLERANCE = 2;

    private TextTables() {
    }

    static List<Item> of(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            int piped = pipedTable(items, i, out);
            if (piped > i) {
                i = piped;
                continue;
            }
            List<Line> header = headerAt(items, i);
            if (header == null) {
                out.add(items.get(i++));
                continue;
            }
            int end = table(items, i, withTitlesAbove(header, out), out);
            i = end;
        }
        return out;
    }

    // the parts of the physical line at i when they head a task table
    private static List<Line> headerAt(List<Item> items, int i) {
        List<Line> parts = physicalLine(items, i);
        if (parts.size() < 3 || parts.get(0).column() != 0) {
            return null;
        }
        boolean content = false;
        int other = 0;
        for (Line p : parts) {
            String key = VietnameseText.nameKey(p.text());
            if (p.text().length() > 40) {
                return null;
            }
            content |= CONTENT.matcher(key).matches();
            other += OTHER.matcher(key).matches() ? 1 : 0;
        }
        return content && other >= 1 ? parts : null;
    }

    // a header whose titles wrap over the lines above it ("Thời gian" / "Thời gian ban" over "TT  Nội dung  Cơ quan chủ trì
    // triển khai"): those short lines, taken back from out, add the titles that start where none of the header line's does
    private static List<Line> withTitlesAbove(List<Line> header, List<Item> out) {
        int from = out.size();
        while (from > 0 && out.size() - from < 6 && out.get(from - 1) instanceof Line l && !l.blank() && l.text().length() <= 25
                && l.indent() > header.get(1).indent() - TOLERANCE) {
            from--;
        }
        List<Line> titles = new ArrayList<>(header);
        for (Item item : out.subList(from, out.size())) {
            Line part = (Line) item;
            if (part.text().matches("[-_=*.\\s]+")) {
                continue; // the rule under the title above the table
            }
            int in = -1;
            for (int k = 0; k < titles.size(); k++) {
                Line t = titles.get(k);
                if (part.indent() >= t.indent() - TOLERANCE && part.indent() <= t.indent() + t.text().length() + TOLERANCE) {
                    in = k;
                }
            }
            if (in < 0) {
                titles.add(part);
            } else { // the first words of a title the header line ends: "Thời gian" over "triển khai"
                Line t = titles.get(in);
                titles.set(in, new Line(part.text() + " " + t.text(), t.column(), t.columns(), t.bold(), t.indent(), t.whole(), t.footnotes(),
                        t.source()));
            }
        }
        out.subList(from, out.size()).clear();
        titles.sort(java.util.Comparator.comparingInt(Line::indent));
        return titles;
    }

    // the items of one physical line (same source), from i on
    private static List<Line> physicalLine(List<Item> items, int i) {
        List<Line> parts = new ArrayList<>();
        if (!(items.get(i) instanceof Line first) || first.blank()) {
            return parts;
        }
        for (int j = i; j < items.size() && items.get(j) instanceof Line l && l.source().equals(first.source()) && !l.blank(); j++) {
            parts.add(l);
        }
        return parts;
    }

    // reads the table from i into a grid added to out; returns the index after it
    private static int table(List<Item> items, int i, List<Line> header, List<Item> out) {
        int[] starts = header.stream().mapToInt(Line::indent).toArray();
        int columns = starts.length;
        int at = i + physicalLine(items, i).size();
        if (columns > 1) {
            starts[1] = Math.min(starts[1], textAfterNumbers(items, at, starts));
        }
        List<List<StringBuilder>> rows = new ArrayList<>();
        rows.add(cells(columns));
        for (Line p : header) {
            rows.get(0).get(column(starts, p.indent())).append(p.text());
        }
        String firstTitle = VietnameseText.nameKey(header.get(0).text());
        boolean numbered = firstTitle.matches("s?tt|số tt|số thứ tự");
        int blanks = 0;
        while (at < items.size()) {
            Item item = items.get(at);
            if (!(item instanceof Line line)) {
                break;
            }
            if (line.blank()) {
                if (++blanks >= 2) {
                    break;
                }
                at++;
                continue;
            }
            List<Line> parts = physicalLine(items, at);
            Line first = parts.get(0);
            boolean across = parts.size() == 1 && first.text().length() > 60 && first.indent() <= starts[0] + TOLERANCE
                    && columns > 2;
            if (ROMAN.matcher(first.text()).matches() || across || first.indent() < starts[0] - TOLERANCE) {
                break;
            }
            blanks = 0;
            // a row opens at its number, or (no number column) at a line that fills more than the first column
            boolean opens = column(starts, first.indent()) == 0 && (numbered ? startsANumber(first.text()) : parts.size() >= 2);
            if (opens) {
                rows.add(cells(columns));
            }
            List<StringBuilder> row = rows.get(rows.size() - 1);
            int last = -1;
            for (Line p : parts) {
                // parts of a line a wide gap apart are cells apart: "(1)" and its text under "TT" go to "TT" and the next column
                int c = Math.max(column(starts, p.indent()), Math.min(last + 1, columns - 1));
                StringBuilder cell = row.get(c);
                cell.append(cell.length() == 0 ? "" : " ").append(p.text());
                last = c;
            }
            at += parts.size();
        }
        List<List<String>> grid = new ArrayList<>();
        List<List<Integer>> spans = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            grid.add(row.stream().map(b -> TextSource.fold(b.toString())).toList());
            spans.add(java.util.Collections.nCopies(columns, 1));
        }
        if (grid.size() < 2) { // a header alone is no table: give the lines back
            out.addAll(items.subList(i, at));
            return at;
        }
        out.add(new Grid(grid, spans, header.get(0).source() + ", a table laid out in text"));
        return at;
    }

    // ---- cells a copy or a DOCX-to-text tool joined with "|": "TT | Tên nhiệm vụ | Đơn vị chủ trì | Thời gian"

    private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern RULE_ROW = Pattern.compile("^[\\s|:\\-]+$"); // markdown's "|---|---|"
    private static final Pattern NUMBERING_ROW = Pattern.compile("^[\\s|]*(?:\\(?\\d{1,2}\\)?|[A-Z])(?:\\s*\\|\\s*(?:\\(?\\d{1,2}\\)?|[A-Z]|=.*))*[\\s|]*$");

    private static List<String> pipedCells(Line line) {
        String t = line.text().strip();
        if (line.columns() != 1 || t.chars().filter(c -> c == '|').count() < 2) {
            return null;
        }
        t = t.replaceFirst("^\\|", "").replaceFirst("\\|$", "");
        List<String> cells = new ArrayList<>(List.of(PIPE.split(t, -1)));
        cells.replaceAll(String::strip);
        return cells;
    }

    // reads a "|" table that starts at i with a task table's header into a grid added to out; returns the index
    // after it, or i when no such table starts there
    private static int pipedTable(List<Item> items, int i, List<Item> out) {
        if (!(items.get(i) instanceof Line first) || first.blank()) {
            return i;
        }
        List<String> header = pipedCells(first);
        if (header == null || header.size() < 3 || header.stream().anyMatch(c -> c.length() > 60)) {
            return i;
        }
        boolean content = header.stream().anyMatch(c -> CONTENT.matcher(VietnameseText.nameKey(c)).matches());
        long other = header.stream().filter(c -> OTHER.matcher(VietnameseText.nameKey(c)).matches()).count();
        if (!content || other < 1) {
            return i;
        }
        int columns = header.size();
        List<List<String>> grid = new ArrayList<>();
        grid.add(header);
        int at = i + 1;
        for (; at < items.size() && items.get(at) instanceof Line line; at++) {
            if (line.blank()) {
                continue;
            }
            List<String> cells = pipedCells(line);
            if (cells == null) {
                break;
            }
            if (RULE_ROW.matcher(line.text()).matches() || NUMBERING_ROW.matcher(line.text()).matches()) {
                continue;
            }
            List<String> row = new ArrayList<>(cells.subList(0, Math.min(columns, cells.size())));
            while (row.size() < columns) {
                row.add("");
            }
            grid.add(row.stream().map(TextSource::fold).toList());
        }
        if (grid.size() < 2) {
            return i;
        }
        List<List<Integer>> spans = new ArrayList<>();
        grid.forEach(r -> spans.add(java.util.Collections.nCopies(columns, 1)));
        out.add(new Grid(grid, spans, first.source() + ", a table whose cells are joined by \"|\""));
        return at;
    }

    // where the text after the rows' numbers begins, left of the second title when that one is centred over its column
    // ("TT    Nội dung" over "(1)    Kế hoạch tổ chức ..."); MAX_VALUE when no row says
    private static int textAfterNumbers(List<Item> items, int from, int[] starts) {
        int left = Integer.MAX_VALUE;
        for (int at = from; at < Math.min(items.size(), from + 200); at++) {
            if (items.get(at) instanceof Line l && !l.blank() && l.indent() <= starts[0] + TOLERANCE && startsANumber(l.text())
                    && at + 1 < items.size() && items.get(at + 1) instanceof Line next && next.source().equals(l.source())
                    && next.indent() > starts[0] + TOLERANCE && next.indent() < starts[1]) {
                left = Math.min(left, next.indent());
            }
        }
        return left;
    }

    private static boolean startsANumber(String text) {
        // "1", "1.2.", "IV", "a)", "(3)"
        return text.matches("^(?:\\d{1,3}(?:\\.\\d{1,2}){0,2}\\.?|[IVXL]{1,5}[.)]?|[a-zđ][.)]?|\\(\\d{1,3}\\))(\\s.*)?$");
    }

    private static int column(int[] starts, int indent) {
        int c = 0;
        for (int k = 0; k < starts.length; k++) {
            if (starts[k] <= indent + TOLERANCE) {
                c = k;
            }
        }
        return c;
    }

    private static List<StringBuilder> cells(int columns) {
        List<StringBuilder> row = new ArrayList<>(columns);
        for (int k = 0; k < columns; k++) {
            row.add(new StringBuilder());
        }
        return row;
    }
}

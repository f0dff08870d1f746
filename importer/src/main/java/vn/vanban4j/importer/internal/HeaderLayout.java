package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.importer.internal.Item.Line;

/**
 * The header's lines as the header reader needs them, one field to a line, whatever the extraction
 * did to them: cells of a web page's table ("|") apart; both columns that OCR or a copy joined on one
 * line ("TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM") apart; a whole header on one line cut at its titles,
 * "Số" and the place-and-date; "Số:" and its value, "Quảng Ngãi," and "ngày ..." on two lines joined;
 * rules ("------") and common OCR slips ("Sô:", "ngảy", "ĐÁNG") put right. Lines after the header (the
 * kind line, "Kính gửi", the body) are left as they are.
 */
final class HeaderLayout {
    private static final int ZONE = 60; // items: the header never runs longer

    private static final Pattern TITLES = Pattern.compile(
            "C[ỘO]NG\\s*H[ÒOÓÕỎỌ]A\\s*X[ÃA]\\s*H[ỘO]I\\s*CH[ỦU]\\s*NGH[ĨI]A\\s*VI[ỆE]T\\s*NAM"
            + "|Đ[ẢÁÀẠÃA]NG\\s*C[ỘO]NG\\s*S[ẢA]N\\s*VI[ỆE]T\\s*NAM"
            + "|ĐOÀN\\s*TNCS\\s*HỒ\\s*CHÍ\\s*MINH"
            + "|(?i:Độc\\s*lập\\s*[-–—]\\s*Tự\\s*do\\s*[-–—]\\s*Hạnh\\s*phúc)");
    private static final Pattern PARTY_SLIP = Pattern.compile("Đ[ÁÀẠÃA]NG(?=\\s*C[ỘO]NG\\s*S[ẢA]N)");
    private static final Pattern NATIONAL_SLIP = Pattern.compile("C[ỘO]NG\\s*H[OÓÕỎỌ]A(?=\\s*X[ÃA]\\s*H[ỘO]I)");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![\\p{L}\\p{Nd}])(?:Số|S[ôồốổỗộ]|S ố)(?=\\s*:|\\s*\\d|\\s*/|\\s*-\\s*\\p{Lu})");
    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "^\\s*:?\\s*(\\d{0,5}\\s*[/-]\\s*(?:\\d{4}\\s*/\\s*)?[\\p{L}][\\p{L}\\p{Nd}.&,]*(?:\\s*[-/–]\\s*[\\p{L}][\\p{L}\\p{Nd}.&,]*){0,8})");
    private static final Pattern DAY_WORD = Pattern.compile(",\\s*(?:ngày|ngảy|ngàỵ|ngáy|ngay)(?=\\s*[\\d ]{0,6}\\s*(?:tháng|thảng|thang|/))");
    private static final Pattern DATE_SLIPS = Pattern.compile("\\b(?:ngảy|ngàỵ|ngáy)\\b|\\b(?:thảng|tháɴg)\\b|\\bn[ăaâ]m(?=\\s*\\d{4}\\b)");
    private static final Pattern RULE_EDGE = Pattern.compile("^[-–—_=*.·~\u2500-\u257f\\s]{3,}(?=\\S)|(?<=\\S)\\s+[-–—_=*.·~\u2500-\u257f]{3,}\\s*$");
    private static final Pattern STRAY = Pattern.compile("^[/\\\\|*]+\\s*(?=\\p{Lu})"); // "/ỦY BAN MTTQ ..." as a copy left it
    private static final Pattern TABLE_RULE = Pattern.compile("^[-:|\\s]+$");
    private static final Pattern ENDS_HEADER = Pattern.compile("^(Kính g[ửở]i|Căn cứ|Thực hiện|V/v|Về việc)\\b.*");

    /** The items with the header's lines laid out afresh, and the slips put right. */
    record Result(List<Item> items, List<Finding> corrections) {
    }

    private HeaderLayout() {
    }

    static Result of(List<Item> items) {
        items = rejoined(symbolsJoined(items));
        List<Item> out = new ArrayList<>();
        List<Finding> corrections = new ArrayList<>();
        boolean seenField = false;
        int i = 0;
        for (; i < items.size() && i < ZONE; i++) {
            if (!(items.get(i) instanceof Line line)) {
                break;
            }
            if (line.blank()) {
                out.add(line);
                continue;
            }
            if (seenField && (ENDS_HEADER.matcher(line.text()).matches() || DocumentReader.kindOf(line.text()) != null)) {
                break;
            }
            List<Line> parts = split(line, corrections);
            for (Line part : parts) {
                seenField |= part.text().startsWith("Số") || DAY_WORD.matcher(part.text()).find();
            }
            out.addAll(parts);
        }
        out.addAll(items.subList(i, items.size()));
        return new Result(join(out), corrections);
    }

    // ---- lines a narrow cell broke: "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM", "Hà Nội, ngày 19" / "tháng 11 năm 2025"

    private static final Pattern YEAR = Pattern.compile("năm\\s*\\d{4}|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}");
    private static final Pattern DATE_OPEN = Pattern.compile(",\\s*ngày\\b|,\\s*$");
    private static final Pattern PLACE_START = Pattern.compile("^\\p{Lu}[\\p{L} ]{0,24}$");
    private static final Pattern PLACE_ENDS = Pattern.compile("^[\\p{L}. ]{1,30},\\s*(?:ngày|ngảy|ngàỵ)\\b");

    private static List<Item> rejoined(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < Math.min(out.size(), ZONE); i++) {
            if (!(out.get(i) instanceof Line line) || line.blank()) {
                continue;
            }
            if (DocumentReader.kindOf(line.text()) != null) {
                break; // the header ends at the kind line
            }
            for (int guard = 0; guard < 3; guard++) {
                int j = nextInColumn(out, i);
                if (j < 0) {
                    break;
                }
                Line next = (Line) out.get(j);
                String joined = line.text() + " " + next.text();
                boolean title = titleAcross(line.text(), next.text(), joined)
                        || line.text().matches(".*\\b(?:ỦY|UỶ|ỦY BAN|UỶ BAN|HỘI ĐỒNG|NHÂN)$"); // "ỦY" / "BAN NHÂN DÂN"
                boolean placeBroken = PLACE_START.matcher(line.text()).matches() && !DocumentReader.isUpper(line.text())
                        && PLACE_ENDS.matcher(next.text()).lookingAt(); // "Thành" / "phố Hồ Chí Minh, ngày 25 ...
                boolean date = DATE_OPEN.matcher(line.text()).find() && !YEAR.matcher(line.text()).find()
                        && line.text().contains(",") && !line.text().startsWith("Số") && next.text().length() < 40
                        && (line.text().contains("ngày") || next.text().startsWith("ngày"));
                if (!title && !date && !placeBroken) {
                    break;
                }
                line = new Line(joined, line.column(), line.columns(), line.bold(), line.indent(), line.whole(), line.footnotes(),
                        line.source());
                out.set(i, line);
                out.remove(j);
            }
        }
        return out;
    }

    private static boolean titleAcross(String first, String second, String joined) {
        Matcher m = TITLES.matcher(joined);
        while (m.find()) {
            if (m.start() < first.length() && m.end() > first.length() + 1) {
                return true;
            }
        }
        return false;
    }

    private static int nextInColumn(List<Item> items, int i) {
        Line line = (Line) items.get(i);
        for (int j = i + 1; j < Math.min(items.size(), i + 5); j++) {
            if (!(items.get(j) instanceof Line next)) {
                return -1;
            }
            if (next.blank()) {
                continue;
            }
            if (next.column() == line.column() && !next.source().equals(line.source())) {
                return j;
            }
        }
        return -1;
    }

    // ---- one line into its fields

    private static List<Line> split(Line line, List<Finding> corrections) {
        String text = fix(line, corrections);
        List<String> cells = new ArrayList<>();
        if (text.contains("|")) {
            for (String cell : text.split("\\s*\\|\\s*")) {
                if (!cell.isBlank() && !TABLE_RULE.matcher(cell).matches()) {
                    cells.add(cell.strip());
                }
            }
        } else {
            cells.add(text);
        }
        List<String> parts = new ArrayList<>();
        for (String cell : cells) {
            for (String piece : cutAtTitles(cell)) {
                cutNumberAndDate(piece, parts);
            }
        }
        List<Line> out = new ArrayList<>();
        for (int k = 0; k < parts.size(); k++) {
            // the Party star under the issuer, joined to its line: "ĐẢNG UỶ XÃ LŨNG CÚ *"
            String part = STRAY.matcher(RULE_EDGE.matcher(parts.get(k)).replaceAll("")).replaceFirst("").strip().replaceFirst("\\s+\\*+$", "");
            if (!part.isEmpty()) {
                out.add(new Line(part, line.column() + out.size(), line.columns() + Math.max(0, parts.size() - 1), line.bold(),
                        line.indent(), line.whole(), line.footnotes(), line.source()));
            }
        }
        return out.isEmpty() ? List.of(line) : out;
    }

    private static String fix(Line line, List<Finding> corrections) {
        String text = line.text();
        String fixed = NATIONAL_SLIP.matcher(PARTY_SLIP.matcher(text).replaceAll("ĐẢNG")).replaceAll("CỘNG HÒA");
        Matcher slips = DATE_SLIPS.matcher(fixed);
        StringBuilder sb = new StringBuilder();
        while (slips.find()) {
            String w = slips.group();
            slips.appendReplacement(sb, w.startsWith("ng") ? "ngày" : w.startsWith("th") ? "tháng" : "năm");
        }
        slips.appendTail(sb);
        fixed = sb.toString();
        Matcher number = NUMBER_WORD.matcher(fixed);
        if (number.find() && !number.group().equals("Số")) {
            fixed = fixed.substring(0, number.start()) + "Số" + fixed.substring(number.end());
        }
        if (!fixed.equals(text)) {
            corrections.add(new Finding("$.header", fixed, line.source(), 0.8, Status.CORRECTED));
        }
        return fixed;
    }

    // "TỈNH ỦY LÀO CAI ĐẢNG CỘNG SẢN VIỆT NAM" -> the body, then the title
    private static List<String> cutAtTitles(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TITLES.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                out.add(text.substring(from, m.start()));
            }
            out.add(m.group());
            from = m.end();
        }
        if (from < text.length()) {
            out.add(text.substring(from));
        }
        return out;
    }

    // "UBND TỈNH X Số: 12/KH-UBND Hà Nội, ngày 5 tháng 3 năm 2026" -> body, number, place and date
    private static void cutNumberAndDate(String text, List<String> out) {
        String rest = text;
        Matcher number = NUMBER_WORD.matcher(rest);
        if (number.find()) {
            if (number.start() > 0) {
                cutDate(rest.substring(0, number.start()), out);
            }
            String after = rest.substring(number.end());
            Matcher token = NUMBER_TOKEN.matcher(after);
            if (token.find()) {
                out.add("Số: " + token.group(1).strip());
                rest = after.substring(token.end());
            } else {
                out.add("Số" + after);
                return;
            }
        }
        cutDate(rest, out);
    }

    private static void cutDate(String text, List<String> out) {
        Matcher day = DAY_WORD.matcher(text);
        if (!day.find()) {
            if (!text.isBlank()) {
                out.add(text);
            }
            return;
        }
        // the place: the words before ", ngày" that are not a capital body name
        String before = text.substring(0, day.start());
        String[] words = before.strip().split("\\s+");
        int first = words.length;
        while (first > 0 && (!DocumentReader.isUpper(words[first - 1]) || words[first - 1].matches("TP\\.?|T\\.P\\.?"))) {
            first--;
        }
        if (first == words.length && words.length > 0) {
            first = words.length - 1; // an all-capital place: take its last word at least
        }
        String body = String.join(" ", java.util.Arrays.asList(words).subList(0, first));
        if (!body.isBlank()) {
            out.add(body);
        }
        out.add(String.join(" ", java.util.Arrays.asList(words).subList(first, words.length)) + text.substring(day.start()));
    }

    // ---- lines that belong together

    private static final Pattern NUMBER_ALONE = Pattern.compile("^Số\\s*:?$");
    // "Số:173" whose symbol ("/KH-UBND", "-KH/TU") a raw extraction put on a line of its own, after the other column's lines
    private static final Pattern NUMBER_DIGITS = Pattern.compile("^Số\\s*:?\\s*\\d{1,5}$");
    private static final Pattern SYMBOL_ALONE = Pattern.compile("^[/-]\\s*[\\p{L}\\d.]+(?:[/-][\\p{L}\\d.]+)*$");
    private static final Pattern OTHER_COLUMN = Pattern.compile("^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập)");
    private static final Pattern PLACE_ALONE = Pattern.compile("^[\\p{Lu}][^,\\d]{1,50},$");
    private static final Pattern DATE_ALONE = Pattern.compile("^ngày\\s*[\\d ]{0,6}\\s*tháng.*");

    // before any line is cleaned (a lone "/KH-UBND" would lose its slash as a stray mark)
    private static List<Item> symbolsJoined(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < Math.min(out.size(), ZONE); i++) {
            if (out.get(i) instanceof Line line && NUMBER_DIGITS.matcher(line.text().strip()).matches()) {
                joinSymbol(out, i, line);
            }
        }
        return out;
    }

    // "Số:173" ... "/KH-UBND": the symbol joined to its number, over the other column's title lines in between
    private static void joinSymbol(List<Item> out, int i, Line line) {
        for (int j = i + 1; j < Math.min(out.size(), i + 8); j++) {
            if (!(out.get(j) instanceof Line next) || next.blank()) {
                continue;
            }
            if (SYMBOL_ALONE.matcher(next.text().strip()).matches()) {
                out.set(i, new Line(line.text().strip() + next.text().strip().replace(" ", ""), line.column(), line.columns(), line.bold(),
                        line.indent(), line.whole(), line.footnotes(), line.source()));
                out.remove(j);
                return;
            }
            if (!OTHER_COLUMN.matcher(next.text().strip()).lookingAt()) {
                return;
            }
        }
    }

    private static List<Item> join(List<Item> items) {
        List<Item> out = new ArrayList<>(items);
        for (int i = 0; i < Math.min(out.size(), ZONE); i++) {
            if (!(out.get(i) instanceof Line line) || line.blank()) {
                continue;
            }
            boolean number = NUMBER_ALONE.matcher(line.text()).matches();
            boolean place = PLACE_ALONE.matcher(line.text()).matches();
            if (!number && !place) {
                continue;
            }
            for (int j = i + 1; j < Math.min(out.size(), i + 6); j++) {
                if (!(out.get(j) instanceof Line next) || next.blank()) {
                    continue;
                }
                boolean fits = number ? NUMBER_TOKEN.matcher(next.text()).lookingAt() && next.text().matches("^:?\\s*\\d{0,5}\\s*[/-].*")
                        : DATE_ALONE.matcher(next.text()).matches();
                if (fits) {
                    String joined = number ? "Số: " + next.text().replaceFirst("^:\\s*", "") : line.text() + " " + next.text();
                    out.set(i, new Line(joined, line.column(), line.columns(), line.bold(), line.indent(), line.whole(),
                            line.footnotes(), line.source()));
                    out.remove(j);
                    break;
                }
                if (next.column() == line.column()) {
                    break;
                }
            }
        }
        return out;
    }
}

package vn.vanban4j.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.rules.TimePhrase.Continuous;
import vn.vanban4j.rules.TimePhrase.DateLimit;
import vn.vanban4j.rules.TimePhrase.Duration;
import vn.vanban4j.rules.TimePhrase.Frequency;
import vn.vanban4j.rules.TimePhrase.Match;
import vn.vanban4j.rules.TimePhrase.Period;
import vn.vanban4j.rules.TimePhrase.PeriodUnit;
import vn.vanban4j.rules.TimePhrase.Recurring;
import vn.vanban4j.rules.TimePhrase.Relative;
import vn.vanban4j.rules.TimePhrase.Unit;
import vn.vanban4j.rules.TimePhrase.Unrecognised;
import vn.vanban4j.rules.TimePhrase.Window;

/**
 * Reads Vietnamese deadline language: dates, months, quarters, half years, years, windows,
 * limits relative to an event, recurring duties, "thường xuyên" and durations. Accepts NFC or NFD,
 * "hằng" or "hàng", Roman or Arabic quarters, and stray spaces. Never throws on text: what it
 * cannot read is {@link Unrecognised}, with the reason. Stateless and thread-safe.
 */
public final class TimePhrases {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String Y = "(?:\\s*/\\s*|\\s+năm\\s+)(?<y>\\d{4})";
    // "ngày thứ Hai, 12/10/2026": the weekday before the date
    private static final String WEEKDAY = "(?:(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\\s+nhật)\\s*,?\\s*)?";
    private static final String QUARTER = "(?<q>IV|I{1,3}|[1-4])(?![\\p{L}\\d])";
    private static final String CITED = "the date of a document named";
    private static final Pattern DOCUMENT_NUMBER_BEFORE = Pattern.compile("\\d{1,5}[-/][\\p{L}Đđ][\\p{L}\\d./-]*,?\\s*$");
    // which kind governs when a phrase holds several ("Quý I trước ngày 31/3/2023": the date)
    private static final List<String> PRECEDENCE =
            List.of("date", "relative", "window", "period", "recurring", "continuous", "duration");

    /** A rule runs only on text holding one of its hints (lower case), when it has any: most phrases skip most rules. */
    private record Rule(Pattern pattern, Reader reader, String[] hints) {
        boolean mayMatch(String lower) {
            for (String hint : hints) {
                if (lower.contains(hint)) {
                    return true;
                }
            }
            return hints.length == 0;
        }
    }

    @FunctionalInterface
    private interface Reader {
        TimePhrase read(Matcher m, Match match, PhraseContext context, String text);
    }

    private static final List<Rule> RULES = List.of(
            rule("trước\\s+(?:ngày\\s+)?(?<d>\\d{1,2})\\s+h[ằà]ng\\s+(?<f>tuần|tháng|quý|năm)",
                    (m, at, c, t) -> new Recurring(at, frequency(m.group("f")), Integer.valueOf(m.group("d"))), "hằng", "hàng"),
            rule("(?:(?:theo\\s+)?định\\s+kỳ\\s+)?\\bh[ằà]ng\\s+(?<f>tuần|tháng|quý|năm)(?![\\p{L}])",
                    (m, at, c, t) -> new Recurring(at, frequency(m.group("f")), null), "hằng", "hàng"),
            rule("(?:theo\\s+)?định\\s+kỳ\\s+0?6\\s+tháng",
                    (m, at, c, t) -> new Recurring(at, Frequency.HALF_YEARLY, null), "định kỳ"),
            rule("thường\\s+niên", (m, at, c, t) -> new Recurring(at, Frequency.YEARLY, null), "thường"),
            rule("(?:theo\\s+)?định\\s+kỳ(?![\\p{L}\\d])", (m, at, c, t) -> new Recurring(at, Frequency.UNSET, null), "định kỳ"),
            // at each round of something that comes round ("sau mỗi đợt", "theo từng đợt", "trước 30 ngày làm việc của các
            // đợt trao tặng"): it repeats, at no period the text names
            rule("(?:(?:sau|theo|đối\\s+với|trong|cho|vào)\\s+(?:mỗi|từng)|(?:trước|sau)\\s+\\d{1,3}\\s+ngày(?:\\s+làm\\s+việc)?"
                    + "\\s+(?:của|trước)\\s+(?:mỗi|từng|các))\\s+đợt(?![\\p{L}])",
                    (m, at, c, t) -> new Recurring(at, Frequency.UNSET, null), "đợt"),
            // a date with its year but without "ngày": "trước 30/6/2027", "chậm nhất 15/01/2027"
            rule("(?<p>(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?|hạn\\s+chót|đến|vào)\\s+)"
                    + "(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})\\s*/\\s*(?<y>\\d{4})(?!\\s*/?\\d)", TimePhrases::date, "/"),
            // a day and month after a word of limit, the year the document's: "Trước 10/5", "chậm nhất 15/01" (not "đến 2/3 số xã")
            rule("(?<p>(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?|hạn\\s+chót)\\s+)"
                    + "(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})(?:\\s*/\\s*(?<y>\\d{4}))?(?![\\d/%])", TimePhrases::date, "/"),
            // a deadline cell holding only a date, a year or a range of years: "30/6/2027", "2030", "2026 - 2027"
            rule("^(?<d>\\d{1,2})\\s*/\\s*(?<m>\\d{1,2})\\s*/\\s*(?<y>\\d{4})$", (m, at, c, t) -> new DateLimit(at,
                    LocalDate.of(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d"))), false), "/"),
            rule("^(?:năm\\s+)?(?<y>\\d{4})$", (m, at, c, t) -> yearEnd(at, Integer.parseInt(m.group("y")))),
            rule("^(?:năm\\s+)?(?<a>\\d{4})\\s*(?:[-–—]|đến)\\s*(?:năm\\s+)?(?<b>\\d{4})$", TimePhrases::years),
            rule("(?:giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ|từ)\\s+(?:năm\\s+)?(?<a>\\d{4})\\s*(?:[-–—]|đến)\\s*(?:năm\\s+)?(?<b>\\d{4})",
                    TimePhrases::years, "giai đoạn", "nhiệm kỳ", "thời kỳ", "từ"),
            // "03 năm (2026 - 2028)"
            rule("\\d{1,2}\\s+năm\\s*\\(\\s*(?<a>\\d{4})\\s*[-–—]\\s*(?<b>\\d{4})\\s*\\)", TimePhrases::years, "năm"),
            rule("năm\\s+(?<a>\\d{4})\\s*(?:[-–—]|đến)\\s*(?:năm\\s+)?(?<b>\\d{4})", TimePhrases::years, "năm"),
            // "đến năm 2030", "phấn đấu đến năm 2030", "lộ trình đến năm 2030", "vào năm 2027"
            rule("(?:đến|vào|tới)\\s+(?:hết\\s+)?năm\\s+(?<y>\\d{4})(?!\\s*[-–—/]\\s*\\d)",
                    (m, at, c, t) -> yearEnd(at, Integer.parseInt(m.group("y"))), "năm"),
            // duties on a condition: "khi có yêu cầu", "ngay sau khi sự cố phát sinh", "khi có nhà đầu tư đề xuất"
            // "ngay khi các vụ việc, sự cố phát sinh", "đột xuất khi được yêu cầu"
            rule("(?:đột\\s+xuất\\s+)?(?:ngay\\s+)?(?:sau\\s+)?khi\\s+(?<e>(?:có|được)\\s+[^.;,()]+|[^.;()]{1,80}?\\s+phát\\s+sinh)",
                    (m, at, c, t) -> new Relative(at, 0, Unit.DAYS, event(m.group("e")), true), "khi"),
            rule("(?<p>(?:hoàn\\s+thành\\s+)?(?:trước|chậm\\s+nhất(?:\\s+là)?|hạn\\s+chót|đến|vào|trong)\\s+)?"
                    + "ngày\\s+" + WEEKDAY + "(?<d>\\d{1,2})\\s*(?<s>[/.-])\\s*(?<m>\\d{1,2})(?:\\s*\\k<s>\\s*(?<y>\\d{4}))?(?!\\s*[/.-]?\\d)",
                    TimePhrases::date, "ngày"),
            rule("(?<p>(?:trước|chậm\\s+nhất|đến|vào)\\s+)?ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s+năm\\s+(?<y>\\d{4})",
                    TimePhrases::date, "tháng"),
            rule("(?:chậm\\s+nhất\\s+|trong\\s+(?:vòng\\s+|thời\\s+hạn\\s+)?|sau\\s+)?(?<n>\\d{1,3})\\s+(?<u>ngày\\s+làm\\s+việc|ngày|tuần|tháng|năm)"
                    + "\\s+(?:sau|kể\\s+từ)(?:\\s+khi)?(?:\\s+ngày)?(?:\\s+được)?(?:\\s+tham\\s+dự)?\\s+(?<e>[^.;()]+)",
                    (m, at, c, t) -> new Relative(at, Integer.parseInt(m.group("n")), unit(m.group("u")), event(m.group("e")), false), "sau", "kể từ"),
            rule("\\bsau\\s+(?:khi\\s+)?(?:được\\s+)?(?:tham\\s+dự\\s+)?(?<e>hội\\s+nghị[^.;()]*)",
                    (m, at, c, t) -> new Relative(at, 0, Unit.DAYS, event(m.group("e")), false), "hội nghị"),
            // "từ tháng 7 đến tháng 12/2026", "Tháng 7 đến tháng 12/2026", "Tháng 7- 12/2026", "tháng 8 – tháng 11/2026"
            rule("(?:từ\\s+)?tháng\\s+(?<m1>\\d{1,2})(?:\\s*/\\s*(?<y1>\\d{4}))?(?:\\s+(?:đến|tới)\\s+(?:hết\\s+)?tháng\\s+|\\s*[-–]\\s*(?:tháng\\s+)?)"
                    + "(?<m2>\\d{1,2})" + Y, TimePhrases::monthWindow, "tháng"),
            rule("từ\\s+ngày\\s+(?<d1>\\d{1,2})\\s*/\\s*(?<m1>\\d{1,2})(?:\\s*/\\s*(?<y1>\\d{4}))?\\s+(?:đến|tới|-)\\s+(?:hết\\s+)?ngày\\s+(?<d2>\\d{1,2})\\s*/\\s*(?<m2>\\d{1,2})\\s*/\\s*(?<y>\\d{4})",
                    TimePhrases::dayWindow, "từ"),
            // a span written with a dash, as timetables do: "Dự kiến 04/08-20/08/2023", "01/6 - 15/6/2026"
            rule("(?<![\\d/])(?<d1>\\d{1,2})\\s*/\\s*(?<m1>\\d{1,2})(?:\\s*/\\s*(?<y1>\\d{4}))?\\s*[-–]\\s*(?<d2>\\d{1,2})\\s*/\\s*(?<m2>\\d{1,2})"
                    + "\\s*/\\s*(?<y>\\d{4})(?!\\s*/?\\d)", TimePhrases::dayWindow, "-", "–"),
            rule("(?:(?<pos>đầu|giữa|cuối|hết)\\s+)?quý\\s+" + QUARTER + "(?:" + Y + ")?", TimePhrases::quarter, "quý"),
            rule("(?:(?<pos>đầu|giữa|cuối|hết)\\s+)?tháng\\s+(?<m>\\d{1,2})(?:" + Y + ")?(?![\\d/])", TimePhrases::month, "tháng"),
            rule("0?6\\s+tháng\\s+(?<h>đầu|cuối)\\s+năm(?:\\s+(?<y>\\d{4}))?", TimePhrases::halfYear, "tháng"),
            rule("(?<pos>đầu|giữa|cuối|hết|trong)\\s+năm(?:\\s+(?<y>\\d{4}))?(?!\\s+(?:học|tiếp|sau|trước|nay|tháng))(?![\\p{L}\\d])",
                    TimePhrases::year, "năm"),
            rule("thường\\s+xuyên", (m, at, c, t) -> new Continuous(at), "thường"),
            rule("(?<n>\\d+(?:,\\d+)?)\\s+(?<u>ngày|buổi)(?!\\s+(?:làm\\s+việc\\s+)?(?:sau|kể\\s+từ))(?![\\p{L}/])",
                    (m, at, c, t) -> new Duration(at, new BigDecimal(m.group("n").replace(',', '.')), m.group("u")), "ngày", "buổi"));

    private TimePhrases() {
    }

    private static Rule rule(String regex, Reader reader, String... hints) {
        return new Rule(Pattern.compile(regex, FLAGS), reader, hints);
    }

    /** Text in NFC with white space folded: the text that match positions refer to. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u00a0', ' ');
        // "0 7/11/2020" and "31/ 3/2023": OCR spaces inside dates
        nfc = nfc.replaceAll("(?<=\\b\\d) (?=\\d\\s*/)", "");
        // "Quí I/2024": the older spelling of "quý"
        nfc = nfc.replaceAll("(?<![\\p{L}])([Qq])uí(?![\\p{L}])", "$1uý");
        return nfc.strip().replaceAll("\\s+", " ");
    }

    /** Every time phrase in {@code text}, in order, none overlapping. */
    public static List<TimePhrase> findAll(String text, PhraseContext context) {
        return findAllNormalised(normalise(text), context);
    }

    private static List<TimePhrase> findAllNormalised(String input, PhraseContext context) {
        String lower = input.toLowerCase(Locale.ROOT);
        List<TimePhrase> candidates = new ArrayList<>();
        for (Rule rule : RULES) {
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern.matcher(input);
            while (m.find()) {
                Match at = new Match(input.substring(m.start(), m.end()).strip(), m.start(), m.end());
                TimePhrase phrase;
                try {
                    phrase = rule.reader.read(m, at, context, input);
                } catch (DateTimeException | NumberFormatException e) {
                    phrase = new Unrecognised(at, "không có ngày này: " + at.text());
                }
                if (phrase != null) {
                    candidates.add(phrase);
                }
            }
        }
        candidates.sort(Comparator.comparingInt((TimePhrase p) -> p.match().end() - p.match().start()).reversed()
                .thenComparingInt(p -> p.match().start()));
        List<TimePhrase> chosen = new ArrayList<>();
        for (TimePhrase candidate : candidates) {
            if (chosen.stream().noneMatch(p -> overlaps(p.match(), candidate.match()))) {
                chosen.add(candidate);
            }
        }
        chosen.removeIf(p -> p instanceof Unrecognised u && u.reason() == CITED);
        chosen.sort(Comparator.comparingInt(p -> p.match().start()));
        return chosen;
    }

    /**
     * The phrase that sets the deadline of {@code text}: of all phrases found, a date before a
     * relative limit, a window, a period, a recurrence, "thường xuyên" and a duration.
     */
    public static TimePhrase parse(String text, PhraseContext context) {
        String input = normalise(text);
        List<TimePhrase> found = findAllNormalised(input, context);
        for (TimePhrase phrase : found) {
            if (phrase instanceof Unrecognised) {
                return phrase;
            }
        }
        return found.stream().min(Comparator.comparingInt(p -> PRECEDENCE.indexOf(p.kind())))
                .orElseGet(() -> new Unrecognised(new Match(input, 0, input.length()),
                        input.isEmpty() ? "không có nội dung" : "không nhận ra mốc thời gian nào trong \"" + input + "\""));
    }

    private static boolean overlaps(Match a, Match b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static TimePhrase date(Matcher m, Match at, PhraseContext c, String text) {
        String prefix = m.group("p") == null ? "" : m.group("p").toLowerCase(Locale.ROOT).strip();
        if (prefix.isEmpty() && m.start() > 0
                && DOCUMENT_NUMBER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()) {
            // "Kết luận số 01-KL/TW, ngày 18/5/2021": the date of a document, not a deadline; it holds its words, so that no
            // part of it ("tháng 5/2021" of "ngày 19 tháng 5 năm 2021") is read as one either
            return new Unrecognised(at, CITED);
        }
        int year = m.group("y") == null ? c.defaultYear() : Integer.parseInt(m.group("y"));
        LocalDate date = LocalDate.of(year, Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")));
        boolean before = !prefix.isEmpty() && !prefix.endsWith("vào") && !prefix.endsWith("trong");
        return new DateLimit(at, date, before);
    }

    // the years a to b as a window from 1 January of a to 31 December of b
    private static TimePhrase years(Matcher m, Match at, PhraseContext c, String text) {
        int from = Integer.parseInt(m.group("a"));
        int to = Integer.parseInt(m.group("b"));
        if (to < from) {
            return new Unrecognised(at, "năm kết thúc " + to + " trước năm bắt đầu " + from);
        }
        return new Window(at, LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    private static TimePhrase yearEnd(Match at, int year) {
        return period(at, PeriodUnit.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, "năm " + year);
    }

    private static TimePhrase monthWindow(Matcher m, Match at, PhraseContext c, String text) {
        int endYear = Integer.parseInt(m.group("y"));
        int startYear = m.group("y1") == null ? endYear : Integer.parseInt(m.group("y1"));
        YearMonth from = YearMonth.of(startYear, Integer.parseInt(m.group("m1")));
        YearMonth to = YearMonth.of(endYear, Integer.parseInt(m.group("m2")));
        if (from.isAfter(to) && m.group("y1") == null) {
            from = from.minusYears(1);
        }
        return new Window(at, from.atDay(1), to.atEndOfMonth());
    }

    private static TimePhrase dayWindow(Matcher m, Match at, PhraseContext c, String text) {
        int endYear = Integer.parseInt(m.group("y"));
        int startYear = m.group("y1") == null ? endYear : Integer.parseInt(m.group("y1"));
        return new Window(at, LocalDate.of(startYear, Integer.parseInt(m.group("m1")), Integer.parseInt(m.group("d1"))),
                LocalDate.of(endYear, Integer.parseInt(m.group("m2")), Integer.parseInt(m.group("d2"))));
    }

    private static final Map<String, Integer> ROMAN = Map.of("I", 1, "II", 2, "III", 3, "IV", 4);
    private static final List<String> ROMAN_NAMES = List.of("I", "II", "III", "IV");

    private static TimePhrase quarter(Matcher m, Match at, PhraseContext c, String text) {
        String q = m.group("q").toUpperCase(Locale.ROOT);
        int quarter = ROMAN.containsKey(q) ? ROMAN.get(q) : Integer.parseInt(q);
        int year = m.group("y") == null ? c.defaultYear() : Integer.parseInt(m.group("y"));
        LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
        LocalDate end = YearMonth.of(year, quarter * 3).atEndOfMonth();
        return period(at, PeriodUnit.QUARTER, start, end, m.group("pos"), "quý " + ROMAN_NAMES.get(quarter - 1) + "/" + year);
    }

    private static TimePhrase month(Matcher m, Match at, PhraseContext c, String text) {
        int year = m.group("y") == null ? c.defaultYear() : Integer.parseInt(m.group("y"));
        YearMonth month = YearMonth.of(year, Integer.parseInt(m.group("m")));
        return period(at, PeriodUnit.MONTH, month.atDay(1), month.atEndOfMonth(), m.group("pos"),
                "tháng " + month.getMonthValue() + "/" + year);
    }

    private static TimePhrase halfYear(Matcher m, Match at, PhraseContext c, String text) {
        int year = m.group("y") == null ? c.defaultYear() : Integer.parseInt(m.group("y"));
        boolean first = m.group("h").equalsIgnoreCase("đầu");
        LocalDate start = LocalDate.of(year, first ? 1 : 7, 1);
        LocalDate end = first ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        return new Period(at, PeriodUnit.HALF_YEAR, start, end, end, "6 tháng " + (first ? "đầu" : "cuối") + " năm " + year);
    }

    private static TimePhrase year(Matcher m, Match at, PhraseContext c, String text) {
        int year = m.group("y") == null ? c.defaultYear() : Integer.parseInt(m.group("y"));
        return period(at, PeriodUnit.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                m.group("pos").equalsIgnoreCase("trong") ? null : m.group("pos"), "năm " + year);
    }

    // Civil Code Art. 146: đầu = first day, giữa = 15th (30/6 for a year), cuối = last day
    private static Period period(Match at, PeriodUnit unit, LocalDate start, LocalDate end, String position, String label) {
        String pos = position == null ? "" : position.toLowerCase(Locale.ROOT);
        LocalDate limit = switch (pos) {
            case "đầu" -> start;
            case "giữa" -> unit == PeriodUnit.YEAR ? LocalDate.of(start.getYear(), 6, 30)
                    : unit == PeriodUnit.MONTH ? start.withDayOfMonth(15) : start.plusMonths(1).withDayOfMonth(15);
            default -> end;
        };
        String prefix = switch (pos) {
            case "đầu" -> "đầu ";
            case "giữa" -> "giữa ";
            case "cuối" -> "cuối ";
            default -> "hết ";
        };
        return new Period(at, unit, start, end, limit, prefix + label);
    }

    private static Frequency frequency(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "tuần" -> Frequency.WEEKLY;
            case "tháng" -> Frequency.MONTHLY;
            case "quý" -> Frequency.QUARTERLY;
            default -> Frequency.YEARLY;
        };
    }

    private static Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (w) {
            case "ngày làm việc" -> Unit.WORKING_DAYS;
            case "tuần" -> Unit.WEEKS;
            case "tháng" -> Unit.MONTHS;
            case "năm" -> Unit.YEARS;
            default -> Unit.DAYS;
        };
    }

    private static String event(String text) {
        String event = text.strip();
        while (event.endsWith(",") || event.endsWith(":")) {
            event = event.substring(0, event.length() - 1).strip();
        }
        return event;
    }
}

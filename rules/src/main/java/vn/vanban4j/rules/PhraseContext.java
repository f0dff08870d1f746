package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;

/**
 * What a time phrase is read against: the plan's issue date, the year a phrase without one
 * ("trước ngày 14/3", "Quý IV", "cuối năm") belongs to, the end of the span the document
 * covers, until which recurring duties run, and the day the document takes effect, from which a
 * limit such as "trong thời hạn 03 ngày kể từ ngày Quyết định có hiệu lực thi hành" counts.
 *
 * @param issued      the issue date; recurring duties start from it
 * @param defaultYear the plan's year
 * @param until       the last day the document covers: the end of "giai đoạn 2026 - 2030" or "đến
 *                    năm 2030" in its summary, else 31 December of the plan's year
 * @param effective   the day the document takes effect as it states ("Quyết định này có hiệu lực kể từ
 *                    ngày ký", "... thi hành từ ngày 15 tháng 02 năm 2026"); null when it does not say
 */
public record PhraseContext(LocalDate issued, int defaultYear, LocalDate until, LocalDate effective) {

    /** A context covering the span given, the document's taking effect unknown. */
    public PhraseContext(LocalDate issued, int defaultYear, LocalDate until) {
        this(issued, defaultYear, until, null);
    }

    /** A context covering the plan's year. */
    public PhraseContext(LocalDate issued, int defaultYear) {
        this(issued, defaultYear, LocalDate.of(defaultYear, 12, 31));
    }

    private static final Pattern YEAR_IN_SUMMARY = Pattern.compile("năm (\\d{4})\\s*$");

    /** A context for phrases read on their own: issued that day, its year. */
    public static PhraseContext issuedOn(LocalDate issued) {
        return new PhraseContext(issued, issued.getYear());
    }

    /**
     * The context of a plan: its issue date, and as year the one its summary ends with ("... năm
     * 2023", as in a plan issued in December 2022 for 2023), else the issue year.
     */
    public static PhraseContext of(Document plan) {
        LocalDate issued = plan.issueDate() != null ? plan.issueDate() : LocalDate.now();
        int year = issued.getYear();
        if (plan.summary() != null) {
            Matcher m = YEAR_IN_SUMMARY.matcher(plan.summary().strip());
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            }
        }
        LocalDate until = LocalDate.of(year, 12, 31);
        if (plan.summary() != null) {
            PhraseContext provisional = new PhraseContext(issued, year);
            for (TimePhrase phrase : TimePhrases.findAll(plan.summary(), provisional)) {
                LocalDate end = phrase instanceof TimePhrase.Window w ? w.end()
                        : phrase instanceof TimePhrase.Period p && p.unit() == TimePhrase.PeriodUnit.YEAR ? p.end() : null;
                if (end != null && end.isAfter(until)) {
                    until = end; // the first span named: "đến năm 2030, tầm nhìn đến năm 2045" covers to 2030
                    break;
                }
            }
        }
        return new PhraseContext(issued, year, until, plan.issueDate() == null ? null : effective(plan, issued));
    }

    // "Quyết định này có hiệu lực (thi hành) (kể) từ ngày ký", "Nghị quyết này có hiệu lực từ ngày 01/01/2026",
    // "Quy định này có hiệu lực sau 10 ngày kể từ ngày ký", "1. Quyết định có hiệu lực thi hành kể từ ngày ký": the document's own
    // taking effect (a decision numbered, "Quyết định số 12/QĐ-UBND có hiệu lực ...", is another's)
    private static final Pattern TAKES_EFFECT = Pattern.compile("(?iu)\\b" + DeadlineRules.OWN_EFFECT_WORDS + "\\s+"
            + "(?<when>(?:kể\\s+)?từ\\s+(?<own>ngày\\s+(?:ký|ban\\s+hành)(?![\\p{L}\\d]))?[^.;]{0,60}|sau\\s+\\d[^.;]{0,60})");

    // the day the document takes effect by its own words, read as a time phrase against its issue date
    private static LocalDate effective(Document doc, LocalDate issued) {
        List<String> texts = new ArrayList<>();
        doc.sections().forEach(section -> {
            texts.add(section.title());
            Document.visit(section, block -> {
                if (block instanceof Paragraph p) {
                    texts.add(p.text());
                } else if (block instanceof Section s) {
                    texts.add(s.title()); // "1. Quyết định có hiệu lực thi hành kể từ ngày ký" read as a numbered heading
                }
            });
        });
        if (doc.conclusion() != null) {
            texts.add(doc.conclusion());
        }
        PhraseContext context = new PhraseContext(issued, issued.getYear());
        for (String text : texts) {
            Matcher m = TAKES_EFFECT.matcher(text == null ? "" : text);
            while (m.find()) {
                if (m.group("own") != null) {
                    return issued;
                }
                LocalDate day = AS_WRITTEN.resolve(TimePhrases.parse(m.group("when"), context), context, java.util.Map.of()).due();
                if (day != null) {
                    return day;
                }
            }
        }
        return null;
    }

    private static final DeadlineRules AS_WRITTEN = DeadlineRules.standard().withRollForward(false);

    /**
     * True when the document says what span it covers: its summary ends with a year ("... năm
     * 2026") or names a year or a span ("giai đoạn 2026 - 2030", "đến năm 2030"). Otherwise the
     * {@link #until()} of {@link #of(Document)} is only the issue year assumed.
     */
    static boolean statesSpan(Document plan) {
        if (plan.summary() == null) {
            return false;
        }
        if (YEAR_IN_SUMMARY.matcher(plan.summary().strip()).find()) {
            return true;
        }
        PhraseContext context = of(plan);
        return TimePhrases.findAll(plan.summary(), context).stream().anyMatch(phrase -> phrase instanceof TimePhrase.Window
                || phrase instanceof TimePhrase.Period p && p.unit() == TimePhrase.PeriodUnit.YEAR);
    }
}

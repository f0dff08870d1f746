package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.model.Document;

/**
 * What a time phrase is read against: the plan's issue date, the year a phrase without one
 * ("trước ngày 14/3", "Quý IV", "cuối năm") belongs to, and the end of the span the document
 * covers, until which recurring duties run.
 *
 * @param issued      the issue date; recurring duties start from it
 * @param defaultYear the plan's year
 * @param until       the last day the document covers: the end of "giai đoạn 2026 - 2030" or "đến
 *                    năm 2030" in its summary, else 31 December of the plan's year
 */
public record PhraseContext(LocalDate issued, int defaultYear, LocalDate until) {

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
        return new PhraseContext(issued, year, until);
    }

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

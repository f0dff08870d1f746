package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.model.Document;

/**
 * What a time phrase is read against: the plan's issue date and the year a phrase without one
 * ("trước ngày 14/3", "Quý IV", "cuối năm") belongs to.
 *
 * @param issued      the issue date; recurring duties start from it
 * @param defaultYear the plan's year
 */
public record PhraseContext(LocalDate issued, int defaultYear) {
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
        return new PhraseContext(issued, year);
    }
}

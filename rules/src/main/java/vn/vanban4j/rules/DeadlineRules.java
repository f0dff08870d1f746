package vn.vanban4j.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.rules.DueDate.Status;
import vn.vanban4j.rules.TimePhrase.Continuous;
import vn.vanban4j.rules.TimePhrase.DateLimit;
import vn.vanban4j.rules.TimePhrase.Duration;
import vn.vanban4j.rules.TimePhrase.Period;
import vn.vanban4j.rules.TimePhrase.Frequency;
import vn.vanban4j.rules.TimePhrase.Recurring;
import vn.vanban4j.rules.TimePhrase.Relative;
import vn.vanban4j.rules.TimePhrase.Unrecognised;
import vn.vanban4j.rules.TimePhrase.Window;

/**
 * Turns time phrases into due dates by the Civil Code (Bộ luật Dân sự 2015, Arts. 146-148): a
 * period ends on its last day; a limit in months ends on the same day number, or the month's last
 * day; counting starts the day after the anchor; and a limit that ends on a day off moves to the
 * next working day (Art. 148(5); switchable). "trước ngày X" means by the end of X unless told
 * otherwise. Immutable and thread-safe.
 *
 * @param calendar       the working calendar
 * @param rollForward    move a limit that ends on a day off to the next working day
 * @param beforeInclusive read "trước ngày X" as "by the end of X" (else "by the end of the day before X")
 */
public record DeadlineRules(WorkingCalendar calendar, boolean rollForward, boolean beforeInclusive) {

    /** The Vietnamese calendar, roll-forward on, "trước ngày X" inclusive. */
    public static DeadlineRules standard() {
        return new DeadlineRules(WorkingCalendar.vietnam(), true, true);
    }

    public DeadlineRules withRollForward(boolean on) {
        return new DeadlineRules(calendar, on, beforeInclusive);
    }

    public DeadlineRules withBeforeInclusive(boolean inclusive) {
        return new DeadlineRules(calendar, rollForward, inclusive);
    }

    public DeadlineRules withCalendar(WorkingCalendar other) {
        return new DeadlineRules(other, rollForward, beforeInclusive);
    }

    /** Parses {@code text} and resolves its governing phrase. */
    public DueDate resolve(String text, PhraseContext context, Map<String, LocalDate> events) {
        return resolve(TimePhrases.parse(text, context), context, events);
    }

    /**
     * The due date of a phrase. A relative limit is pending until {@code events} holds its event
     * (names compared without regard to case, Unicode form or tone placement); a recurring duty is
     * due at its first occurrence on or after the issue date.
     */
    public DueDate resolve(TimePhrase phrase, PhraseContext context, Map<String, LocalDate> events) {
        if (phrase instanceof DateLimit d) {
            if (d.before() && !beforeInclusive) {
                return due(phrase, d.date().minusDays(1), d.match().text() + " (không kể ngày " + fmt(d.date()) + ")");
            }
            return due(phrase, d.date(), d.match().text());
        }
        if (phrase instanceof Period p) {
            return due(phrase, p.limit(), p.label() + " là " + fmt(p.limit()));
        }
        if (phrase instanceof Window w) {
            return due(phrase, w.end(), "hết " + fmt(w.end()) + " (từ " + fmt(w.start()) + ")");
        }
        if (phrase instanceof Relative r) {
            return relative(r, context, events);
        }
        if (phrase instanceof Recurring r && r.frequency() == Frequency.UNSET) {
            return new DueDate(phrase, null, Status.NONE, r.match().text() + ": chưa nêu chu kỳ (hằng tháng, hằng quý ...)");
        }
        if (phrase instanceof Recurring r) {
            LocalDate first = occurrences(r, context.issued(), context.issued().plusYears(1)).get(0);
            return due(phrase, first, r.match().text() + ": kỳ đầu tiên từ " + fmt(context.issued()) + " là " + fmt(first));
        }
        if (phrase instanceof Continuous) {
            return new DueDate(phrase, null, Status.NONE, "thực hiện thường xuyên: không có hạn");
        }
        if (phrase instanceof Duration) {
            return new DueDate(phrase, null, Status.NONE, "thời lượng " + phrase.match().text() + ": không phải thời hạn");
        }
        return new DueDate(phrase, null, Status.NONE, ((Unrecognised) phrase).reason());
    }

    private DueDate relative(Relative r, PhraseContext context, Map<String, LocalDate> events) {
        Optional<LocalDate> eventDate = findEvent(r.event(), events);
        if (eventDate.isEmpty() && !r.condition() && context.issued() != null && OWN_ISSUE.matcher(r.event().strip()).lookingAt()) {
            // "trong thời hạn 30 ngày kể từ ngày ký", "90 ngày kể từ ngày ban hành Quyết định này": the document's own date
            eventDate = Optional.of(context.issued());
        }
        if (eventDate.isEmpty() && !r.condition() && context.effective() != null && OWN_EFFECT.matcher(r.event().strip()).lookingAt()) {
            // "trong thời hạn 03 ngày kể từ ngày Quyết định có hiệu lực thi hành": the day the document says it takes effect
            eventDate = Optional.of(context.effective());
        }
        if (eventDate.isEmpty()) {
            return new DueDate(r, null, Status.PENDING, r.condition() ? "phát sinh khi " + r.event() + ": chưa có ngày"
                    : "chờ ngày diễn ra " + r.event());
        }
        LocalDate anchor = eventDate.get();
        // Art. 147: counting starts the day after the event; Art. 148: months end on the same day number
        LocalDate end = switch (r.unit()) {
            case DAYS -> anchor.plusDays(r.amount());
            case WORKING_DAYS -> calendar.plusWorkingDays(anchor, r.amount());
            case WEEKS -> anchor.plusWeeks(r.amount());
            case MONTHS -> anchor.plusMonths(r.amount());
            case YEARS -> anchor.plusYears(r.amount());
        };
        String amount = r.amount() == 0 ? "" : String.format("%02d %s sau ", r.amount(), r.unit().vietnamese());
        return due(r, end, amount + r.event() + " (" + fmt(anchor) + ") là " + fmt(end));
    }

    // the document's own signing or issuing, not an event to wait for
    private static final java.util.regex.Pattern OWN_ISSUE = java.util.regex.Pattern.compile("(?iu)(?:ký(?: ban hành)?|ban hành|phát hành)"
            + "(?:\\s+(?:quyết định|kế hoạch|văn bản|công văn|thông báo|nghị quyết|chỉ thị|hướng dẫn|chương trình|nghị định|thông tư|quy chế|quy định))?"
            + "(?:\\s+này)?(?=\\s*(?:$|[,;.]))");

    /**
     * The document's own taking effect ("Quyết định này có hiệu lực thi hành"), not another act's ("Luật Đất đai có hiệu lực",
     * "Quyết định số 12/QĐ-UBND có hiệu lực"): as a limit names it and as the document's last article states it.
     */
    static final String OWN_EFFECT_WORDS = "(?:quyết định|nghị quyết|chỉ thị|quy định|quy chế|thông tư|nghị định|kế hoạch|hướng dẫn"
            + "|chương trình|văn bản)(?:\\s+này)?\\s+có\\s+hiệu\\s+lực(?:\\s+thi\\s+hành)?";
    private static final java.util.regex.Pattern OWN_EFFECT = java.util.regex.Pattern.compile("(?iu)" + OWN_EFFECT_WORDS
            + "(?=\\s*(?:$|[,;.]))");

    /** The event date for a name, compared as names; empty when the host has not recorded it. */
    static Optional<LocalDate> findEvent(String event, Map<String, LocalDate> events) {
        String key = VietnameseText.nameKey(event);
        for (Map.Entry<String, LocalDate> entry : events.entrySet()) {
            String other = VietnameseText.nameKey(entry.getKey());
            if (other.equals(key) || key.contains(other) || other.contains(key)) {
                return Optional.of(entry.getValue());
            }
        }
        return Optional.empty();
    }

    /** The due dates of a recurring duty falling in [from, to], each rolled forward when set so. */
    public List<LocalDate> occurrences(Recurring r, LocalDate from, LocalDate to) {
        List<LocalDate> dates = new ArrayList<>();
        if (r.frequency() == Frequency.UNSET) {
            return dates;
        }
        LocalDate cursor = from;
        for (int guard = 0; guard < 1000; guard++) {
            LocalDate end = periodEnd(r, cursor);
            LocalDate due = r.day() != null ? dayInPeriod(r, cursor) : end;
            if (due.isBefore(from)) {
                cursor = end.plusDays(1);
                continue;
            }
            LocalDate rolled = roll(due);
            if (due.isAfter(to)) {
                break;
            }
            dates.add(rolled);
            cursor = end.plusDays(1);
        }
        return dates;
    }

    private static LocalDate periodEnd(Recurring r, LocalDate day) {
        return switch (r.frequency()) {
            case WEEKLY -> day.plusDays(7 - day.getDayOfWeek().getValue());
            case MONTHLY -> YearMonth.from(day).atEndOfMonth();
            case QUARTERLY -> YearMonth.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 3).atEndOfMonth();
            case HALF_YEARLY -> day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 6, 30) : LocalDate.of(day.getYear(), 12, 31);
            case YEARLY -> LocalDate.of(day.getYear(), 12, 31);
            case UNSET -> throw new IllegalArgumentException("a duty without a period has no period end");
        };
    }

    // "trước ngày 20 hằng tháng": the 20th of the month; of a quarter or year: of its last month
    private static LocalDate dayInPeriod(Recurring r, LocalDate day) {
        YearMonth month = YearMonth.from(periodEnd(r, day));
        return month.atDay(Math.min(r.day(), month.lengthOfMonth()));
    }

    private DueDate due(TimePhrase phrase, LocalDate limit, String reason) {
        LocalDate rolled = roll(limit);
        String because = reason;
        if (!rolled.equals(limit)) {
            because += "; " + fmt(limit) + " là " + calendar.whyOff(limit).orElse("ngày nghỉ") + " -> " + fmt(rolled);
        } else {
            because += " (" + WorkingCalendar.dayName(limit) + ")";
        }
        if (calendar.overlay(rolled.getYear()).isEmpty()) {
            because += "; " + WorkingCalendar.noOverlayNote(rolled.getYear());
        }
        return new DueDate(phrase, rolled, Status.DUE, because);
    }

    private LocalDate roll(LocalDate day) {
        return rollForward ? calendar.onOrAfter(day) : day;
    }

    private static String fmt(LocalDate date) {
        return VietnameseText.shortDate(date);
    }
}

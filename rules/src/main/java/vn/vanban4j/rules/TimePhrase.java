package vn.vanban4j.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A time phrase found in a plan's text, typed, with the text it was read from. Phrases are what the
 * plan says; {@link DeadlineRules} turns them into due dates.
 */
public sealed interface TimePhrase {

    /** The text that was read and where it stands in the input (after NFC and space folding). */
    Match match();

    /** The JSON name of the phrase's kind: date, period, window, relative, recurring, continuous, duration, unrecognised. */
    String kind();

    /**
     * Where a phrase stands.
     *
     * @param text  the phrase as matched
     * @param start its first character in the normalised input
     * @param end   one past its last character
     */
    record Match(String text, int start, int end) {
    }

    /** Time units of durations and relative limits. */
    enum Unit {
        DAYS("ngày"), WORKING_DAYS("ngày làm việc"), WEEKS("tuần"), MONTHS("tháng"), YEARS("năm");

        private final String vietnamese;

        Unit(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** How often a recurring duty falls due. */
    enum Frequency {
        WEEKLY("hằng tuần"), MONTHLY("hằng tháng"), QUARTERLY("hằng quý"), HALF_YEARLY("định kỳ 6 tháng"),
        YEARLY("hằng năm"),
        /** "định kỳ" with no period named: the period is still to be set. */
        UNSET("định kỳ (chưa nêu chu kỳ)");

        private final String vietnamese;

        Frequency(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** The span of a period phrase. */
    enum PeriodUnit {
        MONTH, QUARTER, HALF_YEAR, YEAR
    }

    /**
     * A dated limit: "trước ngày 14/3/2023", "ngày 20/12/2023".
     *
     * @param date   the date written
     * @param before true for "trước ngày", "chậm nhất ngày", "đến ngày": a limit, not an event day
     */
    record DateLimit(Match match, LocalDate date, boolean before) implements TimePhrase {
        @Override
        public String kind() {
            return "date";
        }
    }

    /**
     * A period: "trong tháng 12/2022", "quý II/2023", "6 tháng đầu năm", "cuối năm 2023".
     *
     * @param unit  month, quarter, half year or year
     * @param start the period's first day
     * @param end   the period's last day
     * @param limit the day the phrase points at: the last day for "trong ...", day 1 for "đầu ...",
     *              the middle (Civil Code Art. 146) for "giữa ...", the last day for "cuối ..."
     * @param label the period as written in a reason ("quý III/2023")
     */
    record Period(Match match, PeriodUnit unit, LocalDate start, LocalDate end, LocalDate limit, String label)
            implements TimePhrase {
        @Override
        public String kind() {
            return "period";
        }
    }

    /**
     * A span of time: "Từ tháng 9 đến tháng 10/2023", "giai đoạn 2026 - 2030".
     */
    record Window(Match match, LocalDate start, LocalDate end) implements TimePhrase {
        @Override
        public String kind() {
            return "window";
        }
    }

    /**
     * A limit counted from an event: "chậm nhất 01 tháng sau Hội nghị trực tuyến toàn tỉnh"; or a
     * duty that arises on a condition, with no date until it happens: "khi có yêu cầu", "ngay sau
     * khi sự cố phát sinh", "khi có nhà đầu tư đề xuất".
     *
     * @param amount    how many units after the event (0 for "sau Hội nghị ..." and for conditions)
     * @param unit      the unit
     * @param event     the event's name as written
     * @param condition true when the event is a condition that may or may not come (a request, an
     *                  incident), not an event the plan schedules
     */
    record Relative(Match match, int amount, Unit unit, String event, boolean condition) implements TimePhrase {
        @Override
        public String kind() {
            return "relative";
        }
    }

    /**
     * A duty that comes back: "hằng quý", "trước ngày 20 hằng tháng", "định kỳ 6 tháng".
     *
     * @param frequency how often
     * @param day       the day of the period it is due by ("trước ngày 20 hằng tháng"); null for the period's end
     */
    record Recurring(Match match, Frequency frequency, Integer day) implements TimePhrase {
        @Override
        public String kind() {
            return "recurring";
        }
    }

    /** Ongoing work with no end: "thường xuyên". */
    record Continuous(Match match) implements TimePhrase {
        @Override
        public String kind() {
            return "continuous";
        }
    }

    /**
     * How long an activity lasts: "0,5 ngày".
     *
     * @param amount   the amount (decimal comma read)
     * @param unitText the unit as written ("ngày", "buổi")
     */
    record Duration(Match match, BigDecimal amount, String unitText) implements TimePhrase {
        @Override
        public String kind() {
            return "duration";
        }
    }

    /**
     * Text that holds no time phrase the parser knows.
     *
     * @param reason why, in plain words
     */
    record Unrecognised(Match match, String reason) implements TimePhrase {
        @Override
        public String kind() {
            return "unrecognised";
        }
    }
}

package vn.vanban4j.rules;

import java.time.LocalDate;

/**
 * A phrase resolved to the day by whose end the duty must be done.
 *
 * @param phrase the phrase resolved
 * @param due    the last day (end of day); null when pending or when the phrase sets no limit
 * @param status whether there is a date
 * @param reason how the date was reached, in Vietnamese ("30/09/2023 là thứ Bảy -> 02/10/2023")
 */
public record DueDate(TimePhrase phrase, LocalDate due, Status status, String reason) {

    /** Whether a due date could be set. */
    public enum Status {
        /** A due date is set. */
        DUE,
        /** Relative to an event whose date is not yet known. */
        PENDING,
        /** The phrase sets no limit (thường xuyên, a duration) or was not understood. */
        NONE
    }
}

package vn.vanban4j.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a document is sent: what the package carries beyond the document itself.
 *
 * @param from      the sender
 * @param to        the receivers, at least one
 * @param business  new, update, revocation or replacement
 * @param previous  the package an update, revocation or replacement refers to; null for a new one
 * @param urgency   the urgency mark
 * @param dueDate   the date the receivers must act by; null when the document sets none
 * @param staff     the clerk who sends it; null when not given
 * @param timestamp when the package is sent (the trace header's time, written in Vietnam time);
 *                  the caller gives it, so the same input writes the same bytes
 */
public record Dispatch(Organ from, List<Organ> to, BusinessType business, ResponseFor previous, Urgency urgency,
        LocalDate dueDate, Staff staff, Instant timestamp) {
    public Dispatch {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("a package goes to at least one receiver (To)");
        }
        Objects.requireNonNull(business, "business");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(timestamp, "timestamp");
        if (business != BusinessType.NEW && previous == null) {
            throw new IllegalArgumentException("a package of type " + business
                    + " names the package it refers to (previous)");
        }
    }

    /** A new document from {@code from} to {@code to}, normal urgency, sent at {@code timestamp}. */
    public static Dispatch of(Organ from, List<Organ> to, Instant timestamp) {
        return new Dispatch(from, to, BusinessType.NEW, null, Urgency.NORMAL, null, null, timestamp);
    }

    /** This dispatch as an update, revocation or replacement of {@code previous}. */
    public Dispatch as(BusinessType type, ResponseFor previousPackage) {
        return new Dispatch(from, to, type, previousPackage, urgency, dueDate, staff, timestamp);
    }

    public Dispatch withUrgency(Urgency value) {
        return new Dispatch(from, to, business, previous, value, dueDate, staff, timestamp);
    }

    public Dispatch withDueDate(LocalDate value) {
        return new Dispatch(from, to, business, previous, urgency, value, staff, timestamp);
    }

    public Dispatch withStaff(Staff value) {
        return new Dispatch(from, to, business, previous, urgency, dueDate, value, timestamp);
    }
}

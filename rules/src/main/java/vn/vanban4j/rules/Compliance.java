package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each obligation stands at a date, given what has been submitted: done on time, done late,
 * overdue, due within N working days, not yet due, pending (event date unknown), or without a
 * deadline; with totals per unit and per task. Stateless.
 */
public final class Compliance {
    private Compliance() {
    }

    /** Status of an obligation at a date. */
    public enum Status {
        DONE_ON_TIME, DONE_LATE, OVERDUE, DUE_SOON, NOT_YET_DUE, PENDING, NO_DEADLINE
    }

    /**
     * A unit's submission for an obligation.
     *
     * @param unitId       the unit that submitted
     * @param obligationId the obligation it fulfils
     * @param date         when it was received
     */
    public record Submission(String unitId, String obligationId, LocalDate date) {
    }

    /**
     * One obligation's standing.
     *
     * @param submitted the submission date, or null
     */
    public record Standing(Obligation obligation, Status status, LocalDate submitted) {
    }

    /** Counts of statuses. */
    public record Totals(Map<Status, Integer> counts) {
        public int count(Status status) {
            return counts.getOrDefault(status, 0);
        }
    }

    /**
     * The standings at {@code asOf}.
     *
     * @param standings every obligation's standing, in obligation order
     * @param byUnit    totals per unit id
     * @param byTask    totals per task index (tasks only)
     */
    public record Report(LocalDate asOf, List<Standing> standings, Map<String, Totals> byUnit, Map<Integer, Totals> byTask) {
    }

    /**
     * @param dueSoonWorkingDays an obligation due within this many working days counts as due soon
     */
    public static Report at(ObligationSet obligations, Collection<Submission> submissions, LocalDate asOf,
            int dueSoonWorkingDays, WorkingCalendar calendar) {
        Map<String, LocalDate> submitted = new HashMap<>();
        for (Submission submission : submissions) {
            if (!submission.date().isAfter(asOf)) {
                submitted.merge(submission.unitId() + "\u0000" + submission.obligationId(), submission.date(),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        LocalDate soon = calendar.plusWorkingDays(asOf, dueSoonWorkingDays);
        List<Standing> standings = new ArrayList<>(obligations.obligations().size());
        Map<String, Map<Status, Integer>> byUnit = new TreeMap<>();
        Map<Integer, Map<Status, Integer>> byTask = new TreeMap<>();
        for (Obligation o : obligations.obligations()) {
            LocalDate when = submitted.get(o.unitId() + "\u0000" + o.id());
            Status status = status(o, when, asOf, soon);
            standings.add(new Standing(o, status, when));
            byUnit.computeIfAbsent(o.unitId(), k -> new EnumMap<>(Status.class)).merge(status, 1, Integer::sum);
            if (o.taskIndex() >= 0) {
                byTask.computeIfAbsent(o.taskIndex(), k -> new EnumMap<>(Status.class)).merge(status, 1, Integer::sum);
            }
        }
        Map<String, Totals> unitTotals = new TreeMap<>();
        byUnit.forEach((k, v) -> unitTotals.put(k, new Totals(Map.copyOf(v))));
        Map<Integer, Totals> taskTotals = new TreeMap<>();
        byTask.forEach((k, v) -> taskTotals.put(k, new Totals(Map.copyOf(v))));
        return new Report(asOf, List.copyOf(standings), unitTotals, taskTotals);
    }

    private static Status status(Obligation o, LocalDate submitted, LocalDate asOf, LocalDate soon) {
        LocalDate due = o.due().due();
        if (submitted != null) {
            return due == null || !submitted.isAfter(due) ? Status.DONE_ON_TIME : Status.DONE_LATE;
        }
        if (o.due().status() == DueDate.Status.PENDING) {
            return Status.PENDING;
        }
        if (due == null) {
            return Status.NO_DEADLINE;
        }
        if (due.isBefore(asOf)) {
            return Status.OVERDUE;
        }
        return due.isAfter(soon) ? Status.NOT_YET_DUE : Status.DUE_SOON;
    }
}

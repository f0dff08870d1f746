package vn.vanban4j.rules;

/**
 * One unit's (or one member's) duty under a plan: what is owed, to whom, by when.
 *
 * @param id        stable within the plan: "task-12/lead/btg", "report-2#3/ubnd", "personal/cb-pgd/1"
 * @param kind      what is owed
 * @param role      lead or partner for a task; LEAD for everything else
 * @param unitId    the org-chart unit that owes it
 * @param unitName  that unit's name
 * @param member    the member who owes it, for personal plans and exemplary commitments; null otherwise
 * @param owedTo    the body the duty is owed to (the plan's issuer, the report's recipient, the cell)
 * @param via       the body it goes through ("qua Sở Công Thương", the schedule's "qua Ban Tuyên giáo");
 *                  null when it goes straight
 * @param what      the duty in words: the task's text, the report's name
 * @param taskIndex the task's index in {@code plan.tasks()}; -1 when not from a task
 * @param deadline  the time phrase as the plan writes it; null when the plan gives none
 * @param due       the resolved due date
 */
public record Obligation(String id, Kind kind, Role role, String unitId, String unitName, String member,
        String owedTo, String via, String what, int taskIndex, String deadline, DueDate due) {

    /** What is owed. */
    public enum Kind {
        /** Carry out a task. */
        TASK,
        /** Write the unit's own plan under this one. */
        SUBORDINATE_PLAN,
        /** Send a report of the reporting schedule (one per occurrence). */
        REPORT,
        /** A member's personal plan ("kế hoạch cá nhân"). */
        PERSONAL_PLAN,
        /** A key leader's registration of 1-2 exemplary tasks ("đăng ký nêu gương"). */
        EXEMPLARY_COMMITMENT
    }

    /** In charge or taking part. */
    public enum Role {
        LEAD, PARTNER
    }
}

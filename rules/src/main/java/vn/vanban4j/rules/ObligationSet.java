package vn.vanban4j.rules;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The obligations derived from a plan, with the names in the plan that matched no unit and the
 * duties the plan states twice.
 *
 * @param obligations every obligation, in plan order
 * @param unmatched   names the plan gives that the org chart does not know, and tasks with no lead,
 *                    with where they stand
 * @param merged      duties a task and the reporting schedule both give, kept once
 */
public record ObligationSet(List<Obligation> obligations, List<UnmatchedName> unmatched, List<Merge> merged) {
    public ObligationSet {
        obligations = List.copyOf(obligations);
        unmatched = List.copyOf(unmatched);
        merged = List.copyOf(merged);
    }

    /**
     * A duty stated twice, kept once: the report of the reporting schedule stays (it names the
     * recipient and the body it goes through); the same unit's report from a task, due the same day, goes.
     *
     * @param kept    the id of the obligation kept
     * @param dropped the id of the one merged into it
     */
    public record Merge(String kept, String dropped) {
    }

    /** The obligations by id. */
    public Map<String, Obligation> byId() {
        return obligations.stream().collect(Collectors.toMap(Obligation::id, Function.identity()));
    }

    /** The obligations of one unit. */
    public List<Obligation> ofUnit(String unitId) {
        return obligations.stream().filter(o -> o.unitId().equals(unitId)).toList();
    }

    /**
     * A name in the plan that matched no unit of the org chart, or a task that names no lead.
     *
     * @param name  the name as written; for a task without a lead, {@link #NO_OWNER} and the task's
     *              first words ("(no owner): Tổ chức hội nghị quán triệt ...")
     * @param where where the plan gives it ("task 3", "reporting schedule")
     */
    public record UnmatchedName(String name, String where) {
        /** How the name of a task without a lead begins. */
        public static final String NO_OWNER = "(no owner)";

        /** True for a task that names no lead, rather than a name that matched nothing. */
        public boolean noOwner() {
            return name.startsWith(NO_OWNER);
        }
    }
}

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
 * @param unmatched   names the plan gives that the org chart does not know, with where they stand
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
     * A name in the plan that matched no unit of the org chart.
     *
     * @param name  the name as written
     * @param where where the plan gives it ("task 3", "reporting schedule")
     */
    public record UnmatchedName(String name, String where) {
    }
}

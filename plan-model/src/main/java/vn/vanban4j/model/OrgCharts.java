package vn.vanban4j.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban4j.model.PlanFormatException.Problem;
import vn.vanban4j.model.internal.ModelMessages;

/**
 * Reads org charts from JSON, with the same error reporting as {@link Plans}: besides the shape,
 * the units must form a tree (each id once, each parent a unit of the chart, no unit its own
 * parent or ancestor), every problem named with its JSON path and the unit's id.
 */
public final class OrgCharts {
    private OrgCharts() {
    }

    public static OrgChart read(Path file) throws IOException {
        return read(new String(BoundedRead.bytes(file, Plans.MAX_BYTES, "Plans.MAX_BYTES"), StandardCharsets.UTF_8),
                file.getFileName().toString());
    }

    /** @throws PlanFormatException with every problem found */
    public static OrgChart read(String json, String source) {
        OrgChart chart = ModelJson.read(json, source, OrgChart.class);
        List<Problem> problems = problems(chart);
        if (!problems.isEmpty()) {
            throw new PlanFormatException(source, problems);
        }
        return chart;
    }

    /**
     * What keeps the units from forming a tree, in the order of the units, each at its JSON path
     * ("$.units[3].parent: unit \"a\" is its own parent"): an id given twice, a unit that is its
     * own parent, a parent that is no unit of the chart, units that are each other's ancestors.
     * Empty for a sound chart.
     */
    public static List<Problem> problems(OrgChart chart) {
        List<OrgChart.Unit> units = chart.units();
        Map<String, Integer> first = new HashMap<>();
        List<Map.Entry<Integer, Problem>> found = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Integer earlier = first.putIfAbsent(units.get(i).id(), i);
            if (earlier != null) {
                found.add(Map.entry(i, tree(at(i, "id"), Message.of(ModelMessages.DUPLICATE_UNIT,
                        units.get(i).id(), earlier))));
            }
        }
        for (int i = 0; i < units.size(); i++) {
            OrgChart.Unit unit = units.get(i);
            if (unit.id().equals(unit.parent())) {
                found.add(Map.entry(i, tree(at(i, "parent"), Message.of(ModelMessages.OWN_PARENT, unit.id()))));
            } else if (unit.parent() != null && !first.containsKey(unit.parent())) {
                found.add(Map.entry(i, tree(at(i, "parent"), Message.of(ModelMessages.UNKNOWN_PARENT, unit.id(),
                        unit.parent()))));
            }
        }
        cycles(units, first, found);
        found.sort(Comparator.comparing(Map.Entry::getKey));
        return found.stream().map(Map.Entry::getValue).toList();
    }

    // follows each unit's parents once (linear): a walk that comes back to a unit of its own path is a cycle
    private static void cycles(List<OrgChart.Unit> units, Map<String, Integer> index, List<Map.Entry<Integer, Problem>> found) {
        int[] state = new int[units.size()]; // 0 not seen, 1 on the current walk, 2 done
        for (int start = 0; start < units.size(); start++) {
            List<Integer> walk = new ArrayList<>();
            Integer at = start;
            while (at != null && state[at] == 0) {
                state[at] = 1;
                walk.add(at);
                OrgChart.Unit unit = units.get(at);
                at = unit.parent() == null || unit.parent().equals(unit.id()) ? null : index.get(unit.parent());
            }
            if (at != null && state[at] == 1) {
                List<Integer> cycle = walk.subList(walk.indexOf(at), walk.size());
                int head = cycle.stream().min(Integer::compare).orElseThrow();
                StringBuilder names = new StringBuilder();
                for (int k = 0; k <= Math.min(cycle.size(), CYCLE_NAMES); k++) {
                    int member = cycle.get((cycle.indexOf(head) + k) % cycle.size());
                    names.append(k == 0 ? "" : " -> ").append('"').append(units.get(member).id()).append('"');
                }
                Object more = cycle.size() > CYCLE_NAMES ? Message.of(ModelMessages.CYCLE_MORE, cycle.size()) : "";
                found.add(Map.entry(head, tree(at(head, "parent"), Message.of(ModelMessages.CYCLE, units.get(head).id(),
                        names, more))));
            }
            walk.forEach(w -> state[w] = 2);
        }
    }

    private static final int CYCLE_NAMES = 8;

    private static Problem tree(String path, Message text) {
        return Problem.of(Problem.Code.NOT_A_TREE, path, text);
    }

    private static String at(int unit, String field) {
        return "$.units[" + unit + "]." + field;
    }

    public static String toJson(OrgChart chart) {
        return ModelJson.write(chart);
    }
}

package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;

/** validate and show. */
final class PlanCommands {
    private PlanCommands() {
    }

    static int validate(List<String> raw, PrintStream out, PrintStream err, Locale locale) throws IOException {
        Args args = Args.parse(raw, Set.of("--json"), Set.of());
        Path file = Path.of(args.positional(1, "one plan file").get(0));
        try {
            Document plan = InputFiles.plan(file);
            if (args.flag("--json")) {
                out.println(Output.json(Map.of("file", file.toString(), "valid", true, "problems", List.of())));
            } else {
                out.println(file + ": valid " + plan.name() + ", "
                        + plan.tasks().size() + " tasks");
            }
            return Main.OK;
        } catch (PlanFormatException e) {
            if (args.flag("--json")) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("file", file.toString());
                result.put("valid", false);
                result.put("problems", e.problems());
                out.println(Output.json(result));
            } else {
                e.problems().forEach(p -> out.println(file + ": " + p.describe(locale)));
                err.println(e.summary(locale));
            }
            return Main.INVALID;
        }
    }

    static int show(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--json"), Set.of());
        Document plan = InputFiles.plan(Path.of(args.positional(1, "one plan file").get(0)));
        if (args.flag("--json")) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("kind", plan.kind());
            result.put("number", plan.number() == null ? null : plan.number().toString());
            result.put("issuer", plan.header().issuerName());
            result.put("issueDate", plan.issueDate());
            result.put("title", vn.vanban4j.model.VietnameseText.upper(plan.kind().vietnameseName()) + " " + plan.summary());
            result.put("sections", outline(plan.sections()));
            List<Map<String, Object>> tasks = new ArrayList<>();
            for (Task task : plan.tasks()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("lead", task.lead());
                t.put("partners", task.partners());
                t.put("deadline", task.deadline());
                t.put("recurrence", task.recurrence());
                t.put("text", task.text());
                tasks.add(t);
            }
            result.put("tasks", tasks);
            out.println(Output.json(result));
            return Main.OK;
        }
        out.println((plan.number() == null ? plan.name() : plan.kind().vietnameseName() + " số " + plan.number()) + " - " + plan.header().issuerName()
                + (plan.issueDate() == null ? "" : ", " + vn.vanban4j.model.VietnameseText.shortDate(plan.issueDate())));
        out.println(plan.summary());
        out.println();
        printOutline(plan.sections(), "", out);
        out.println();
        out.println("Nhiệm vụ (" + plan.tasks().size() + "):");
        int n = 0;
        for (Task task : plan.tasks()) {
            n++;
            out.println(String.format("%3d. %s", n, String.join("; ", task.lead())));
            if (task.deadline() != null) {
                out.println("     thời hạn: " + task.deadline());
            }
            if (task.recurrence() != null) {
                out.println("     định kỳ: " + task.recurrence());
            }
        }
        return Main.OK;
    }

    private static List<Map<String, Object>> outline(List<Section> sections) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Section section : sections) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("number", section.number());
            s.put("title", section.title());
            s.put("sections", outline(section.sections()));
            result.add(s);
        }
        return result;
    }

    private static void printOutline(List<Section> sections, String indent, PrintStream out) {
        for (Section section : sections) {
            out.println(indent + (section.number() == null ? "" : section.number() + " ")
                    + (section.title() == null ? "" : section.title()));
            printOutline(section.sections(), indent + "  ", out);
        }
    }
}

package vn.vanban4j.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.rules.Compliance;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Diagnostic;
import vn.vanban4j.rules.DueDate;
import vn.vanban4j.rules.LunarCalendar;
import vn.vanban4j.rules.LunarDate;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PhraseContext;
import vn.vanban4j.rules.PlanChecks;
import vn.vanban4j.rules.TimePhrases;
import vn.vanban4j.rules.WorkingCalendar;
import vn.vanban4j.rules.export.IcsExport;
import vn.vanban4j.rules.export.TrackingSheet;

/** deadline, lunar, calendar, obligations and check. */
final class RuleCommands {
    private RuleCommands() {
    }

    static int deadline(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--json", "--no-rollforward"), Set.of("--issued", "--events"));
        String phrase = args.positional(1, "one phrase, in quotes").get(0);
        LocalDate issued = args.option("--issued") == null ? LocalDate.now() : date(args.option("--issued"), "--issued");
        Map<String, LocalDate> events = args.option("--events") == null ? Map.of() : events(Path.of(args.option("--events")));
        DeadlineRules rules = DeadlineRules.standard().withRollForward(!args.flag("--no-rollforward"));
        PhraseContext context = PhraseContext.issuedOn(issued);
        DueDate due = rules.resolve(TimePhrases.parse(phrase, context), context, events);
        if (args.flag("--json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", due.phrase().kind());
            json.put("due", due.due() == null ? null : due.due().toString());
            json.put("reason", due.reason());
            out.println(Output.json(json));
        } else {
            out.println(due.phrase().kind() + ": " + (due.due() == null ? "-" : VietnameseText.shortDate(due.due())));
            out.println(due.reason());
        }
        return due.phrase() instanceof vn.vanban4j.rules.TimePhrase.Unrecognised ? Main.INVALID : Main.OK;
    }

    static int lunar(List<String> raw, PrintStream out, PrintStream err) {
        Args args = Args.parse(raw, Set.of("--json"), Set.of());
        LocalDate day = date(args.positional(1, "one date YYYY-MM-DD").get(0), "the date");
        LunarDate lunar = LunarCalendar.vietnamese().toLunar(day);
        if (args.flag("--json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("year", lunar.year());
            json.put("month", lunar.month());
            json.put("day", lunar.day());
            json.put("leap", lunar.leap());
            out.println(Output.json(json));
        } else {
            out.println(VietnameseText.shortDate(day) + " là ngày " + lunar.day() + " tháng " + lunar.month()
                    + (lunar.leap() ? " nhuận" : "") + " năm " + lunar.year() + " âm lịch");
        }
        return Main.OK;
    }

    static int calendar(List<String> raw, PrintStream out, PrintStream err) {
        Args args = Args.parse(raw, Set.of("--json"), Set.of());
        String yearText = args.positional(1, "one year").get(0);
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            throw new UsageException("\"" + yearText + "\" is not a year");
        }
        if (year < 1901 || year > 2198) {
            throw new UsageException("the working calendar covers the years 1901 to 2198, not " + year);
        }
        WorkingCalendar calendar = WorkingCalendar.vietnam();
        List<WorkingCalendar.DayOff> off = calendar.daysOff(year);
        List<WorkingCalendar.DayOff> makeUp = calendar.makeUpWorkingDays(year);
        if (args.flag("--json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("official", calendar.overlay(year).isPresent());
            json.put("daysOff", days(off));
            json.put("makeUpWorkingDays", days(makeUp));
            out.println(Output.json(json));
        } else {
            out.println("Ngày nghỉ năm " + year + (calendar.overlay(year).isPresent() ? " (theo lịch chính thức)"
                    : " (" + WorkingCalendar.noOverlayNote(year) + ")") + ":");
            off.forEach(d -> out.println("  " + VietnameseText.shortDate(d.date()) + " " + WorkingCalendar.dayName(d.date())
                    + "  " + d.name()));
            if (!makeUp.isEmpty()) {
                out.println("Ngày làm bù:");
                makeUp.forEach(d -> out.println("  " + VietnameseText.shortDate(d.date()) + "  " + d.name()));
            }
        }
        return Main.OK;
    }

    private static List<Map<String, String>> days(List<WorkingCalendar.DayOff> days) {
        List<Map<String, String>> list = new ArrayList<>();
        for (WorkingCalendar.DayOff d : days) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("name", d.name());
            list.add(m);
        }
        return list;
    }

    static int obligations(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("--org", "--as-of", "--format", "-o", "--events", "--submissions",
                "--remind"));
        Path planFile = Path.of(args.positional(1, "one plan file or a folder of plans").get(0));
        if (args.option("--org") == null || args.option("--as-of") == null) {
            throw new UsageException("--org ORG.json and --as-of DATE are required");
        }
        String format = args.option("--format", "table");
        if (!Set.of("table", "json", "ics", "xlsx").contains(format)) {
            throw new UsageException("--format is one of table, json, ics, xlsx");
        }
        if ((format.equals("ics") || format.equals("xlsx")) && args.option("-o") == null) {
            throw new UsageException("--format " + format + " needs -o " + (format.equals("ics") ? "DIR" : "FILE.xlsx"));
        }
        LocalDate asOf = date(args.option("--as-of"), "--as-of");
        List<Path> inputs = new ArrayList<>();
        if (Files.isDirectory(planFile)) {
            try (var files = Files.list(planFile)) {
                inputs.addAll(files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList());
            }
            if (inputs.isEmpty()) {
                throw new UsageException(planFile + " holds no .json plan");
            }
        } else {
            inputs.add(planFile);
        }
        List<Document> plans = new ArrayList<>();
        for (Path file : inputs) {
            plans.add(InputFiles.plan(file));
        }
        for (String option : List.of("--org", "--events", "--submissions")) {
            if (args.option(option) != null) {
                inputs.add(Path.of(args.option(option)));
            }
        }
        Document plan = plans.get(0);
        DeadlineRules rules = DeadlineRules.standard();
        Map<String, LocalDate> events = args.option("--events") == null ? Map.of() : events(Path.of(args.option("--events")));
        OrgChart chart = orgChart(Path.of(args.option("--org")));
        ObligationSet set = plans.size() == 1 ? Obligations.derive(plan, chart, rules, events)
                : Obligations.deriveAll(plans, chart, rules, events);
        List<Compliance.Submission> submissions = args.option("--submissions") == null ? List.of()
                : submissions(Path.of(args.option("--submissions")));
        Compliance.Report report = Compliance.at(set, submissions, asOf, 5, rules.calendar());
        set.unmatched().forEach(u -> err.println("không khớp đơn vị nào: \"" + u.name() + "\" (" + u.where() + ")"));
        set.merged().forEach(m -> err.println("gộp nhiệm vụ trùng: " + m.dropped() + " là " + m.kept()));
        switch (format) {
            case "json" -> out.println(Output.json(json(report, set)));
            case "xlsx" -> {
                InputFiles.checkNotInput(args.option("-o"), inputs);
                Output.write(args.option("-o"), TrackingSheet.xlsx(report, plan.name()), out, false);
            }
            case "ics" -> {
                Path dir = Path.of(args.option("-o"));
                int remind = Integer.parseInt(args.option("--remind", "3"));
                Set<String> units = new LinkedHashSet<>();
                set.obligations().forEach(o -> units.add(o.unitId()));
                for (String unit : units) {
                    InputFiles.checkNotInput(dir.resolve(unit + ".ics"), inputs);
                }
                for (String unit : units) {
                    Path target = dir.resolve(unit + ".ics");
                    String ics = IcsExport.forUnit(set, unit, remind, rules.calendar(),
                            plan.issueDate().atStartOfDay().toInstant(ZoneOffset.ofHours(7)));
                    AtomicFiles.write(target, ics.getBytes(StandardCharsets.UTF_8));
                }
                out.println("wrote " + units.size() + " calendars to " + dir);
            }
            default -> table(report, out);
        }
        return Main.OK;
    }

    private static Map<String, Object> json(Compliance.Report report, ObligationSet set) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("asOf", report.asOf().toString());
        List<Map<String, Object>> list = new ArrayList<>();
        for (Compliance.Standing s : report.standings()) {
            Obligation o = s.obligation();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", o.id());
            m.put("kind", o.kind());
            m.put("role", o.role());
            m.put("unitId", o.unitId());
            m.put("unit", o.unitName());
            m.put("member", o.member());
            m.put("owedTo", o.owedTo());
            m.put("via", o.via());
            m.put("what", o.what());
            m.put("deadline", o.deadline());
            m.put("due", o.due().due() == null ? null : o.due().due().toString());
            m.put("reason", o.due().reason());
            m.put("status", s.status());
            m.put("submitted", s.submitted() == null ? null : s.submitted().toString());
            list.add(m);
        }
        json.put("obligations", list);
        json.put("unmatched", set.unmatched());
        json.put("merged", set.merged());
        return json;
    }

    private static void table(Compliance.Report report, PrintStream out) {
        out.println(String.format("%-28s %-40s %-10s %s", "Mã", "Đơn vị", "Hạn", "Tình trạng"));
        for (Compliance.Standing s : report.standings()) {
            Obligation o = s.obligation();
            String unit = o.unitName() + (o.member() == null ? "" : " / " + o.member());
            out.println(String.format("%-28s %-40s %-10s %s", o.id(), unit.length() > 40 ? unit.substring(0, 39) + "…" : unit,
                    o.due().due() == null ? "-" : VietnameseText.shortDate(o.due().due()), TrackingSheet.status(s.status())));
        }
    }

    static int check(List<String> raw, PrintStream out, PrintStream err, Locale locale) throws IOException {
        Args args = Args.parse(raw, Set.of("--json"), Set.of());
        Path file = Path.of(args.positional(1, "one plan file").get(0));
        List<Diagnostic> diagnostics = PlanChecks.check(InputFiles.plan(file), DeadlineRules.standard());
        if (args.flag("--json")) {
            out.println(Output.json(Map.of("file", file.toString(), "diagnostics", diagnostics)));
        } else {
            diagnostics.forEach(d -> out.println(file + ": " + d.describe(locale)));
            out.println(file + ": " + PlanChecks.errors(diagnostics).size() + " errors, "
                    + (diagnostics.size() - PlanChecks.errors(diagnostics).size()) + " warnings");
        }
        return PlanChecks.errors(diagnostics).isEmpty() ? Main.OK : Main.INVALID;
    }

    private static LocalDate date(String text, String what) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(what + ": \"" + text + "\" is not a date YYYY-MM-DD");
        }
    }

    private static Map<String, LocalDate> events(Path file) throws IOException {
        Map<String, String> raw = Output.mapper().readValue(InputFiles.text(file), new TypeReference<Map<String, String>>() { });
        Map<String, LocalDate> events = new LinkedHashMap<>();
        raw.forEach((name, date) -> events.put(name, date(date, file + ": \"" + name + "\"")));
        return events;
    }

    /** An org chart file, read as {@link OrgCharts} reads it, within the command line's text limit. */
    static OrgChart orgChart(Path file) throws IOException {
        return OrgCharts.read(InputFiles.text(file), file.getFileName().toString());
    }

    private static List<Compliance.Submission> submissions(Path file) throws IOException {
        return Output.mapper().readValue(InputFiles.text(file), new TypeReference<List<Compliance.Submission>>() { });
    }
}

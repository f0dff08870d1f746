package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.WorkbookLimits;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;

/** report blank-forms and report consolidate. */
final class ReportCommand {
    private ReportCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        if (raw.isEmpty() || !Set.of("blank-forms", "consolidate").contains(raw.get(0))) {
            throw new UsageException("report blank-forms PLAN.json -o DIR | report consolidate PLAN.json DIR --as-of DATE -o OUTDIR");
        }
        return raw.get(0).equals("blank-forms") ? blank(raw.subList(1, raw.size()), out)
                : consolidate(raw.subList(1, raw.size()), out, err);
    }

    private static List<Appendix> forms(Document plan, String formsFile) throws IOException {
        if (formsFile != null) {
            return ModelJson.read(InputFiles.text(Path.of(formsFile)), formsFile, FormSet.class).forms();
        }
        return plan.appendices().stream().filter(a -> a.kind() == Appendix.AppendixKind.FORM).toList();
    }

    private static int blank(List<String> raw, PrintStream out) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("-o", "--forms", "--unit"));
        Path planFile = Path.of(args.positional(1, "one plan file").get(0));
        if (args.option("-o") == null) {
            throw new UsageException("-o DIR is required");
        }
        Path target = Path.of(args.option("-o")).resolve("bieu-mau.xlsx");
        InputFiles.checkNotInput(target, inputs(planFile, args.option("--forms")));
        Document plan = InputFiles.plan(planFile);
        List<Appendix> forms = forms(plan, args.option("--forms"));
        if (forms.isEmpty()) {
            throw new UsageException("the plan has no forms; give them with --forms FORMS.json");
        }
        AtomicFiles.write(target, FormWorkbook.blank(forms, args.option("--unit", "")));
        out.println("wrote " + target);
        return Main.OK;
    }

    private static int consolidate(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("-o", "--forms", "--org", "--as-of"));
        List<String> positional = args.positional(2, "PLAN.json and a folder of workbooks");
        if (args.option("-o") == null || args.option("--as-of") == null) {
            throw new UsageException("--as-of DATE and -o OUTDIR are required");
        }
        LocalDate asOf = LocalDate.parse(args.option("--as-of"));
        Path planFile = Path.of(positional.get(0));
        Document plan = InputFiles.plan(planFile);
        List<Appendix> forms = forms(plan, args.option("--forms"));
        Path folder = Path.of(positional.get(1));
        List<Path> files;
        List<String> errors = new ArrayList<>();
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> all = list.sorted().toList();
            files = all.stream().filter(p -> extension(p).equals("xlsx")).toList();
            // a workbook saved in another format would silently drop its unit from the report
            all.stream().filter(p -> Set.of("xlsm", "xls", "ods", "xlsb").contains(extension(p)))
                    .forEach(p -> errors.add(p.getFileName() + ": not an .xlsx workbook; save it as Excel .xlsx"));
        }
        if (files.isEmpty() && errors.isEmpty()) {
            err.println("vanban4j report: " + folder + " holds no unit workbook (.xlsx)");
            return Main.INVALID;
        }
        Path dir = Path.of(args.option("-o"));
        Path xlsx = dir.resolve("tong-hop.xlsx");
        Path docx = dir.resolve("bao-cao.docx");
        List<Path> inputs = inputs(planFile, args.option("--forms"), args.option("--org"));
        inputs.addAll(files);
        InputFiles.checkNotInput(xlsx, inputs);
        InputFiles.checkNotInput(docx, inputs);
        List<Reports.Received> received = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                // a FIFO or a link to a device is refused unopened; no more than the limit is read
                bytes = InputFiles.read(file, WorkbookLimits.DEFAULT.fileBytes(), "WorkbookLimits.fileBytes");
            } catch (InputFiles.Refused e) {
                errors.add(e.getMessage());
                continue;
            }
            // the command line takes a file's time as when it was received; a host gives its own
            LocalDate on = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.ofHours(7));
            received.add(new Reports.Received(file.getFileName().toString(), bytes, on));
        }
        DeadlineRules rules = DeadlineRules.standard();
        List<String> expected = args.option("--org") == null ? List.of()
                : Reports.expectedUnits(plan, RuleCommands.orgChart(Path.of(args.option("--org"))), rules);
        Reports.Consolidated consolidated;
        try {
            if (!errors.isEmpty()) {
                throw new FormErrors("the unit workbooks", errors);
            }
            consolidated = Reports.consolidate(plan, forms, received, expected, asOf, rules);
        } catch (FormErrors e) {
            errors.addAll(e.problems().stream().filter(p -> !errors.contains(p)).toList());
            errors.forEach(err::println);
            return Main.INVALID;
        }
        // both made before either is written: they appear together or not at all
        byte[] document = Renderer.standard().docx(consolidated.report());
        AtomicFiles.writeAll(Map.of(xlsx, o -> o.write(consolidated.workbook()), docx, o -> o.write(document)));
        out.println("wrote " + xlsx);
        out.println("wrote " + docx);
        return Main.OK;
    }

    // the files named on the command line (null for an option not given)
    private static List<Path> inputs(Path plan, String... options) {
        List<Path> inputs = new ArrayList<>(List.of(plan));
        for (String option : options) {
            if (option != null) {
                inputs.add(Path.of(option));
            }
        }
        return inputs;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}

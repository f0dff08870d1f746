package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Plans;

/**
 * import FILE.(docx|pdf|txt) -o PLAN.json [--json]: reads a document in and writes it as a plan.
 * Exit 0 when every header field was found, 1 when the file cannot be read, 3 when the plan was
 * written with header fields missing.
 */
final class ImportCommand {
    static final int INCOMPLETE = 3;

    private ImportCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--json"), Set.of("-o"));
        Path file = Path.of(args.positional(1, "one .docx, .pdf or .txt file").get(0));
        if (args.option("-o") == null) {
            throw new UsageException("-o PLAN.json is required");
        }
        Importer.Format format = Importer.Format.of(file.getFileName().toString())
                .orElseThrow(() -> new UsageException(file + ": the file must end in .docx, .pdf or .txt"));
        String target = args.option("-o");
        InputFiles.checkNotInput(target, List.of(file));
        ImportResult result = Importer.read(read(file, format), format, file.getFileName().toString());
        // with "-o -" the plan goes to standard output and the findings to standard error
        PrintStream report = Output.toStdout(target) ? err : out;
        Output.write(target, Plans.toJson(result.document()).getBytes(java.nio.charset.StandardCharsets.UTF_8), report,
                args.flag("--json"));
        if (args.flag("--json")) {
            List<Map<String, Object>> list = new ArrayList<>();
            for (Finding f : result.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("field", f.field());
                m.put("value", f.value());
                m.put("source", f.source());
                m.put("confidence", f.confidence());
                m.put("status", f.status().name().toLowerCase(java.util.Locale.ROOT));
                list.add(m);
            }
            report.println(Output.json(list));
        } else {
            result.findings().forEach(f -> report.println(f));
        }
        List<String> missing = result.missingHeaderFields();
        if (!missing.isEmpty()) {
            err.println("vanban4j import: " + file.getFileName() + ": not found: " + String.join(", ", missing));
            return INCOMPLETE;
        }
        return Main.OK;
    }

    // a document up to Importer.MAX_BYTES (ImportLimits.fileBytes); extracted text up to the command line's text limit
    private static byte[] read(Path file, Importer.Format format) throws IOException {
        return format == Importer.Format.TEXT ? InputFiles.read(file, InputFiles.TEXT_BYTES, InputFiles.TEXT_SETTING)
                : InputFiles.read(file, Importer.MAX_BYTES, "ImportLimits.fileBytes");
    }
}

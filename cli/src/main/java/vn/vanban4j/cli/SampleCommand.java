package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Plans;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** samples OUTDIR: writes the sample documents. */
final class SampleCommand {
    private SampleCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of());
        Path dir = Path.of(args.positional(1, "an output folder").get(0));
        Renderer renderer = Renderer.standard();
        for (var entry : java.util.Map.of("107-KH-ThU", Samples.laiChauPlan(), "198-KH-TU", Samples.caoBangPlan())
                .entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
            write(dir.resolve(entry.getKey() + ".json"), Plans.toJson(entry.getValue()), out);
            Path docx = dir.resolve(entry.getKey() + ".docx");
            renderer.writeDocx(entry.getValue(), docx);
            out.println("wrote " + docx);
        }
        write(dir.resolve("org-lai-chau.json"), OrgCharts.toJson(Samples.laiChauOrgChart()), out);
        return Main.OK;
    }

    private static void write(Path file, String text, PrintStream out) throws IOException {
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        out.println("wrote " + file);
    }
}

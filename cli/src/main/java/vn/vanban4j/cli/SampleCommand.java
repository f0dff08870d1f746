package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** samples OUTDIR: writes the sample documents. */
final class SampleCommand {
    private SampleCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err, Locale locale) throws IOException {
        Args args = Args.parse(raw, Set.of(), Set.of("--pdf-timeout"));
        Path dir = Path.of(args.positional(1, "an output folder").get(0));
        Renderer renderer = Renderer.standard();
        Map<String, Document> plans = Samples.all();
        try (PdfConverter pdf = PdfConverter.standard().withTimeout(RenderCommand.pdfTimeout(args))) {
            boolean pdfAvailable = true;
            for (Map.Entry<String, Document> entry : plans.entrySet()) {
                write(dir.resolve(entry.getKey() + ".json"), Plans.toJson(entry.getValue()), out);
                byte[] docx = renderer.docx(entry.getValue());
                write(dir.resolve(entry.getKey() + ".docx"), docx, out);
                write(dir.resolve(entry.getKey() + ".html"), renderer.html(entry.getValue()), out);
                if (pdfAvailable) {
                    try {
                        write(dir.resolve(entry.getKey() + ".pdf"), renderer.pdf(entry.getValue(), pdf, entry.getKey() + ".docx"), out);
                    } catch (RenderException e) {
                        pdfAvailable = false;
                        err.println("no PDF: " + e.message(locale));
                    }
                }
            }
        }
        write(dir.resolve("bieu-1-5.json"), vn.vanban4j.model.ModelJson.write(
                new vn.vanban4j.render.FormWorkbook.FormSet(Samples.caoBangReportForms())), out);
        vn.vanban4j.samples.ReportSample.Outcome report = vn.vanban4j.samples.ReportSample.run(dir.resolve("bao-cao"));
        report.errors().forEach(e -> err.println("returned for correction: " + e));
        out.println("wrote " + report.docx());
        out.println("wrote " + report.xlsx());
        write(dir.resolve("org-lai-chau.json"), OrgCharts.toJson(Samples.laiChauOrgChart()), out);
        return Main.OK;
    }

    private static void write(Path file, String text, PrintStream out) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8), out);
    }

    private static void write(Path file, byte[] bytes, PrintStream out) throws IOException {
        AtomicFiles.write(file, bytes);
        out.println("wrote " + file);
    }
}

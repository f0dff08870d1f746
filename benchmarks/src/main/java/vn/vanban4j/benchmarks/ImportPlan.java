package vn.vanban4j.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * Reads in the 20-page 198-KH/TU as rendered to DOCX, to PDF (the PDF made once, in the set-up,
 * through LibreOffice, which must be installed) and as the text extracted from that PDF (PDFBox's
 * text stripper, as a copy-paste would give; the seed transcription in samples' tests has no
 * header, so it is not a document the importer accepts). The target: under 200 ms each, warm.
 * Run with {@code java -jar benchmarks/target/benchmarks.jar ImportPlan -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImportPlan {
    private byte[] docx;
    private byte[] pdf;
    private String text;

    @Setup
    public void setUp() {
        docx = Renderer.standard().docx(Samples.caoBangPlan());
        try (PdfConverter converter = PdfConverter.standard()) {
            pdf = converter.pdf(docx);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public ImportResult caoBangFromDocx() {
        return Importer.read(docx, Importer.Format.DOCX, "198-KH-TU.docx");
    }

    @Benchmark
    public ImportResult caoBangFromPdf() {
        return Importer.read(pdf, Importer.Format.PDF, "198-KH-TU.pdf");
    }

    @Benchmark
    public ImportResult caoBangFromText() {
        return Importer.readText(text, "198-KH-TU.txt");
    }
}

package vn.vanban4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** 107-KH/ThU DOCX to PDF with a warm LibreOffice process (needs LibreOffice installed). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class RenderPdf {
    private PdfConverter pdf;
    private byte[] docx;

    @Setup
    public void setUp() {
        pdf = PdfConverter.standard();
        docx = Renderer.standard().docx(Samples.laiChauPlan());
        pdf.pdf(docx); // starts the office process
    }

    @TearDown
    public void tearDown() {
        pdf.close();
    }

    @Benchmark
    public byte[] laiChauToPdf() {
        return pdf.pdf(docx);
    }
}

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
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * Renders 107-KH/ThU to DOCX bytes from the parsed model with compiled templates, beside the floor
 * ({@link DocxFloor}: the same document written by hand from the model into a StringBuilder, then
 * zipped) and the rendered bytes merely put together again ({@link DocxCopy}: what no writer avoids,
 * mostly deflating). All run in one harness; compare ratios, which hold better than absolute figures on
 * a busy machine. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar RenderDocx -prof gc}; {@code -t 2} or {@code -t 4} for
 * more threads sharing one renderer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RenderDocx {
    private Renderer renderer;
    private Document plan;
    private DocxFloor floor;
    private DocxCopy copy;

    @Setup
    public void setUp() {
        renderer = Renderer.standard();
        plan = Samples.laiChauPlan();
        byte[] rendered = renderer.docx(plan); // compiles the templates once
        floor = DocxFloor.of(plan, rendered);
        copy = DocxCopy.of(rendered);
    }

    @Benchmark
    public byte[] laiChauToDocx() {
        return renderer.docx(plan);
    }

    @Benchmark
    public byte[] laiChauFloor() {
        return floor.write();
    }

    @Benchmark
    public byte[] laiChauCopyAndZip() {
        return copy.write();
    }
}

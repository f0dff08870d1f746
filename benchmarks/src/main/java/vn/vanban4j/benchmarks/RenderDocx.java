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
 * Renders 107-KH/ThU to DOCX bytes from the parsed model with compiled templates, single-threaded.
 * Run with {@code java -jar benchmarks/target/benchmarks.jar RenderDocx -prof gc}.
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

    @Setup
    public void setUp() {
        renderer = Renderer.standard();
        plan = Samples.laiChauPlan();
        renderer.docx(plan); // compiles the templates once
    }

    @Benchmark
    public byte[] laiChauToDocx() {
        return renderer.docx(plan);
    }
}

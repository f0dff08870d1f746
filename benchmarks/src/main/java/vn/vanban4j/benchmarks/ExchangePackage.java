package vn.vanban4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Random;
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
import vn.vanban4j.exchange.Attachment;
import vn.vanban4j.exchange.Dispatch;
import vn.vanban4j.exchange.EdXml;
import vn.vanban4j.exchange.ExchangeMessage;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.model.Document;
import vn.vanban4j.samples.Samples;

/**
 * Packs the công văn 125/UBND-KT with a 5 MB attachment as edXML, and reads the package back
 * (attachment into memory), in a fork with a 64 MB heap: the base64 is streamed both ways.
 * Run with {@code java -jar benchmarks/target/benchmarks.jar ExchangePackage -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class ExchangePackage {
    private final EdXml edxml = EdXml.standard();
    private Document document;
    private Dispatch dispatch;
    private byte[] attachment;
    private byte[] packed;

    @Setup
    public void setUp() throws IOException {
        document = Samples.kindSample("125-UBND-KT");
        dispatch = Dispatch.of(Organ.of("000.00.00.H29", "UBND tỉnh Lào Cai"),
                List.of(Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An")), Instant.parse("2026-09-14T03:00:00Z"));
        attachment = new byte[5 << 20];
        new Random(42).nextBytes(attachment);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edxml.pack(document, dispatch, attachments(), out);
        packed = out.toByteArray();
    }

    private List<Attachment> attachments() {
        return List.of(new Attachment("du-lieu.bin", "application/octet-stream", "du-lieu.bin",
                () -> new ByteArrayInputStream(attachment)));
    }

    @Benchmark
    public void pack5MegabyteAttachment() throws IOException {
        edxml.pack(document, dispatch, attachments(), OutputStream.nullOutputStream());
    }

    @Benchmark
    public ExchangeMessage read5MegabyteAttachment() throws IOException {
        return edxml.read(new ByteArrayInputStream(packed), "p.edxml");
    }
}

package vn.vanban4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vanban4j.model.Plans;

/**
 * The floor in a fresh JVM, the cold measure the command line's {@code render} is held to: reads a plan
 * file as the command line does and writes it as DOCX by hand ({@link DocxFloor#standalone}).
 * {@code java -cp benchmarks/target/benchmarks.jar vn.vanban4j.benchmarks.FloorCold PLAN.json OUT.docx}
 */
public final class FloorCold {
    private FloorCold() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(Path.of(args[1]), DocxFloor.standalone(Plans.read(Path.of(args[0]))).write());
    }
}

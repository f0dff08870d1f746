package vn.vanban4j.benchmarks;

import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * The first render in a fresh JVM, read and rendered once, timed from the JVM's start:
 * {@code java -cp benchmarks/target/benchmarks.jar vn.vanban4j.benchmarks.FirstRender}. Prints to
 * standard output (a tool, not library code).
 */
public final class FirstRender {
    private FirstRender() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Document plan = Samples.laiChauPlan();
        byte[] docx = Renderer.standard().docx(plan);
        long end = System.nanoTime();
        long sinceJvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("first render: %d bytes, %.0f ms in main, %d ms since JVM start%n", docx.length,
                (end - start) / 1e6, sinceJvm);
    }
}

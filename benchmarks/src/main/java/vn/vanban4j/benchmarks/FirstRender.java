package vn.vanban4j.benchmarks;

import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.samples.Samples;

/**
 * A host's first render in a fresh JVM: {@code Vanban4j.standard()}, then the first DOCX of 107-KH/ThU (read
 * from its JSON), each timed, and the time since the JVM started:
 * {@code java -cp benchmarks/target/benchmarks.jar vn.vanban4j.benchmarks.FirstRender}. Prints to standard
 * output (a tool, not library code).
 */
public final class FirstRender {
    private FirstRender() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        try (Vanban4j vanban = Vanban4j.standard()) {
            long made = System.nanoTime();
            Document plan = Samples.laiChauPlan();
            long read = System.nanoTime();
            byte[] docx = vanban.render(plan, Vanban4j.Format.DOCX);
            long end = System.nanoTime();
            long sinceJvm = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.printf("Vanban4j.standard() %.0f ms, plan read %.0f ms, first DOCX %.0f ms (%d bytes); %.0f ms in main,"
                    + " %d ms since JVM start%n", (made - start) / 1e6, (read - made) / 1e6, (end - read) / 1e6, docx.length,
                    (end - start) / 1e6, sinceJvm);
        }
    }
}

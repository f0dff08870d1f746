package vn.vanban4j.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * The CPU time (of the whole process: template threads, GC and all) per 107-KH/ThU DOCX for the
 * renderer, its floor and the zip alone, in rounds that take turns in one JVM after a warm-up. On a
 * machine shared with other work, CPU time per document moves far less than JMH's wall-clock
 * throughput. {@code java -cp benchmarks/target/benchmarks.jar vn.vanban4j.benchmarks.CpuPerDocument [ROUNDS]}
 * prints one line per round and the medians (a tool, not library code, so it prints to standard output).
 */
public final class CpuPerDocument {
    private static final long ROUND_NANOS = 1_000_000_000L;

    private CpuPerDocument() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        Renderer renderer = Renderer.standard();
        Document plan = Samples.laiChauPlan();
        byte[] rendered = renderer.docx(plan);
        DocxFloor floor = DocxFloor.of(plan, rendered);
        DocxCopy copy = DocxCopy.of(rendered);
        Map<String, Supplier<byte[]>> subjects = new LinkedHashMap<>();
        subjects.put("render", () -> renderer.docx(plan));
        subjects.put("floor", floor::write);
        subjects.put("copy", copy::write);
        Map<String, double[]> cpu = new LinkedHashMap<>();
        subjects.keySet().forEach(k -> cpu.put(k, new double[rounds]));
        for (int warm = 0; warm < 3; warm++) {
            subjects.values().forEach(CpuPerDocument::round);
        }
        for (int r = 0; r < rounds; r++) {
            StringBuilder line = new StringBuilder("round " + (r + 1) + ":");
            for (Map.Entry<String, Supplier<byte[]>> s : subjects.entrySet()) {
                double[] perOp = round(s.getValue());
                cpu.get(s.getKey())[r] = perOp[0];
                line.append(String.format(" %s %.0f us CPU (%.0f us wall)", s.getKey(), perOp[0] / 1e3, perOp[1] / 1e3));
            }
            System.out.println(line);
        }
        double render = median(cpu.get("render"));
        double floorCpu = median(cpu.get("floor"));
        double copyCpu = median(cpu.get("copy"));
        System.out.printf("median CPU per document: render %.0f us, floor %.0f us, copy %.0f us; render at %.2fx the floor's speed%n",
                render / 1e3, floorCpu / 1e3, copyCpu / 1e3, floorCpu / render);
    }

    // {CPU ns per op, wall ns per op} over about a second
    private static double[] round(Supplier<byte[]> work) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        long ops = 0;
        long sink = 0;
        while (System.nanoTime() - wall0 < ROUND_NANOS) {
            sink += work.get().length;
            ops++;
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (sink == 0) {
            throw new IllegalStateException("nothing written");
        }
        return new double[] {cpu / (double) ops, wall / (double) ops};
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

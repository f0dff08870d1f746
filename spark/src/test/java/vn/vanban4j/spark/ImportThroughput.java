package vn.vanban4j.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * A timed job, not a unit test: the import of a few thousand generated documents (the seed plans as
 * DOCX and a state plan as text, each with its own number and date) by a single-JVM loop calling the
 * importer, by two threads, and by the Spark job on local[1] and local[2]. Each is run once to warm up
 * on a slice, then timed on all. Run with {@code mvn -o -q -Pbench -pl spark -am verify -DskipTests
 * -Dbench.documents=3000} (docs/SCALE.md).
 */
public final class ImportThroughput {
    private ImportThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Files.createTempDirectory("vanban4j-bench");
        try {
            Path in = dir.resolve("in");
            List<Path> files = generate(in, count);
            long bytes = 0;
            for (Path f : files) {
                bytes += Files.size(f);
            }
            System.out.printf(Locale.ROOT, "%d documents, %.1f MB, in %s; load average %s%n", files.size(), bytes / 1e6, in, load());
            System.out.printf(Locale.ROOT, "%-22s %8s %10s%n", "run", "seconds", "docs/s");
            loop(files.subList(0, Math.min(200, files.size())), 1);
            report("single-JVM loop", files.size(), time(() -> loop(files, 1)));
            report("single JVM, 2 threads", files.size(), time(() -> loop(files, 2)));
            for (int cores = 1; cores <= 2; cores++) {
                SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("bench")
                        .config("spark.ui.enabled", "false").getOrCreate();
                try {
                    int run = cores;
                    spark(spark, in + "/000/*", dir.resolve("warm" + cores));
                    report("Spark local[" + cores + "]", files.size(), time(() -> spark(spark, in.toString(), dir.resolve("out" + run))));
                } finally {
                    spark.stop();
                }
            }
            System.out.println("load average after: " + load());
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private interface Run {
        void run() throws Exception;
    }

    private static double time(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String name, int documents, double seconds) {
        System.out.printf(Locale.ROOT, "%-22s %8.1f %10.1f%n", name, seconds, documents / seconds);
    }

    private static String load() throws IOException {
        return Files.readString(Path.of("/proc/loadavg")).trim();
    }

    private static void spark(SparkSession spark, String input, Path out) {
        SparkJobs.importDocuments(spark, input, ImportLimits.DEFAULT, 0).write().parquet(out.toString());
    }

    private static void loop(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int i = first; i < files.size(); i += threads) {
                        Importer.read(files.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    // two in three are a seed plan as DOCX, one in three a state plan as text; numbers and dates vary, in folders of 100
    private static List<Path> generate(Path in, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Document> seeds = List.of(Samples.laiChauPlan(), Samples.caoBangPlan(), Samples.stateSamplePlan());
        Renderer renderer = Renderer.standard();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path folder = in.resolve(String.format(Locale.ROOT, "%03d", i / 100));
            Files.createDirectories(folder);
            LocalDate date = LocalDate.of(2025, 1, 2).plusDays(i % 360);
            Path file;
            if (i % 3 == 2) {
                file = folder.resolve(i + ".txt");
                Files.writeString(file, TestInputs.PLAN_TEXT.replace("45/KH-UBND", (i + 1) + "/KH-UBND")
                        .replace("ngày 05 tháng 3 năm 2026", "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm 2026"),
                        StandardCharsets.UTF_8);
            } else {
                ObjectNode tree = (ObjectNode) json.readTree(Plans.toJson(seeds.get(i % 3)));
                tree.put("number", tree.get("number").asText().replaceFirst("^\\d+", String.valueOf(i + 1)));
                tree.put("issueDate", date.withYear(LocalDate.parse(tree.get("issueDate").asText()).getYear()).toString());
                file = folder.resolve(i + ".docx");
                Files.write(file, renderer.docx(Plans.read(tree.toString(), "seed " + i)));
            }
            files.add(file);
        }
        return files;
    }
}

package vn.vanban4j.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.spark.internal.Args;
import vn.vanban4j.spark.internal.Args.UsageException;

/**
 * The jobs from the command line, both ways: {@code java -jar vanban4j-spark.jar COMMAND ... [--master local[N]]}
 * (the jar built with {@code -Plocal-jar} carries Spark) and {@code spark-submit --class vn.vanban4j.spark.Main
 * vanban4j-spark.jar COMMAND ...} on a cluster. Exit codes: 0 done, 1 invalid input or a failed job,
 * 2 usage error. Errors are one line; {@code --debug} adds the stack trace.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;

    private static final String USAGE_TEXT = String.join("\n",
            "usage: vanban4j-spark COMMAND ... [--master URL] [--partitions N] [--debug]",
            "  import IN OUT [--max-bytes N] [--time-limit S]",
            "      documents (.docx, .pdf, .txt) of a folder or glob -> a Parquet table, one row per file",
            "  render IN TARGET [--pdf] [--pdf-timeout S]",
            "      documents (JSON lines {\"id\", \"document\"}, or Parquet with id and json) -> TARGET/<id>.docx",
            "      (and .pdf) and TARGET/index.parquet",
            "  consolidate PLAN.json WORKBOOKS OUTDIR --as-of DATE [--org ORG.json] [--forms FORMS.json]",
            "      unit workbooks (.xlsx) -> OUTDIR/tong-hop.xlsx and OUTDIR/bao-cao.docx",
            "Without --master (and outside spark-submit) the job runs here on every core: local[*].");
    private static final Set<String> COMMON = Set.of("--master", "--partitions");

    private Main() {
    }

    public static void main(String[] args) {
        // Spark's own INFO lines are noise on a command line; a log4j2 configuration given to the JVM wins
        if (System.getProperty("log4j2.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", "vanban4j-spark-log4j2.properties");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err, null));
    }

    /**
     * Runs one command.
     *
     * @param session a session to run in (kept open), or null to start one from the arguments and stop it after
     */
    static int run(String[] args, PrintStream out, PrintStream err, SparkSession session) {
        List<String> raw = Arrays.stream(args).filter(a -> !a.equals("--debug")).toList();
        boolean debug = raw.size() < args.length;
        if (raw.isEmpty() || raw.get(0).equals("--help") || raw.get(0).equals("help")) {
            (raw.isEmpty() ? err : out).println(USAGE_TEXT);
            return raw.isEmpty() ? USAGE : OK;
        }
        String command = raw.get(0);
        SparkSession spark = session;
        try {
            Job job = job(command, raw.subList(1, raw.size()));
            if (spark == null) {
                spark = start(command, job.args().option("--master"));
            }
            return job.run(spark, out, err);
        } catch (UsageException e) {
            err.println("vanban4j-spark: " + e.getMessage());
            err.println(USAGE_TEXT);
            return USAGE;
        } catch (Exception e) {
            // Spark throws AnalysisException (a path that does not exist) undeclared, as Scala does
            boolean input = e instanceof PlanFormatException || e instanceof FormErrors || e instanceof AnalysisException
                    || e instanceof IOException;
            err.println("vanban4j-spark " + command + ": " + (input ? "" : "failed: ") + e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return INVALID;
        } finally {
            if (session == null && spark != null) {
                spark.stop();
            }
        }
    }

    // spark-submit sets spark.master; java -jar without --master runs on this machine's cores
    private static SparkSession start(String command, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName("vanban4j-spark " + command);
        if (master != null) {
            builder.master(master);
        } else if (!new SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /** A parsed command, ready to run in a session. */
    // a command's arguments, checked before Spark starts, and the work it then does
    private record Job(Args args, Work work) {
        int run(SparkSession spark, PrintStream out, PrintStream err) throws IOException {
            return work.run(spark, out, err);
        }
    }

    private interface Work {
        int run(SparkSession spark, PrintStream out, PrintStream err) throws IOException;
    }

    private static Job job(String command, List<String> raw) {
        return switch (command) {
            case "import" -> importJob(Args.parse(raw, Set.of(), union("--max-bytes", "--time-limit")));
            case "render" -> renderJob(Args.parse(raw, Set.of("--pdf"), union("--pdf-timeout")));
            case "consolidate" -> consolidateJob(Args.parse(raw, Set.of(), union("--as-of", "--org", "--forms")));
            default -> throw new UsageException("unknown command " + command);
        };
    }

    private static Set<String> union(String... options) {
        Set<String> all = new java.util.HashSet<>(COMMON);
        all.addAll(Arrays.asList(options));
        return all;
    }

    private static Job importJob(Args args) {
        List<String> paths = args.positional(2, "IN (a folder or glob of documents) and OUT (the Parquet table to write)");
        ImportLimits limits = ImportLimits.DEFAULT.withFileBytes(args.number("--max-bytes", 1, ImportLimits.DEFAULT.fileBytes()))
                .withTime(Duration.ofSeconds(args.number("--time-limit", 1, ImportLimits.DEFAULT.time().toSeconds())));
        int partitions = (int) args.number("--partitions", 1, 0);
        return new Job(args, (spark, out, err) -> {
            String target = paths.get(1);
            refuseExisting(spark, target);
            SparkJobs.importDocuments(spark, paths.get(0), limits, partitions).write().parquet(target);
            Dataset<Row> written = spark.read().parquet(target);
            long failed = written.filter(written.col("error").isNotNull()).count();
            out.println("wrote " + target + ": " + written.count() + " files, " + failed + " not read (see the error column)");
            return OK;
        });
    }

    private static Job renderJob(Args args) {
        List<String> paths = args.positional(2, "IN (documents as JSON lines or Parquet) and TARGET (a folder)");
        Duration pdf = args.flag("--pdf") || args.option("--pdf-timeout") != null
                ? Duration.ofSeconds(args.number("--pdf-timeout", 1, 60)) : null;
        int partitions = (int) args.number("--partitions", 1, 0);
        return new Job(args, (spark, out, err) -> {
            Path target = Path.of(paths.get(1));
            refuseExisting(spark, target.resolve("index.parquet").toString());
            Dataset<Row> index = SparkJobs.render(spark, SparkJobs.readDocuments(spark, paths.get(0)), target, pdf, partitions);
            Dataset<Row> failed = index.filter(index.col("error").isNotNull());
            long failures = failed.count();
            failed.limit(20).collectAsList().forEach(r -> err.println("vanban4j-spark render: " + r.getString(3)));
            out.println("rendered " + (index.count() - failures) + ", not rendered " + failures + "; files in " + target
                    + ", index: " + target.resolve("index.parquet"));
            return failures == 0 ? OK : INVALID;
        });
    }

    private static Job consolidateJob(Args args) {
        List<String> paths = args.positional(3, "PLAN.json, WORKBOOKS (a folder or glob of .xlsx) and OUTDIR");
        if (args.option("--as-of") == null) {
            throw new UsageException("--as-of DATE is required");
        }
        LocalDate asOf;
        try {
            asOf = LocalDate.parse(args.option("--as-of"));
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of takes a date as 2026-12-31, not \"" + args.option("--as-of") + "\"");
        }
        int partitions = (int) args.number("--partitions", 1, 0);
        return new Job(args, (spark, out, err) -> {
            Document plan = Plans.read(Path.of(paths.get(0)));
            List<Appendix> forms = args.option("--forms") == null ? Reports.forms(plan) : forms(Path.of(args.option("--forms")));
            if (forms.isEmpty()) {
                throw new UsageException("the plan has no forms; give them with --forms FORMS.json");
            }
            DeadlineRules rules = DeadlineRules.standard();
            List<String> expected = args.option("--org") == null ? List.of()
                    : Reports.expectedUnits(plan, OrgCharts.read(Path.of(args.option("--org"))), rules);
            Reports.Consolidated consolidated;
            try {
                consolidated = SparkJobs.consolidate(spark, plan, forms, paths.get(1), expected, asOf, partitions);
            } catch (FormErrors e) {
                e.problems().forEach(err::println);
                return INVALID;
            }
            Path dir = Path.of(paths.get(2));
            Path xlsx = dir.resolve("tong-hop.xlsx");
            Path docx = dir.resolve("bao-cao.docx");
            byte[] document = Renderer.standard().docx(consolidated.report());
            // both made before either is written: they appear together or not at all
            AtomicFiles.writeAll(Map.of(xlsx, o -> o.write(consolidated.workbook()), docx, o -> o.write(document)));
            out.println("wrote " + xlsx + " and " + docx + " (" + consolidated.result().submissions().size() + " units)");
            return OK;
        });
    }

    // a forms file as the single-machine command reads it: a regular file, at most Plans.MAX_BYTES
    private static List<Appendix> forms(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IOException(file + ": not a regular file");
        }
        byte[] bytes;
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            bytes = in.readNBytes(Plans.MAX_BYTES + 1);
        }
        if (bytes.length > Plans.MAX_BYTES) {
            throw new IOException(file + ": larger than " + Plans.MAX_BYTES + " bytes (Plans.MAX_BYTES)");
        }
        return ModelJson.read(new String(bytes, StandardCharsets.UTF_8), file.toString(), FormSet.class).forms();
    }

    private static void refuseExisting(SparkSession spark, String target) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(target);
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(path)) {
            throw new IOException(target + " already exists; give a new one (nothing was written)");
        }
    }
}

package vn.vanban4j.spark;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.spark.internal.ConsolidatePartition;
import vn.vanban4j.spark.internal.HadoopConf;
import vn.vanban4j.spark.internal.ImportPartition;
import vn.vanban4j.spark.internal.ImportRows;
import vn.vanban4j.spark.internal.RenderPartition;
import vn.vanban4j.spark.internal.UnitRead;

/**
 * The library's jobs on Apache Spark, each running the library per partition on the executors (the
 * importer and renderer are stateless and thread-safe; each task makes what it needs once for its
 * partition, nothing is kept in static state).
 *
 * <pre>{@code
 * Dataset<Row> table = SparkJobs.importDocuments(spark, "hdfs:///archive/2025/*.pdf", ImportLimits.DEFAULT, 0);
 * table.write().parquet("hdfs:///archive/2025.parquet");
 * }</pre>
 */
public final class SparkJobs {
    private SparkJobs() {
    }

    /**
     * The documents of a folder (read recursively) or a glob, one row per file with the columns of
     * {@link #importSchema()}, in the order of the files' paths; a file that cannot be read, is of another format or
     * passes a limit is a row with its {@code error}, never a failed job. Files are listed by Spark's
     * {@code binaryFile} source (their content is not read there) and each task reads its files
     * bounded by {@code limits.fileBytes()}; the importer bounds the rest (time, pages, parts) per file.
     * Lazy, as any Dataset: writing it runs the import.
     *
     * @param partitions how many tasks share the files; 0 for four per core of the session
     */
    public static Dataset<Row> importDocuments(SparkSession spark, String input, ImportLimits limits, int partitions) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                .select("path", "length");
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        // ordered before the import, not after: sorting its result would sample it, running every import twice
        return files.repartitionByRange(tasks(spark, partitions), col("path")).sortWithinPartitions("path")
                .mapPartitions(new ImportPartition(limits, conf), Encoders.row(ImportRows.SCHEMA));
    }

    /** The columns of the import table: file, kind, family, number, issueDate, place, issuer, summary, duties (owner, deadlinePhrase, dueDate), findingsCount, confidence, error. */
    public static StructType importSchema() {
        return ImportRows.SCHEMA;
    }

    /**
     * Documents to render, as rows of {@code id} and {@code json} (a plan's JSON): from JSON lines (a
     * file or folder whose name ends in .jsonl, .ndjson or .json; each line
     * {@code {"id": "...", "document": {...}}}) or else from Parquet with {@code id} and {@code json}
     * columns. A line that is no such object gives a row with a null json, reported by {@link #render}.
     */
    public static Dataset<Row> readDocuments(SparkSession spark, String input) {
        String name = input.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            // the document is kept as text: Spark's JSON reader would infer a schema of every field and drop what it cannot type
            return spark.read().text(input).filter(functions.length(functions.trim(col("value"))).gt(0)).select(
                    functions.get_json_object(col("value"), "$.id").as("id"),
                    functions.get_json_object(col("value"), "$.document").as("json"));
        }
        return spark.read().parquet(input).select(col("id").cast("string"), col("json").cast("string"));
    }

    /**
     * Renders each document to {@code target/<id>.docx} (and {@code <id>.pdf} when {@code pdfTimeout} is
     * given; LibreOffice must then be installed on every worker), writing each file to a temporary
     * beside it and moving it into place, and writes the index ({@code id}, {@code file}, {@code pdf},
     * {@code error}) as Parquet to {@code target/index.parquet}. {@code target} must be a folder every
     * executor sees at the same path (local mode, or a shared mount on a cluster). A document that
     * cannot be read or rendered, an id that is no safe file name or is given twice, is an index row
     * with its error.
     *
     * @param documents  rows of {@code id} and {@code json} ({@link #readDocuments})
     * @param pdfTimeout the time limit of each PDF conversion; null for DOCX only
     * @param partitions how many tasks share the documents; 0 for four per core of the session
     * @return the index, read back from what was written
     */
    public static Dataset<Row> render(SparkSession spark, Dataset<Row> documents, Path target, Duration pdfTimeout, int partitions) {
        String index = target.resolve("index.parquet").toString();
        Dataset<Row> counted = documents.select(col("id"), col("json"),
                functions.count(functions.lit(1)).over(Window.partitionBy(col("id"))).as("copies"));
        // ordered before rendering, not after: sorting the index would sample it, rendering every document twice
        counted.repartitionByRange(tasks(spark, partitions), col("id")).sortWithinPartitions("id")
                .mapPartitions(new RenderPartition(target.toAbsolutePath().toString(), pdfTimeout), Encoders.row(RenderPartition.INDEX))
                .write().parquet(index);
        return spark.read().parquet(index);
    }

    /**
     * Consolidates the unit workbooks (.xlsx) of a folder or glob, as {@link Reports#consolidate} does on
     * one machine: the executors read the workbooks ({@link Reports#read}), the driver merges what they
     * read ({@link Reports#consolidateRead}: the totals and the submission table need every unit). A
     * workbook's day of receipt is its file's day in Vietnam (UTC+7), as on the command line.
     *
     * @param forms    the forms the units filled in ({@link Reports#forms(Document)})
     * @param expected the units expected to report ({@link Reports#expectedUnits})
     * @throws FormErrors with every problem of every workbook; nothing is consolidated then
     */
    public static Reports.Consolidated consolidate(SparkSession spark, Document plan, List<Appendix> forms, String workbooks,
            List<String> expected, LocalDate asOf, int partitions) {
        Dataset<Row> files = spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(workbooks)
                .select("path", "length", "modificationTime");
        HadoopConf conf = new HadoopConf(spark.sparkContext().hadoopConfiguration());
        ConsolidatePartition read = new ConsolidatePartition(ModelJson.write(new FormSet(forms)), conf);
        List<UnitRead> units = new ArrayList<>(files.repartition(tasks(spark, partitions)).javaRDD().mapPartitions(read).collect());
        units.sort(Comparator.comparing(UnitRead::source));
        List<String> problems = units.stream().flatMap(u -> u.problems().stream()).toList();
        if (!problems.isEmpty()) {
            throw new FormErrors("the unit workbooks", problems);
        }
        return Reports.consolidateRead(plan, forms, units.stream().map(UnitRead::workbook).toList(), expected, asOf,
                DeadlineRules.standard());
    }

    private static int tasks(SparkSession spark, int partitions) {
        if (partitions < 0) {
            throw new IllegalArgumentException("partitions must be 0 (four per core) or more");
        }
        return partitions > 0 ? partitions : 4 * spark.sparkContext().defaultParallelism();
    }
}

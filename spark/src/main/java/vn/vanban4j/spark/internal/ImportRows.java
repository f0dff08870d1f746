package vn.vanban4j.spark.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.PhraseContext;

/** The import table's rows: one per file, the header fields and duties read, or the reason the file was not read. */
public final class ImportRows {
    /** A duty: who owes it, the time phrase as written, and the date it resolves to (null when none can be fixed). */
    public static final StructType DUTY = new StructType(new StructField[] {
            DataTypes.createStructField("owner", DataTypes.StringType, true),
            DataTypes.createStructField("deadlinePhrase", DataTypes.StringType, true),
            DataTypes.createStructField("dueDate", DataTypes.DateType, true)});

    /** The columns of the import table. */
    public static final StructType SCHEMA = new StructType(new StructField[] {
            DataTypes.createStructField("file", DataTypes.StringType, false),
            DataTypes.createStructField("kind", DataTypes.StringType, true),
            DataTypes.createStructField("family", DataTypes.StringType, true),
            DataTypes.createStructField("number", DataTypes.StringType, true),
            DataTypes.createStructField("issueDate", DataTypes.DateType, true),
            DataTypes.createStructField("place", DataTypes.StringType, true),
            DataTypes.createStructField("issuer", DataTypes.StringType, true),
            DataTypes.createStructField("summary", DataTypes.StringType, true),
            DataTypes.createStructField("duties", DataTypes.createArrayType(DUTY, false), true),
            DataTypes.createStructField("findingsCount", DataTypes.IntegerType, true),
            DataTypes.createStructField("confidence", DataTypes.DoubleType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)});

    private ImportRows() {
    }

    /** The row of a file that could not be read. */
    public static Row failed(String file, String error) {
        return RowFactory.create(file, null, null, null, null, null, null, null, null, null, null, error);
    }

    /**
     * The row of a document read in. Confidence is the mean of the header fields' confidences
     * ({@link ImportResult#HEADER_FIELDS}; a missing field counts 0).
     */
    public static Row of(String file, ImportResult result, DeadlineRules rules) {
        Document doc = result.document();
        double confidence = ImportResult.HEADER_FIELDS.stream().mapToDouble(result::confidence).average().orElse(0);
        return RowFactory.create(file, doc.kind() == null ? null : doc.kind().name(),
                doc.family() == null ? null : doc.family().name(), doc.number() == null ? null : doc.number().toString(),
                sqlDate(doc.issueDate()), doc.place(), doc.header() == null ? null : doc.header().issuerName(), doc.summary(),
                duties(doc, rules), result.findings().size(), confidence, null);
    }

    // an array, the external type every Spark version takes for an array column
    private static Row[] duties(Document doc, DeadlineRules rules) {
        // without an issue date a phrase such as "trong 30 ngày" has nothing to count from: no date rather than a guess
        PhraseContext context = doc.issueDate() == null ? null : PhraseContext.of(doc);
        List<Row> duties = new ArrayList<>();
        for (Task task : doc.tasks()) {
            String owner = task.lead().isEmpty() ? null : String.join(", ", task.lead());
            duties.add(RowFactory.create(owner, task.deadline(), sqlDate(due(task, context, rules))));
        }
        return duties.toArray(new Row[0]);
    }

    private static LocalDate due(Task task, PhraseContext context, DeadlineRules rules) {
        if (task.deadline() == null || task.recurrence() != null || context == null) {
            return null;
        }
        return rules.resolve(task.deadline(), context, Map.of()).due();
    }

    // Spark's default external type for DateType (the Java 8 time API is a session setting the caller may leave off)
    private static java.sql.Date sqlDate(LocalDate date) {
        return date == null ? null : java.sql.Date.valueOf(date);
    }
}

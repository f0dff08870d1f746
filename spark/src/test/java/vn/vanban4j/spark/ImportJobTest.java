package vn.vanban4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;
import vn.vanban4j.samples.Samples;

class ImportJobTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;

    private static Path in;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        in = dir.resolve("in");
        TestInputs.writeAll(in);
    }

    @Test
    void everyFileIsOneRowInParquetAsAnotherReaderSeesIt() throws Exception {
        Path out = dir.resolve("table.parquet");
        SparkJobs.importDocuments(spark, in.toString(), ImportLimits.DEFAULT, 3).write().parquet(out.toString());

        Map<String, Map<String, Object>> rows = duckdb(out, "SELECT regexp_extract(file, '[^/]+$') AS name, file, kind, family, number, issueDate, place, issuer, summary,"
                + " len(duties) AS duties, findingsCount, confidence, error FROM read_parquet('" + out + "/*.parquet')");
        assertThat(rows).containsOnlyKeys("107-KH-ThU.docx", "193-SMH-KT.pdf", "45-KH-UBND.txt", "broken.docx", "notes.odt");

        Document seed = Samples.laiChauPlan();
        Map<String, Object> docx = rows.get("107-KH-ThU.docx");
        assertThat(docx).containsEntry("kind", seed.kind().name()).containsEntry("family", seed.family().name())
                .containsEntry("number", seed.number().toString()).containsEntry("issueDate", seed.issueDate())
                .containsEntry("place", seed.place()).containsEntry("error", null);
        // the duties are what the importer reads in one JVM from the same bytes
        int duties = Importer.read(TestInputs.docx(), Importer.Format.DOCX, "107-KH-ThU.docx").document().tasks().size();
        assertThat(duties).isPositive();
        assertThat(docx).containsEntry("duties", (long) duties);
        assertThat((Double) docx.get("confidence")).isBetween(0.5, 1.0);
        assertThat((Integer) docx.get("findingsCount")).isPositive();

        assertThat(rows.get("193-SMH-KT.pdf")).containsEntry("kind", "OFFICIAL_LETTER").containsEntry("number", "193/SMH-KT")
                .containsEntry("issueDate", LocalDate.of(2026, 1, 10)).containsEntry("place", "Lào Cai")
                .containsEntry("issuer", "SỞ MINH HỌA").containsEntry("duties", 1L).containsEntry("error", null);
        assertThat(rows.get("45-KH-UBND.txt")).containsEntry("kind", "PLAN").containsEntry("family", "STATE")
                .containsEntry("number", "45/KH-UBND").containsEntry("issueDate", LocalDate.of(2026, 3, 5))
                .containsEntry("duties", 2L).containsEntry("error", null);

        assertThat(rows.get("broken.docx")).containsEntry("number", null).containsEntry("duties", null);
        assertThat((String) rows.get("broken.docx").get("error")).contains("broken.docx");
        assertThat((String) rows.get("notes.odt").get("error")).contains("notes.odt", "cannot tell the format");
    }

    @Test
    void dutiesCarryOwnerPhraseAndDueDate() throws Exception {
        Path out = dir.resolve("duties.parquet");
        SparkJobs.importDocuments(spark, in + "/2026/*.txt", ImportLimits.DEFAULT, 0).write().parquet(out.toString());

        List<List<Object>> duties = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT d.owner, d.deadlinePhrase, d.dueDate FROM (SELECT unnest(duties) AS d FROM"
                        + " read_parquet('" + out + "/*.parquet'))")) {
            while (r.next()) {
                duties.add(java.util.Arrays.asList(r.getString(1), r.getString(2), r.getObject(3, LocalDate.class)));
            }
        }
        assertThat(duties).containsExactly(
                // 30/4 and 1/5 are days off and 2-3/5 a weekend: the deadline moves to the next working day (Civil Code art. 148)
                List.of("Phòng Giáo dục và Đào tạo", "hoàn thành trước ngày 30/4/2026", LocalDate.of(2026, 5, 4)),
                List.of("Công an huyện", "quý III năm 2026", LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aFileOverTheSizeLimitIsARowWithItsErrorNotAFailedJob() throws Exception {
        var rows = SparkJobs.importDocuments(spark, in.toString(), ImportLimits.DEFAULT.withFileBytes(1_000), 2).collectAsList();

        assertThat(rows).hasSize(5);
        var docx = rows.stream().filter(r -> r.getString(0).endsWith("107-KH-ThU.docx")).findFirst().orElseThrow();
        assertThat(docx.getString(11)).contains("107-KH-ThU.docx", "larger than 1000 bytes", "ImportLimits.fileBytes");
        var text = rows.stream().filter(r -> r.getString(0).endsWith("45-KH-UBND.txt")).findFirst().orElseThrow();
        assertThat(text.getString(11)).isNull();
    }

    // rows by their first column, each a map of column to value, read by DuckDB (not Spark)
    static Map<String, Map<String, Object>> duckdb(Path out, String sql) throws SQLException {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    String name = r.getMetaData().getColumnName(i);
                    row.put(name, name.equals("issueDate") ? r.getObject(i, LocalDate.class) : r.getObject(i));
                }
                rows.put(r.getString(1), row);
            }
        }
        return rows;
    }
}

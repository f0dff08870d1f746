package vn.vanban4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

class RenderJobTest {
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.session();
    }

    private static String line(String id, Document doc) {
        return "{\"id\": \"" + id + "\", \"document\": " + Plans.toJson(doc).replace("\n", " ") + "}";
    }

    @Test
    void eachDocumentIsADocxNamedByItsIdAndTheIndexSaysWhichFailed() throws Exception {
        Document laiChau = Samples.laiChauPlan();
        Document state = Samples.stateSamplePlan();
        Path in = dir.resolve("documents.jsonl");
        Files.write(in, List.of(line("107-KH-ThU", laiChau), line("15-KH-UBND", state), line("../outside", state),
                line("twice", state), line("twice", laiChau), "{\"id\": \"no-kind\", \"document\": {\"family\": \"STATE\"}}", "",
                "not json at all"), StandardCharsets.UTF_8);
        Path target = dir.resolve("out");

        SparkJobs.render(spark, SparkJobs.readDocuments(spark, in.toString()), target, null, 3);

        // the files are the renderer's own bytes (deterministic), and read back to the document they came from
        assertThat(Files.readAllBytes(target.resolve("107-KH-ThU.docx"))).isEqualTo(Renderer.standard().docx(laiChau));
        Document back = Importer.read(target.resolve("15-KH-UBND.docx")).document();
        assertThat(back.number()).isEqualTo(state.number());
        assertThat(back.issueDate()).isEqualTo(state.issueDate());
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("107-KH-ThU.docx", "15-KH-UBND.docx", "index.parquet");
        }
        assertThat(dir.resolve("outside.docx")).doesNotExist();

        Map<String, Map<String, Object>> index = ImportJobTest.duckdb(target, "SELECT coalesce(id, '?') AS key, file AS docx, error"
                + " FROM read_parquet('" + target + "/index.parquet/*.parquet')");
        assertThat(index.get("107-KH-ThU")).containsEntry("docx", target.resolve("107-KH-ThU.docx").toAbsolutePath().toString())
                .containsEntry("error", null);
        assertThat((String) index.get("../outside").get("error")).contains("letters, digits");
        assertThat((String) index.get("twice").get("error")).contains("given to 2 documents");
        assertThat((String) index.get("no-kind").get("error")).contains("no-kind", "kind");
        assertThat((String) index.get("?").get("error")).contains("without an id");
    }
}

package vn.vanban4j.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.samples.ReportSample;
import vn.vanban4j.samples.Samples;

class ConsolidateJobTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 12, 15);
    private static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.session();
        ReportSample.run(dir);
        // received on the 4th to the 14th of December, Vietnam time
        for (int i = 1; i <= 11; i++) {
            Files.setLastModifiedTime(workbook(i), FileTime.from(LocalDate.of(2023, 12, 3 + i).atTime(9, 0).toInstant(ZoneOffset.ofHours(7))));
        }
    }

    private static Path workbook(int i) {
        return dir.resolve("don-vi").resolve(String.format("don-vi-%02d.xlsx", i));
    }

    @Test
    void theConsolidationIsTheSingleMachineOneByteForByte() throws Exception {
        Path units = dir.resolve("good");
        List<Reports.Received> received = new ArrayList<>();
        for (int i = 1; i <= 10; i++) { // the eleventh has a word in a number cell
            Path copy = units.resolve(workbook(i).getFileName());
            Files.createDirectories(units);
            Files.copy(workbook(i), copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            received.add(new Reports.Received(copy.getFileName().toString(), Files.readAllBytes(copy), LocalDate.of(2023, 12, 3 + i)));
        }
        Document plan = Samples.caoBangPlan();
        List<Appendix> forms = Samples.caoBangReportForms();
        List<String> expected = ReportSample.units();

        Reports.Consolidated spread = SparkJobs.consolidate(spark, plan, forms, units.toString(), expected, AS_OF, 4);
        Reports.Consolidated single = Reports.consolidate(plan, forms, received, expected, AS_OF, DeadlineRules.standard());

        assertThat(spread.result()).isEqualTo(single.result());
        assertThat(spread.submissions()).hasSize(12).isEqualTo(single.submissions());
        assertThat(spread.workbook()).isEqualTo(single.workbook());
        assertThat(Renderer.standard().docx(spread.report())).isEqualTo(Renderer.standard().docx(single.report()));
    }

    @Test
    void aWorkbookWithAnErrorStopsTheConsolidationNamingItsCell() {
        assertThatThrownBy(() -> SparkJobs.consolidate(spark, Samples.caoBangPlan(), Samples.caoBangReportForms(),
                dir.resolve("don-vi").toString(), List.of(), AS_OF, 2))
                .isInstanceOfSatisfying(FormErrors.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p).startsWith("don-vi-11.xlsx: Biểu 1!")));
    }
}

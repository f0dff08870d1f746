package vn.vanban4j.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.samples.ReportSample;
import vn.vanban4j.samples.Samples;

class MainTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                LocalSpark.session());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importWritesTheTableAndCountsTheFilesNotRead() throws Exception {
        TestInputs.writeAll(dir.resolve("in"));
        String table = dir.resolve("table.parquet").toString();

        assertThat(run("import", dir.resolve("in").toString(), table, "--partitions", "2")).isEqualTo(Main.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("wrote " + table + ": 5 files, 2 not read (see the error column)\n");

        // a second run refuses to write over the first
        assertThat(run("import", dir.resolve("in").toString(), table)).isEqualTo(Main.INVALID);
        assertThat(err()).isEqualTo("vanban4j-spark import: " + table + " already exists; give a new one (nothing was written)\n");
    }

    @Test
    void consolidateWritesTheWorkbookAndTheReportOfTheSingleMachineCommand() throws Exception {
        ReportSample.run(dir);
        Path units = dir.resolve("units");
        Files.createDirectories(units);
        for (int i = 1; i <= 3; i++) {
            String name = String.format("don-vi-%02d.xlsx", i);
            Files.copy(dir.resolve("don-vi").resolve(name), units.resolve(name));
            Files.setLastModifiedTime(units.resolve(name), FileTime.from(Instant.parse("2023-12-05T02:00:00Z")));
        }
        Path plan = dir.resolve("plan.json");
        Plans.write(Samples.caoBangPlan(), plan);
        Path forms = dir.resolve("forms.json");
        Files.writeString(forms, ModelJson.write(new FormSet(Samples.caoBangReportForms())));

        assertThat(run("consolidate", plan.toString(), units.toString(), dir.resolve("out").toString(), "--as-of", "2023-12-15",
                "--forms", forms.toString())).isEqualTo(Main.OK);

        List<Reports.Received> received = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = String.format("don-vi-%02d.xlsx", i);
            received.add(new Reports.Received(name, Files.readAllBytes(units.resolve(name)), LocalDate.of(2023, 12, 5)));
        }
        Reports.Consolidated single = Reports.consolidate(Samples.caoBangPlan(), Samples.caoBangReportForms(), received, List.of(),
                LocalDate.of(2023, 12, 15), DeadlineRules.standard());
        assertThat(dir.resolve("out/tong-hop.xlsx")).hasBinaryContent(single.workbook());
        assertThat(dir.resolve("out/bao-cao.docx")).hasBinaryContent(Renderer.standard().docx(single.report()));
    }

    @Test
    void aWrongCommandLineSaysHowToCallWithoutATrace() {
        assertThat(run("import", "only-one")).isEqualTo(Main.USAGE);
        assertThat(err()).startsWith("vanban4j-spark: expected IN (a folder or glob of documents) and OUT").contains("usage:");
        err.reset();
        assertThat(run("import", "a", "b", "--max-bytes", "lots")).isEqualTo(Main.USAGE);
        assertThat(err()).startsWith("vanban4j-spark: --max-bytes takes a whole number of at least 1, not \"lots\"");
        err.reset();
        assertThat(run("consolidate", "plan.json", "units", "out")).isEqualTo(Main.USAGE);
        assertThat(err()).startsWith("vanban4j-spark: --as-of DATE is required");
        err.reset();
        assertThat(run("publish")).isEqualTo(Main.USAGE);
        assertThat(err()).startsWith("vanban4j-spark: unknown command publish");
    }

    @Test
    void aMissingInputIsOneLineNamingIt() {
        Path missing = dir.resolve("nowhere");
        assertThat(run("import", missing.toString(), dir.resolve("t.parquet").toString())).isEqualTo(Main.INVALID);
        assertThat(err()).startsWith("vanban4j-spark import: ").contains("nowhere").doesNotContain("\tat ").hasLineCount(1);
    }
}

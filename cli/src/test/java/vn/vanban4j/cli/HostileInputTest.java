package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban4j.samples.Samples;

/** Bad input gets one line naming where and what, never a stack trace; --debug shows the trace. */
class HostileInputTest {
    @TempDir
    static Path dir;

    private static void noTrace(CliRun run) {
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aPlanFileThatIsNullOrNotUtf8() throws Exception {
        Path nul = Files.writeString(dir.resolve("null.json"), "null");
        CliRun run = CliRun.of("validate", nul.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("null.json: $: expected an object ({ ... }), found null");
        noTrace(run);
        Path latin = Files.write(dir.resolve("latin1.json"), new byte[] {'{', '"', 'k', (byte) 0xE9, '"', ':', '1', '}'});
        CliRun bytes = CliRun.of("validate", latin.toString());
        assertThat(bytes.exit()).isEqualTo(1);
        assertThat(bytes.out()).contains("latin1.json: byte 4: not UTF-8 text");
        noTrace(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "lunar 0000-01-01                    | 1 | the lunar calendar covers 1798-12-07 to 2200-12-06",
        "lunar 9999-12-31                    | 1 | the lunar calendar covers",
        "deadline trước ngày 1/1/0001        | 1 | the working calendar covers 1901-2198",
        "calendar 1899                       | 2 | the working calendar covers the years 1901 to 2198, not 1899",
        "deadline x --issued 2023-02-30      | 2 | --issued: \"2023-02-30\" is not a date YYYY-MM-DD",
    })
    void outOfRangeAndImpossibleDates(String command, int exit, String message) {
        String[] args = command.startsWith("deadline trước") ? new String[] {"deadline", command.substring("deadline ".length())}
                : command.split(" ");
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.err()).contains(message);
        noTrace(run);
    }

    @Test
    void aTemplateFolderThatDoesNotExist() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        CliRun run = CliRun.of("render", plan.toString(), "--templates", dir.resolve("nowhere").toString(), "-o",
                dir.resolve("out.docx").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("cannot read the template folder").contains("nowhere");
        noTrace(run);
        assertThat(dir.resolve("out.docx")).doesNotExist();
        CliRun debug = CliRun.of("lunar", "0000-01-01", "--debug");
        assertThat(debug.err()).contains("the lunar calendar covers").contains("\tat ");
    }

    @Test
    void aPlanFileLargerThanAnyPlanIsRefusedUnread() throws Exception {
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(17L << 20); // sparse: nothing is written, the size is what counts
        }
        CliRun run = CliRun.of("validate", big.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("big.json: $: larger than 16 MB, far more than any plan holds (Plans.MAX_BYTES)");
        noTrace(run);
    }

    @Test
    void aRunawayTemplateIsOneLineNamingWhere() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("runaway"));
        Files.writeString(templates.resolve("plan.ftlx"), "<#macro down n><p>${n}</p><@down n + 1/></#macro>\n<document><@down 1/></document>");
        Path plan = Files.writeString(dir.resolve("plan-r.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        CliRun run = CliRun.of("render", plan.toString(), "--templates", templates.toString(), "-o", dir.resolve("r.docx").toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("plan.ftlx:1:").contains("nest deeper than 400 levels").doesNotContain("\n");
        assertThat(dir.resolve("r.docx")).doesNotExist();
    }

    @Test
    void dashWritesToStandardOutput() throws Exception {
        Path plan = Files.writeString(dir.resolve("plan-o.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        CliRun html = CliRun.of("render", plan.toString(), "--format", "html", "-o", "-");
        assertThat(html.exit()).isEqualTo(0);
        assertThat(html.out()).startsWith("<!DOCTYPE html>").doesNotContain("wrote");
        CliRun docx = CliRun.of("render", plan.toString(), "-o", "-");
        assertThat(docx.out()).startsWith("PK");
        assertThat(CliRun.of("render", plan.toString(), "-o", "-", "--watch").exit()).isEqualTo(2);
    }

    @Test
    void aPdfTimeoutThatIsNotSeconds() {
        CliRun run = CliRun.of("render", "x.json", "--format", "pdf", "--pdf-timeout", "abc", "-o", "x.pdf");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--pdf-timeout: \"abc\" is not a number of seconds from 1 to 3600");
    }

    @Test
    void aBrokenLinkInTheTemplateFolderDoesNotEndTheWatch() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("watched"));
        Files.createSymbolicLink(templates.resolve("gone.ftlx"), dir.resolve("nowhere.ftlx"));
        Path plan = Files.writeString(dir.resolve("plan-w.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int[] exit = {-1};
        Thread watch = new Thread(() -> exit[0] = new Main().run(new String[] {"render", plan.toString(), "--templates",
                templates.toString(), "-o", dir.resolve("w.docx").toString(), "--watch"},
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8)));
        watch.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("wrote") && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000); // a few more rounds of the watch
        assertThat(watch.isAlive()).as("still watching; " + err).isTrue();
        watch.interrupt();
        watch.join(10_000);
        assertThat(exit[0]).isEqualTo(0);
        assertThat(dir.resolve("w.docx")).isRegularFile();
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEmpty();
    }
}

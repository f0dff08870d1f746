package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.ReportSample;
import vn.vanban4j.samples.Samples;

/**
 * What a command reads must be a regular file: a FIFO, a device (or a link to one) is refused by
 * name before it is opened, sizes count the bytes that arrive, -o never names an input, and a write
 * the file system refuses names the target.
 */
class SpecialFilesTest {
    private static final Duration QUICKLY = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private Path plan;

    @BeforeEach
    void plan() throws IOException {
        plan = Files.writeString(dir.resolve("plan.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
        }
        return fifo;
    }

    private Path linkToDevZero(String name) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        return Files.createSymbolicLink(dir.resolve(name), Path.of("/dev/zero"));
    }

    private static CliRun quickly(String... args) {
        return assertTimeoutPreemptively(QUICKLY, () -> CliRun.of(args));
    }

    // the command run on args, refused in one line naming the file and what it is
    private static void refused(Path file, String what, String... args) {
        CliRun run = quickly(args);
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("vanban4j " + args[0] + ": " + file + ": " + what
                + ", not a regular file; give the path of a file");
    }

    @Test
    void aFifoIsRefusedUnopenedByEveryCommandThatReadsAFile() throws Exception {
        Path json = fifo("fifo.json");
        Path txt = fifo("fifo.txt");
        Path out = dir.resolve("out");
        refused(json, "a FIFO (named pipe)", "validate", json.toString());
        refused(json, "a FIFO (named pipe)", "check", json.toString());
        refused(txt, "a FIFO (named pipe)", "import", txt.toString(), "-o", out.toString());
        refused(json, "a FIFO (named pipe)", "render", json.toString(), "-o", out.toString());
        refused(json, "a FIFO (named pipe)", "render", plan.toString(), "--extras", json.toString(), "-o", out.toString());
        refused(json, "a FIFO (named pipe)", "render", plan.toString(), "--profile", json.toString(), "-o", out.toString());
        refused(json, "a FIFO (named pipe)", "deadline", "trong 5 ngày", "--events", json.toString());
        assertThat(out).doesNotExist();
    }

    @Test
    void aLinkToDevZeroIsRefusedAsADeviceNotReadUntilMemoryRunsOut() throws Exception {
        Path json = linkToDevZero("zero.json");
        Path docx = linkToDevZero("zero.docx");
        Path out = dir.resolve("out");
        refused(json, "a character device", "validate", json.toString());
        refused(docx, "a character device", "import", docx.toString(), "-o", out.toString());
        refused(json, "a character device", "render", plan.toString(), "--extras", json.toString(), "-o", out.toString());
        refused(json, "a character device", "obligations", plan.toString(), "--org", json.toString(), "--as-of", "2023-06-01");
        assertThat(out).doesNotExist();
    }

    @Test
    void extrasAndTextToImportAreBoundedLikePlans() throws Exception {
        for (String name : new String[] {"big.json", "big.txt"}) {
            try (RandomAccessFile f = new RandomAccessFile(dir.resolve(name).toFile(), "rw")) {
                f.setLength(17L << 20); // sparse: the size is what counts
            }
        }
        Path out = dir.resolve("out.docx");
        CliRun extras = quickly("render", plan.toString(), "--extras", dir.resolve("big.json").toString(), "-o", out.toString());
        assertThat(extras.exit()).isEqualTo(1);
        assertThat(extras.err().strip()).isEqualTo("vanban4j render: " + dir.resolve("big.json")
                + ": larger than 16 MB (the command line reads at most 16 MB of JSON or text)");
        CliRun text = quickly("import", dir.resolve("big.txt").toString(), "-o", out.toString());
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.err().strip()).isEqualTo("vanban4j import: " + dir.resolve("big.txt")
                + ": larger than 16 MB (the command line reads at most 16 MB of JSON or text)");
        assertThat(out).doesNotExist();
    }

    private Path units() throws Exception {
        Path sample = dir.resolve("sample");
        ReportSample.run(sample);
        Path units = sample.resolve("don-vi");
        Files.delete(units.resolve("don-vi-11.xlsx")); // the sample's workbook with a mistake
        for (Path f : Files.list(units).toList()) {
            Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2023-12-05T03:00:00Z")));
        }
        return units;
    }

    private CliRun consolidate(Path units, Path out) throws Exception {
        Path cao = Files.writeString(dir.resolve("198-KH-TU.json"), Samples.text(Samples.CAO_BANG_PLAN));
        Path forms = Files.writeString(dir.resolve("bieu.json"), ModelJson.write(new FormSet(Samples.caoBangReportForms())));
        return quickly("report", "consolidate", cao.toString(), units.toString(), "--forms", forms.toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
    }

    @Test
    void aFifoOrADeviceInTheUnitFolderIsNamedAndNothingIsWritten() throws Exception {
        Path units = units();
        Path fifo = Files.move(fifo("a.xlsx"), units.resolve("a.xlsx"));
        Path zero = Files.createSymbolicLink(units.resolve("b.xlsx"), Path.of("/dev/zero"));
        Path out = dir.resolve("out");
        CliRun run = consolidate(units, out);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines()).containsExactly(
                fifo + ": a FIFO (named pipe), not a regular file; give the path of a file",
                zero + ": a character device, not a regular file; give the path of a file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aUnitWorkbookSavedAsUtf16IsCountedLikeAnyOther() throws Exception {
        Path units = units();
        Path workbook = units.resolve("don-vi-01.xlsx");
        Files.write(workbook, utf16WithRows(Files.readAllBytes(workbook), 5_001));
        Path out = dir.resolve("out");
        CliRun run = consolidate(units, out);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("don-vi-01.xlsx: worksheet sheet1 holds more than 5000 rows (WorkbookLimits.rowsPerSheet)");
        assertThat(out).doesNotExist();
    }

    // the workbook with its first sheet's XML in UTF-16, and that many empty rows more
    private static byte[] utf16WithRows(byte[] xlsx, int rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] part = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    StringBuilder extra = new StringBuilder();
                    for (int r = 0; r < rows; r++) {
                        extra.append("<row r=\"").append(1_000 + r).append("\"/>");
                    }
                    String xml = new String(part, StandardCharsets.UTF_8).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                            .replace("</sheetData>", extra + "</sheetData>");
                    assertThat(xml).contains("encoding=\"UTF-16\"").contains("<row r=\"1000\"/>");
                    part = xml.getBytes(StandardCharsets.UTF_16);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(part);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void outputNamingAnInputIsRefusedAndTheInputKept() throws Exception {
        Path docx = Files.write(dir.resolve("125-UBND-KT.docx"), Renderer.standard().docx(Samples.kindSample("125-UBND-KT")));
        byte[] docxBefore = Files.readAllBytes(docx);
        byte[] planBefore = Files.readAllBytes(plan);
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), plan);
        String[][] runs = {
            {"import", docx.toString(), "-o", docx.toString()},
            {"import", docx.toString(), "-o", dir.resolve("sub/../125-UBND-KT.docx").toString()},
            {"render", plan.toString(), "-o", plan.toString()},
            {"render", plan.toString(), "--format", "html", "-o", link.toString()},
            {"render", plan.toString(), "--extras", link.toString(), "-o", dir.resolve("sub/../plan.json").toString()},
        };
        for (String[] args : runs) {
            CliRun run = quickly(args);
            assertThat(run.exit()).as(String.join(" ", args)).isEqualTo(1);
            assertThat(run.err().strip()).as(String.join(" ", args)).doesNotContain("\n")
                    .startsWith("vanban4j " + args[0] + ": " + args[args.length - 1] + ": -o names an input of the command (")
                    .endsWith("); writing would replace it; give another output file");
        }
        assertThat(docx).hasBinaryContent(docxBefore);
        assertThat(plan).hasBinaryContent(planBefore);
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void aNameTooLongIsSaidOfTheTargetNotOfATemporary() throws Exception {
        Path target = dir.resolve("k".repeat(300) + ".docx");
        CliRun run = quickly("render", plan.toString(), "-o", target.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).startsWith("vanban4j render: " + target + ": cannot write: ").contains("too long")
                .doesNotContain(".tmp");
        // a name that fits, though its temporary would not have
        Path fits = dir.resolve("k".repeat(245) + ".docx");
        assertThat(quickly("render", plan.toString(), "-o", fits.toString()).exit()).isZero();
        assertThat(fits).isRegularFile();
    }
}

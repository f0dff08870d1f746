package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed (kill -9) while it writes its outputs leaves each output whole - the previous
 * run's or the new one's, never a part - and the temporaries it left are removed by the next write.
 */
class KilledWriterTest {
    private static final int SIZE = 8 << 20;

    @TempDir
    Path dir;

    @Test
    void outputsStayWholeWhenTheWriterIsKilled() throws Exception {
        Path report = dir.resolve("bao-cao.docx");
        Path workbook = dir.resolve("tong-hop.xlsx");
        AtomicFiles.writeAll(Map.of(report, out -> out.write(content('0')), workbook, out -> out.write(content('0'))));
        for (int round = 0; round < 6; round++) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), Writer.class.getName(), report.toString(), workbook.toString())
                    .redirectErrorStream(true).start();
            // wait until it is writing, then kill it somewhere in the middle of a run
            assertThat(child.getInputStream().read()).isEqualTo('w');
            Thread.sleep(40 + 37L * round);
            child.destroyForcibly();
            child.waitFor();
            for (Path output : new Path[] {report, workbook}) {
                byte[] bytes = Files.readAllBytes(output);
                assertThat(bytes).as(output + " after kill " + round).hasSize(SIZE);
                byte first = bytes[0];
                assertThat(first).isBetween((byte) '0', (byte) '9');
                assertThat(Arrays.equals(bytes, content((char) first))).as(output + " is one run's whole output").isTrue();
            }
        }
        AtomicFiles.write(dir.resolve("next.json"), new byte[] {'{', '}'});
        AtomicFiles.write(report, content('0'));
        AtomicFiles.write(workbook, content('0'));
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("bao-cao.docx", "tong-hop.xlsx", "next.json");
        }
    }

    private static byte[] content(char run) {
        byte[] bytes = new byte[SIZE];
        Arrays.fill(bytes, (byte) run);
        return bytes;
    }

    /** The process that is killed: writes both outputs over and over, each run with its own digit. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            Path report = Path.of(args[0]);
            Path workbook = Path.of(args[1]);
            System.out.write('w');
            System.out.flush();
            for (int run = 1; ; run++) {
                byte[] bytes = content((char) ('0' + run % 10));
                AtomicFiles.writeAll(Map.of(report, out -> {
                    for (int i = 0; i < bytes.length; i += 1 << 16) {
                        out.write(bytes, i, 1 << 16); // in pieces, so a kill can land mid-file
                    }
                }, workbook, out -> out.write(bytes)));
            }
        }
    }
}

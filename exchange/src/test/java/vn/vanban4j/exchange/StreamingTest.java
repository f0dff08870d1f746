package vn.vanban4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB attachment packs and reads back whole in a JVM whose heap (48 MB) could not hold it once,
 * let alone as base64 text: the content is streamed both ways.
 */
class StreamingTest {
    @Test
    void packsAndReadsA50MegabyteAttachmentInA48MegabyteHeap(@TempDir Path dir) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
                StreamingCheck.class.getName(), dir.toString(), "50")).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String[] words = output.substring(output.lastIndexOf("sent ")).split(" ");
        assertThat(words[1]).isEqualTo(String.valueOf(50L << 20));
        assertThat(words[4]).isEqualTo(words[1]); // size received
        assertThat(words[5]).isEqualTo(words[2]); // CRC-32 received
        assertThat(Long.parseLong(words[7])).isGreaterThan((50L << 20) * 4 / 3);
    }
}

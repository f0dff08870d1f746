package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sample output (PDF aside) is byte-identical to the digests recorded before; see {@link SampleDigests}. */
class SampleDigestsTest {
    @Test
    void everySampleOutputKeepsItsRecordedBytes(@TempDir Path dir) throws IOException {
        String recorded = "";
        try (InputStream in = SampleDigestsTest.class.getResourceAsStream(SampleDigests.RESOURCE)) {
            if (in != null) {
                recorded = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        String now = SampleDigests.format(SampleDigests.compute(dir));
        if (Boolean.getBoolean("vanban4j.recordDigests")) {
            Files.writeString(Path.of("src/test/resources/vn/vanban4j/samples", SampleDigests.RESOURCE), now);
            recorded = now;
        }
        assertThat(now.lines().count()).isGreaterThan(30);
        assertThat(now).isEqualTo(recorded);
    }
}

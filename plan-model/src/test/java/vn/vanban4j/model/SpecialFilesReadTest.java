package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host handing Plans.read or OrgCharts.read a link to /dev/zero or a FIFO gets a refusal at once, not a hang or OutOfMemoryError. */
class SpecialFilesReadTest {

    @Test
    void devicesAndFifosAreRefusedByName(@TempDir Path dir) throws Exception {
        Path zero = dir.resolve("plan.json");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        Path fifo = dir.resolve("org.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        PlanFormatException plan = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PlanFormatException.class, () -> Plans.read(zero)));
        assertThat(plan.getMessage()).contains("plan.json").contains("not a regular file");
        PlanFormatException org = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(PlanFormatException.class, () -> OrgCharts.read(fifo)));
        assertThat(org.getMessage()).contains("org.json").contains("not a regular file");
    }
}

package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that the file system refuses names the target the caller gave, never the temporary beside it. */
class AtomicFilesErrorsTest {
    @TempDir
    Path dir;

    @Test
    void aLongNameThatFitsIsWrittenAndOneThatDoesNotIsNamed() throws Exception {
        Path fits = dir.resolve("k".repeat(245) + ".docx");
        AtomicFiles.write(fits, new byte[] {1});
        assertThat(fits).hasBinaryContent(new byte[] {1});
        Path tooLong = dir.resolve("k".repeat(300) + ".docx");
        assertThatThrownBy(() -> AtomicFiles.write(tooLong, new byte[] {1})).isInstanceOf(IOException.class)
                .hasMessageStartingWith(tooLong + ": cannot write: ").hasMessageContaining("too long")
                .hasMessageNotContaining(".tmp");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(fits);
        }
    }

    @Test
    void permissionDeniedNamesTheTarget() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        assumeTrue(locked.toFile().setWritable(false, false));
        try {
            // root may write anywhere; /sys refuses even root
            Path folder = Files.isWritable(locked) ? Path.of("/sys") : locked;
            assumeTrue(Files.isDirectory(folder) && !canCreate(folder), "no folder here refuses a new file");
            Path target = folder.resolve("bao-cao.docx");
            assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1})).isInstanceOf(AccessDeniedException.class)
                    .hasMessage(target + ": cannot write: permission denied");
        } finally {
            locked.toFile().setWritable(true, false);
        }
    }

    private static boolean canCreate(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve(".probe-" + ProcessHandle.current().pid())));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}

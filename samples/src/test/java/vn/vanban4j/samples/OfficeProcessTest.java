package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/** LibreOffice failures are named, and the office processes end with the JVM that started them, even after kill -9. */
class OfficeProcessTest {
    @TempDir
    Path dir;

    private Path office(String soffice, String mode) throws IOException {
        Path program = Files.createDirectories(dir.resolve("office/program"));
        if (soffice != null) {
            Files.writeString(program.resolve("soffice.bin"), soffice);
            Files.setPosixFilePermissions(program.resolve("soffice.bin"), PosixFilePermissions.fromString(mode));
        }
        return dir.resolve("office");
    }

    @Test
    void aProgramFolderWithoutTheOffice() throws IOException {
        try (PdfConverter c = PdfConverter.withOfficeHome(office(null, null), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> c.pdf(new byte[] {1})).isInstanceOf(RenderException.class)
                    .hasMessageEndingWith("is not a LibreOffice folder: " + dir.resolve("office/program/soffice.bin") + " is missing");
        }
    }

    @Test
    void anOfficeThatIsNotExecutable() throws IOException {
        try (PdfConverter c = PdfConverter.withOfficeHome(office("#!/bin/sh\n", "rw-r--r--"), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> c.pdf(new byte[] {1})).isInstanceOf(RenderException.class)
                    .hasMessage(dir.resolve("office/program/soffice.bin") + " is not executable");
        }
    }

    @Test
    void anOfficeThatDiesAtOnceIsNamedQuickly() throws IOException {
        long start = System.nanoTime();
        try (PdfConverter c = PdfConverter.withOfficeHome(office("#!/bin/sh\nexit 3\n", "rwxr-xr-x"), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> c.pdf(new byte[] {1})).isInstanceOf(RenderException.class)
                    .hasMessageStartingWith(dir.resolve("office/program/soffice.bin") + " did not start");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aConversionOverTheTimeLimitSaysHowToRaiseIt() {
        byte[] docx = Renderer.standard().docx(Samples.laiChauPlan());
        try (PdfConverter c = PdfConverter.standard().withProcesses(1).withTimeout(Duration.ofMillis(20))) {
            assertThatThrownBy(() -> c.pdf(docx, "107-KH-ThU.docx")).isInstanceOf(RenderException.class)
                    .hasMessage("the conversion of 107-KH-ThU.docx to PDF took longer than 20 ms; raise the timeout (--pdf-timeout SECONDS)");
        }
    }

    @Test
    void officeProcessesEndWhenTheJvmIsKilled() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OfficeChild.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String ready = lines.readLine();
            assertThat(ready).as("the child converted a document").startsWith("ready ");
            Path work = Path.of(ready.substring("ready ".length()));
            List<ProcessHandle> offices = child.toHandle().descendants()
                    .filter(p -> p.info().command().orElse("").endsWith("soffice.bin")).toList();
            assertThat(offices).as("a pool of two office processes").hasSize(2);
            assertThat(work).isDirectory();
            child.destroyForcibly(); // kill -9: no shutdown hook runs
            child.waitFor();
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (offices.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(offices).as("no orphaned office process").noneMatch(ProcessHandle::isAlive);
            while (Files.exists(work) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(work).as("no working files left behind").doesNotExist();
        } finally {
            child.destroyForcibly();
        }
    }

    /** The JVM the test kills: converts one document, says where its office works, and waits. */
    public static final class OfficeChild {
        public static void main(String[] args) throws Exception {
            PdfConverter converter = PdfConverter.standard();
            converter.pdf(Renderer.standard().docx(Samples.stateSamplePlan()));
            try (var list = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                String mine = "vanban4j-office-" + ProcessHandle.current().pid() + "-";
                Path work = list.filter(p -> p.getFileName().toString().startsWith(mine)).findFirst().orElseThrow();
                System.out.println("ready " + work);
            }
            System.out.flush();
            Thread.sleep(600_000);
        }
    }
}

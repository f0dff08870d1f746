package vn.vanban4j.hostexample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** README's Java block is quoted from HostExample, which HostExampleTest compiles and runs: every line stands in it. */
class ReadmeQuoteTest {
    @Test
    void everyLineOfReadmesHostBlockIsInTheExample() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("README.md")) || !Files.exists(root.resolve("samples"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        int start = readme.indexOf("```java\ntry (Vanban4j vanban = Vanban4j.standard()) {");
        assertThat(start).as("README's host block").isPositive();
        int end = readme.indexOf("```", start + 7);
        List<String> quoted = readme.substring(start + 7, end).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String source = Files.readString(root.resolve("samples/host-example/src/main/java/vn/vanban4j/hostexample/HostExample.java"));
        List<String> lines = source.lines().map(String::strip).toList();
        assertThat(quoted).hasSizeGreaterThan(20);
        for (String line : quoted) {
            assertThat(lines).as("README line in HostExample.java: " + line).contains(line);
        }
    }
}

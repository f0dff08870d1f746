package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every relative link in README.md and docs/*.md leads to a file or folder of the repository. */
class DocLinksTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    // [text](target) and [text]: target, outside code spans
    private static final Pattern INLINE = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s+\"[^\"]*\")?\\s*$");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<String> links(String markdown) {
        String text = markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(INLINE, REFERENCE)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    @Test
    void everyRelativeLinkResolves() throws IOException {
        assertThat(ROOT.resolve("pom.xml")).exists();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            for (String link : links(Files.readString(page))) {
                if (link.matches("(?i)^[a-z][a-z0-9+.-]*:.*") || link.startsWith("#") || link.startsWith("//")) {
                    continue; // a URL, a mail address, an anchor in the same page
                }
                String path = link.replaceAll("[#?].*$", "");
                Path target = page.getParent().resolve(java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8)).normalize();
                checked++;
                if (!target.startsWith(ROOT) || !Files.exists(target)) {
                    broken.add(ROOT.relativize(page) + ": " + link);
                }
            }
        }
        assertThat(checked).as("links checked").isPositive();
        assertThat(broken).as("links that lead nowhere").isEmpty();
    }

    @Test
    void everyMarkdownFileNamedInTheTextExists() throws IOException {
        // a page named in words ("see FORMATS.md") must be one a reader can open
        Pattern named = Pattern.compile("(?<![\\w/.-])([A-Za-z][\\w-]*\\.md)\\b");
        List<String> missing = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = named.matcher(Files.readString(page));
            while (m.find()) {
                String name = m.group(1);
                boolean exists;
                try (Stream<Path> files = Files.walk(ROOT)) {
                    exists = files.filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/"))
                            .anyMatch(f -> f.getFileName().toString().equals(name) || name.equals("templates-README.md"));
                }
                if (!exists) {
                    missing.add(ROOT.relativize(page) + ": " + name);
                }
            }
        }
        assertThat(missing).as("pages named that the repository does not have").isEmpty();
    }

    // README's "brings" names, as the POMs spell them
    private static final java.util.Map<String, String> NAMES = java.util.Map.ofEntries(
            java.util.Map.entry("Jackson", "jackson-databind"), java.util.Map.entry("POI", "poi-ooxml"),
            java.util.Map.entry("ical4j", "ical4j"), java.util.Map.entry("FreeMarker", "freemarker"),
            java.util.Map.entry("JODConverter", "jodconverter-local-lo"), java.util.Map.entry("PDFBox", "pdfbox"), java.util.Map.entry("Commons IO", "commons-io"),
            java.util.Map.entry("SLF4J API", "slf4j-api"), java.util.Map.entry("AssertJ", "assertj-core"),
            java.util.Map.entry("Spring Boot autoconfigure", "spring-boot-autoconfigure"));
    private static final java.util.Map<String, String> FOLDERS = java.util.Map.of("vanban4j-test", "test-support",
            "vanban4j-spring-boot-starter", "spring-boot-starter", "vanban4j-spark", "spark");

    @Test
    void theArtifactTableSaysWhatEachPomBrings() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([\\w-]+)`[^|]*\\|[^|]*\\| ([^|]+) \\|$").matcher(readme);
        int rows = 0;
        while (row.find()) {
            String artifact = row.group(1);
            if (artifact.equals("vanban4j-bom")) {
                continue;
            }
            rows++;
            String brings = row.group(2).replaceAll("\\([^)]*\\)", "").strip();
            java.util.Set<String> said = new java.util.TreeSet<>();
            for (String name : brings.split(",")) {
                String n = name.strip();
                said.add(NAMES.getOrDefault(n, n));
            }
            Path pom = ROOT.resolve(FOLDERS.getOrDefault(artifact, artifact)).resolve("pom.xml");
            assertThat(said).as("README's \"brings\" for " + artifact + " against " + ROOT.relativize(pom))
                    .isEqualTo(compileDependencies(Files.readString(pom)));
        }
        assertThat(rows).as("artifact rows").isGreaterThanOrEqualTo(7);
    }

    /** The artifactIds a POM brings to a host: its direct dependencies that are neither test, provided nor optional (nor in a profile of its own build). */
    static java.util.Set<String> compileDependencies(String pom) {
        String own = pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "")
                .replaceAll("(?s)<profiles>.*?</profiles>", "").replaceAll("(?s)<build>.*?</build>", "").replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<exclusions>.*?</exclusions>", "");
        java.util.Set<String> found = new java.util.TreeSet<>();
        Matcher dep = Pattern.compile("(?s)<dependency>(.*?)</dependency>").matcher(own);
        while (dep.find()) {
            String d = dep.group(1);
            if (d.matches("(?s).*<scope>(test|provided)</scope>.*") || d.contains("<optional>true</optional>")) {
                continue;
            }
            Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(d);
            if (id.find() && !id.group(1).startsWith("jackson-datatype")) {
                found.add(id.group(1));
            }
        }
        return found;
    }

    @Test
    void theLinkFinderFindsInlineAndReferenceLinksButNotCode() {
        assertThat(links("see [a](docs/A.md) and [b](../B.md#x \"t\")\n[c]: docs/C.md\n`[d](no.md)`\n```\n[e](no.md)\n```"))
                .containsExactly("docs/A.md", "../B.md#x", "docs/C.md");
    }
}

package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;

/** Templates from a folder, the classpath or the host's own store, under the same rules; instance withTemplates keeps the rest. */
class TemplateSourceTest {
    private static final Document DOC = TemplateSafetyTest.small();

    /** A host's store (a database table, say): name to text and time of change, counting what is asked. */
    static final class HostStore implements TemplateSource {
        final Map<String, String> texts = new ConcurrentHashMap<>();
        final Map<String, Instant> changed = new ConcurrentHashMap<>();
        final List<String> asked = new CopyOnWriteArrayList<>();
        final List<String> read = new CopyOnWriteArrayList<>();

        void put(String name, String text, Instant at) {
            texts.put(name, text);
            changed.put(name, at);
        }

        @Override
        public Optional<Instant> lastModified(String name) {
            asked.add(name);
            return Optional.ofNullable(changed.get(name));
        }

        @Override
        public String read(String name) {
            read.add(name);
            return texts.get(name);
        }
    }

    @Test
    void aDocumentRendersWithTemplatesFromTheClasspath() {
        for (String location : List.of("classpath:test-templates/", "test-templates", "/test-templates/")) {
            Renderer renderer = Renderer.standard().withTemplates(TemplateSource.classpath(location));
            assertThat(renderer.blockXml(DOC)).contains("<p>từ classpath 15/KH-UBND</p>");
            assertThat(renderer.html(DOC)).contains("từ classpath 15/KH-UBND");
            assertThat(renderer.docx(DOC)).startsWith('P', 'K');
        }
        // a template the source lacks comes from the shipped ones
        Document letter = Document.builder(vn.vanban4j.model.DocumentKind.OFFICIAL_LETTER, vn.vanban4j.model.Family.STATE)
                .header(DOC.header()).number("16/UBND-VP").place("Lào Cai").issueDate(DOC.issueDate()).summary("V/v thử")
                .build();
        assertThat(Renderer.standard().withTemplates(TemplateSource.classpath("classpath:test-templates/")).blockXml(letter))
                .isEqualTo(Renderer.standard().blockXml(letter));
    }

    @Test
    void aConfiguredLocationNamesTheClasspathOrAFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><p>thư mục</p></document>");
        assertThat(Renderer.standard().withTemplates(TemplateSource.at("classpath:test-templates/")).blockXml(DOC)).contains("từ classpath");
        assertThat(Renderer.standard().withTemplates(TemplateSource.at(dir.toString())).blockXml(DOC)).contains("thư mục");
        assertThat(Renderer.standard().withTemplates(TemplateSource.at(dir.toUri().toString())).blockXml(DOC)).contains("thư mục");
        assertThatThrownBy(() -> TemplateSource.at("https://example.org/templates/")).isInstanceOfSatisfying(RenderException.class,
                e -> assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SOURCE));
    }

    @Test
    void aClasspathLocationThatBacksOutIsRefused() {
        assertThatThrownBy(() -> TemplateSource.classpath("classpath:../secret/")).isInstanceOf(RenderException.class)
                .satisfies(e -> assertThat(((RenderException) e).code()).isEqualTo(RenderException.Code.TEMPLATE_SOURCE));
    }

    @Test
    void aDocumentRendersWithTemplatesFromTheHostsOwnSourceAndAChangeIsSeen() {
        HostStore store = new HostStore();
        store.put("plan.ftlx", "<document><#include \"parts/a.ftlx\"></document>", Instant.parse("2026-01-01T00:00:00Z"));
        store.put("parts/a.ftlx", "<p>từ cơ sở dữ liệu ${doc.number}</p>", Instant.parse("2026-01-01T00:00:00Z"));
        Renderer renderer = Renderer.standard().withTemplates(store);
        assertThat(renderer.blockXml(DOC)).contains("<p>từ cơ sở dữ liệu 15/KH-UBND</p>");
        assertThat(renderer.docx(DOC)).isEqualTo(renderer.docx(DOC));
        assertThat(store.asked).as("the name alone, no localized variants").doesNotContain("plan_vi_VN.ftlx", "plan_vi.ftlx");
        int reads = store.read.size();
        renderer.blockXml(DOC);
        assertThat(store.read).as("unchanged templates are not read again").hasSize(reads);

        store.put("parts/a.ftlx", "<p>đã sửa</p>", Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(renderer.blockXml(DOC)).contains("<p>đã sửa</p>");
    }

    @Test
    void anInMemorySourceServesFixedTemplates() {
        Renderer renderer = Renderer.standard().withTemplates(TemplateSource.inMemory(Map.of("plan.ftlx", "<document><p>bộ nhớ</p></document>")));
        assertThat(renderer.blockXml(DOC)).contains("<p>bộ nhớ</p>");
    }

    @Test
    void aHostSourceIsNeverAskedForANameOutsideIt() {
        HostStore store = new HostStore();
        store.put("plan.ftlx", "<document><#include \"../../etc/passwd\"><#include \"/abs.ftlx\"></document>", Instant.EPOCH);
        Renderer renderer = Renderer.standard().withTemplates(store);
        assertThatThrownBy(() -> renderer.docx(DOC)).isInstanceOf(RenderException.class).hasMessageStartingWith("plan.ftlx:1:")
                .satisfies(e -> assertThat(((RenderException) e).template()).isEqualTo("plan.ftlx"));
        // FreeMarker keeps "../" at the root of the source: the host is asked for "etc/passwd" in its own store, never above it
        assertThat(store.asked).isNotEmpty().allSatisfy(name -> assertThat(name).doesNotContain("..").doesNotStartWith("/")
                .doesNotContain("\\").doesNotContain(":"));
    }

    @Test
    void aHostSourceKeepsTheSizeAndNestingLimits() {
        HostStore store = new HostStore();
        store.put("plan.ftlx", "<document><p>" + "x".repeat(5000) + "</p></document>", Instant.EPOCH);
        Renderer renderer = Renderer.standard().withLimits(RenderLimits.DEFAULT.withTemplateBytes(1000)).withTemplates(store);
        assertThatThrownBy(() -> renderer.docx(DOC)).isInstanceOfSatisfying(RenderException.class, e -> {
            assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_LIMIT);
            assertThat(e.getMessage()).startsWith("plan.ftlx:1:").contains("larger than 1000 bytes");
        });
    }

    @Test
    void aHostSourceThatFailsIsATemplateSourceError() {
        TemplateSource broken = new TemplateSource() {
            @Override
            public Optional<Instant> lastModified(String name) throws IOException {
                throw new IOException("the database is down");
            }

            @Override
            public String read(String name) {
                return null;
            }
        };
        assertThatThrownBy(() -> Renderer.standard().withTemplates(broken).docx(DOC)).isInstanceOfSatisfying(RenderException.class, e -> {
            assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SOURCE);
            assertThat(e.getMessage()).contains("the database is down");
            RenderErrorsTest.assertNoInternalCause(e);
        });
    }

    @Test
    void withTemplatesOnARendererKeepsItsOtherSettings(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><p>thư mục</p></document>");
        Profile fixed = Profile.named("state-nd30-2020").withBodySize(13); // the document's family, not the one it would take
        Renderer configured = Renderer.standard().withProfile(fixed).asDraft(true)
                .withExtras(Map.of("unit", "Phòng Nội vụ"));
        Renderer moved = configured.withTemplates(TemplateSource.folder(dir));
        assertThat(moved.profileFor(DOC)).isSameAs(fixed);
        assertThat(moved.blockXml(DOC)).contains("<p>thư mục</p>");
        assertThat(moved.html(DOC)).isEqualTo(Renderer.fromTemplates(dir).withProfile(fixed).asDraft(true).html(DOC));
        assertThat(Renderer.fromTemplates(dir).blockXml(DOC)).isEqualTo(moved.blockXml(DOC));
    }
}

package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway template stops with a message naming where it was, and the host goes on. */
class TemplateLimitsTest {
    @TempDir
    Path dir;

    private Renderer withTemplate(String body) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), body);
        return Renderer.withTemplates(dir);
    }

    @Test
    void endlessLoopStopsAtTheTimeLimit() throws IOException {
        Renderer r = withTemplate("<document>\n<#list 1..2000000000 as i><#if i < 0>x</#if></#list></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:2:").hasMessageContaining("ran longer than 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void nestedLoopsWithEmptyBodiesStop() throws IOException {
        // (a single loop with an empty body is not seen by the watchdog; it ends by itself within 2^31 turns)
        Renderer r = withTemplate("<document><#list 1..2000000000 as i><#list 1..100000 as j></#list></#list></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(300)));
        long start = System.nanoTime();
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageContaining("ran longer than 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void endlessOutputStopsAtTheSizeLimit() throws IOException {
        Renderer r = withTemplate("<document><#list 1..2000000000 as i><p>${i}</p></#list></document>")
                .withLimits(RenderLimits.DEFAULT.withOutputChars(100_000));
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:").hasMessageContaining("more than 100000 characters");
    }

    @Test
    void endlessRecursionStopsAtTheNestingLimit() throws IOException {
        Renderer r = withTemplate("<#macro down n><p>${n}</p><@down n + 1/></#macro>\n<document><@down 1/></document>");
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:").hasMessageContaining("nest deeper than 400 levels");
    }

    @Test
    void doublingTextStopsWithoutTakingTheHostDown() throws IOException {
        Renderer r = withTemplate("<#assign s = 'xy'><#list 1..64 as i><#assign s = s + s></#list><document><p>${s}</p></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(200)));
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:");
        // the renderer is still usable afterwards
        assertThat(Renderer.standard().docx(TemplateSafetyTest.small())).isNotEmpty();
    }

    @Test
    void theDefaultTemplatesStayWellInsideTheLimits() {
        Renderer r = Renderer.standard().withLimits(new RenderLimits(Duration.ofSeconds(5), 200_000, 60));
        assertThat(r.docx(TemplateSafetyTest.small())).isNotEmpty();
    }
}

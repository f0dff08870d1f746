package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runaway template stops with a message naming where it was, and the host goes on. */
class TemplateLimitsTest {
    @TempDir
    Path dir;

    private Renderer withTemplate(String body) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), body);
        return Renderer.fromTemplates(dir);
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

    // ---- built-ins and buffers the watchdog could not see (issue 18, item 4)

    private static void assertStopsWithin(Renderer r, Duration bound, String... messages) {
        long start = System.nanoTime();
        var thrown = assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:");
        for (String message : messages) {
            thrown.hasMessageContaining(message);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(bound);
    }

    @Test
    void aJoinOverAHugeRangeStopsAtTheTimeLimit() throws IOException {
        Renderer r = withTemplate("<document><p>${(1..300000000)?join(\",\")}</p></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(300)).withMemoryBytes(Long.MAX_VALUE));
        assertStopsWithin(r, Duration.ofSeconds(3), "ran longer than 300 ms", "RenderLimits.templateTime");
    }

    @Test
    void aJoinOverAHugeRangeStopsAtTheMemoryLimit() throws IOException {
        Renderer r = withTemplate("<document><p>${(1..300000000)?join(\",\")}</p></document>")
                .withLimits(RenderLimits.DEFAULT.withMemoryBytes(64 << 20));
        assertStopsWithin(r, Duration.ofSeconds(3), "needed more than 64 MB of memory", "RenderLimits.memoryBytes");
    }

    @Test
    void aBuiltInThatAsksNothingIsStoppedAfterTheGrace() throws IOException {
        // ?map with a text lambda and ?join of texts call nothing the watchdog owns
        Renderer r = withTemplate("<document><p>${(1..300000000)?map(x -> 'a')?join('')}</p></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(300)).withMemoryBytes(Long.MAX_VALUE));
        assertStopsWithin(r, Duration.ofSeconds(4), "ran longer than 300 ms");
    }

    @Test
    void anAttemptBufferStopsAtTheOutputLimitAndCannotRecover() throws IOException {
        Renderer r = withTemplate("<document><#attempt><#list 1..2000000000 as i><p>${i}</p></#list><#recover><p>x</p></#attempt>"
                + "</document>").withLimits(RenderLimits.DEFAULT.withOutputChars(100_000));
        assertStopsWithin(r, Duration.ofSeconds(5), "more than 100000 characters", "RenderLimits.outputChars");
    }

    @Test
    void aCaptureBufferStopsAtTheOutputLimit() throws IOException {
        Renderer r = withTemplate("<#assign s><#list 1..2000000000 as i>${i},</#list></#assign><document><p>${s}</p></document>")
                .withLimits(RenderLimits.DEFAULT.withOutputChars(100_000));
        assertStopsWithin(r, Duration.ofSeconds(5), "more than 100000 characters");
    }

    @Test
    void fiveThousandNestedIfsAreRefusedBeforeParsing() throws IOException {
        Renderer r = withTemplate("<document>" + "<#if true>".repeat(5000) + "x" + "</#if>".repeat(5000) + "</document>");
        assertStopsWithin(r, Duration.ofSeconds(3), "plan.ftlx:1:4011: directives and brackets nest deeper than 400 levels",
                "RenderLimits.nestingDepth");
    }

    @Test
    void fiveThousandNestedParenthesesAreRefusedBeforeParsing() throws IOException {
        Renderer r = withTemplate("<document><p>${" + "(".repeat(5000) + "1" + ")".repeat(5000) + "}</p></document>");
        assertStopsWithin(r, Duration.ofSeconds(3), "plan.ftlx:1:416: directives and brackets nest deeper than 400 levels");
    }

    @Test
    void aTemplateOverTheSizeLimitIsRefusedBeforeParsing() throws IOException {
        Renderer r = withTemplate("<document><p>" + "x ".repeat(600_000) + "</p></document>");
        assertStopsWithin(r, Duration.ofSeconds(3), "plan.ftlx:1:1048577: the template is larger than 1048576 bytes",
                "RenderLimits.templateBytes");
        Renderer raised = r.withLimits(RenderLimits.DEFAULT.withTemplateBytes(2 << 20));
        assertThat(raised.blockXml(TemplateSafetyTest.small())).hasSizeGreaterThan(1_200_000);
    }

    @Test
    void interruptingTheRenderingThreadStopsTheRender() throws Exception {
        Renderer r = withTemplate("<document><#list 1..2000000000 as i><#if i < 0>x</#if></#list></document>")
                .withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofSeconds(60)));
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean flagSet = new java.util.concurrent.atomic.AtomicBoolean();
        Thread renderer = new Thread(() -> {
            try {
                r.docx(TemplateSafetyTest.small());
            } catch (RuntimeException e) {
                failure.set(e);
                flagSet.set(Thread.currentThread().isInterrupted());
            }
        });
        renderer.start();
        Thread.sleep(300);
        long start = System.nanoTime();
        renderer.interrupt();
        renderer.join(5000);
        assertThat(renderer.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(failure.get()).isInstanceOf(RenderException.class).hasMessageStartingWith("plan.ftlx:1:")
                .hasMessageContaining("the render was interrupted");
        assertThat(flagSet).as("the interrupt flag is set again").isTrue();
    }

    // ---- the library's own templates run on the calling thread, within the same limits

    // small()'s plan with 300 items: enough of the template's steps for the limits polled every 256 of them
    private static vn.vanban4j.model.Document large() {
        vn.vanban4j.model.Document small = TemplateSafetyTest.small();
        List<vn.vanban4j.model.Block> items = IntStream.range(0, 300)
                .<vn.vanban4j.model.Block>mapToObj(i -> vn.vanban4j.model.Paragraph.item("-", "Nội dung thứ " + i)).toList();
        return new vn.vanban4j.model.Document(small.kind(), small.family(), small.header(), small.number(), small.place(),
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null,
                List.of(new vn.vanban4j.model.Section("I.", "NHIỆM VỤ", items)), null, null, null, null, small.recipients(),
                "VP", small.signatures(), List.of());
    }

    @Test
    void theLibrarysTemplatesStopAtTheTimeLimit() {
        Renderer r = Renderer.standard().withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofNanos(1)));
        assertThatThrownBy(() -> r.docx(large())).isInstanceOf(RenderException.class)
                .hasMessageMatching("(plan|lib)\\.ftlx:\\d+:\\d+: the template ran longer than .*")
                .extracting(e -> ((RenderException) e).code()).isEqualTo(RenderException.Code.TEMPLATE_LIMIT);
    }

    @Test
    void theLibrarysTemplatesStopAtTheMemoryLimit() {
        Renderer r = Renderer.standard().withLimits(RenderLimits.DEFAULT.withMemoryBytes(4096));
        assertThatThrownBy(() -> r.docx(large())).isInstanceOf(RenderException.class)
                .hasMessageContaining("needed more than 4096 bytes of memory");
    }

    @Test
    void anInterruptedThreadStopsEvenAShortRunOfTheLibrarysTemplates() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Renderer.standard().docx(TemplateSafetyTest.small()))
                    .isInstanceOf(RenderException.class).hasMessageContaining("the render was interrupted");
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag stays set").isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anInterruptedThreadStopsTheLibrarysTemplatesAndKeepsItsFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Renderer.standard().docx(large()))
                    .isInstanceOf(RenderException.class).hasMessageContaining("the render was interrupted")
                    .extracting(e -> ((RenderException) e).code()).isEqualTo(RenderException.Code.INTERRUPTED);
            assertThat(Thread.currentThread().isInterrupted()).as("the interrupt flag stays set").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(Renderer.standard().docx(large())).isNotEmpty();
    }

    @Test
    void theDefaultTemplatesStayWellInsideTheLimits() {
        Renderer r = Renderer.standard().withLimits(new RenderLimits(Duration.ofSeconds(5), 200_000, 60));
        assertThat(r.docx(TemplateSafetyTest.small())).isNotEmpty();
    }
}

package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;

/** Errors a program can read: a code, and the template, line and column as fields, with no internal class as a cause. */
class RenderErrorsTest {
    private static final Document DOC = TemplateSafetyTest.small();

    @TempDir
    Path dir;

    static void assertNoInternalCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            assertThat(t.getClass().getName()).as("a cause of " + e)
                    .doesNotStartWith("freemarker.").doesNotStartWith("vn.vanban4j.render.internal.");
        }
        for (Throwable s : e.getSuppressed()) {
            assertNoInternalCause(s);
        }
    }

    private RenderException failing(String template) throws IOException {
        return failing(Renderer.fromTemplates(Files.writeString(dir.resolve("plan.ftlx"), template).getParent()));
    }

    private static RenderException failing(Renderer renderer) {
        RenderException e = catchThrowableOfType(RenderException.class, () -> renderer.docx(DOC));
        assertThat(e).as("a RenderException").isNotNull();
        assertNoInternalCause(e);
        return e;
    }

    @Test
    void aSyntaxErrorHasItsCodeTemplateLineAndColumn() throws IOException {
        RenderException e = failing("<document>\n<p>x</p>\n  <#if doc.number??>\n<p>y</p>\n</document>");
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SYNTAX);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).startsWith("plan.ftlx:3:3: syntax error: <#if> is never closed");
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aMisspeltNameIsAnsweredWithTheNameMeant() throws IOException {
        RenderException e = failing("<document>\n<p>${doc.signature.singer}</p>\n</document>");
        assertThat(e.getMessage()).startsWith("plan.ftlx:2:6: doc.signature.singer is missing (no such field, or no value in this"
                + " document); did you mean signer?");
        // a name like none gets no guess
        assertThat(failing("<document>\n<p>${doc.khongCoGi}</p>\n</document>").getMessage()).doesNotContain("did you mean");
    }

    @Test
    void freemarkersJargonIsSaidInPlainWords() throws IOException {
        assertThat(failing("<document>\n<#lsit doc.sections as s><p>x</p></#lsit>\n</document>").getMessage())
                .startsWith("plan.ftlx:2:2: syntax error: there is no directive <#lsit>; did you mean <#list>?");
        assertThat(failing("<document>\n<p>${doc.number</p>\n</document>").getMessage())
                .contains("syntax error: an expression is not finished here: close each ${ with }");
        RenderException amp = failing("<document>\n<p>Sở Tài chính & Sở Nội vụ</p>\n</document>");
        assertThat(amp.getMessage()).isEqualTo("plan.ftlx:2:17: a bare \"&\" in the template's text; write &amp; for it"
                + " (a value printed with ${...} is escaped already)");
        assertThat(amp.message(java.util.Locale.forLanguageTag("vi"))).contains("ký tự \"&\" đứng riêng");
    }

    @Test
    void endTagsInTheWrongOrderOrClosingNothingAreSaidInPlainWords() throws IOException {
        java.util.Locale vi = java.util.Locale.forLanguageTag("vi");
        // wrongly nested: the end tags swapped
        RenderException swapped = failing("<document>\n<#if doc.number??><#list doc.sections as s>\n<p>x</p>\n</#if></#list>\n</document>");
        assertThat(swapped.code()).isEqualTo(RenderException.Code.TEMPLATE_SYNTAX);
        assertThat(swapped.line()).isEqualTo(4);
        assertThat(swapped.getMessage()).isEqualTo("plan.ftlx:4:1: syntax error: </#if> comes while the <#list> opened inside it at"
                + " plan.ftlx:2:19 is still open; directives close in the reverse order they open: put </#list> before this </#if>"
                + " (move it here if it comes later, else add it where the <#list> part ends)");
        assertThat(swapped.message(vi)).isEqualTo("plan.ftlx:4:1: lỗi cú pháp: </#if> đứng ở đây khi <#list> mở bên trong nó ở"
                + " plan.ftlx:2:19 vẫn chưa đóng; các chỉ thị đóng theo thứ tự ngược với khi mở: hãy đặt </#list> trước </#if> này"
                + " (chuyển nó lên đây nếu nó đứng sau, nếu không thì thêm nó ở chỗ phần <#list> kết thúc)");
        // a missing </#if> inside a list: found at the list's end, naming where the <#if> opened
        assertThat(failing("<document>\n<#list doc.sections as s>\n  <#if s.title??>\n<p>x</p>\n</#list>\n</document>").getMessage())
                .isEqualTo("plan.ftlx:5:1: syntax error: </#list> comes while the <#if> opened inside it at plan.ftlx:3:3 is still open;"
                        + " directives close in the reverse order they open: put </#if> before this </#list> (move it here if it comes"
                        + " later, else add it where the <#if> part ends)");
        // a missing </#if> at the end of the file: where it was opened
        assertThat(failing("<document>\n<p>x</p>\n<#if doc.number??>\n<p>y</p>\n</document>").getMessage())
                .isEqualTo("plan.ftlx:3:1: syntax error: <#if> is never closed; add </#if> where its part ends");
        // an end tag with no start
        RenderException stray = failing("<document>\n<p>x</p>\n  </#list>\n</document>");
        assertThat(stray.getMessage()).isEqualTo("plan.ftlx:3:3: syntax error: </#list> closes nothing: no <#list> is open here;"
                + " remove it, or add the <#list ...> it belongs to before it");
        assertThat(stray.message(vi)).isEqualTo("plan.ftlx:3:3: lỗi cú pháp: </#list> không đóng gì cả: ở đây không có <#list> nào"
                + " đang mở; hãy xóa nó, hoặc thêm <#list ...> mà nó thuộc về ở trước nó");
        assertThat(failing("<document>\n<#list doc.sections as s>\n<p>x</p>\n</#if>\n</#list>\n</document>").getMessage())
                .isEqualTo("plan.ftlx:4:1: syntax error: </#if> closes nothing: no <#if> is open here, only the <#list> opened at"
                        + " plan.ftlx:2:1; remove it, or add the <#if ...> it belongs to before it");
    }

    @Test
    void widthsThatDoNotMatchTheColumnsAreAnErrorAtTheTable() throws IOException {
        RenderException e = failing("<document>\n  <table widths=\"1,2,3\">\n<tr><td>1</td><td>a</td><td>b</td><td>c</td></tr></table>\n</document>");
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:2:3: <table widths=\"1,2,3\"> gives 3 widths to a table of 4 columns;"
                + " give one width a column");
    }

    @Test
    void aMisspeltExtraNamesTheExtrasPassed() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<p>${extras.maHoso}</p>\n</document>");
        RenderException e = failing(Renderer.fromTemplates(dir).withExtras(Map.of("maHoSo", "H-01", "donVi", "Phòng Nội vụ")));
        assertThat(e.getMessage()).contains("extras.maHoso is missing").contains("; did you mean maHoSo?; the extras passed are donVi, maHoSo;");
        Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<p>${extras.maHoSo}</p>\n</document>");
        assertThat(failing(Renderer.fromTemplates(dir)).getMessage()).contains("; no extras were passed;");
    }

    @Test
    void aRuntimeErrorHasItsCodeTemplateLineAndColumn() throws IOException {
        RenderException e = failing("<document>\n<p>x</p>\n<p>   ${doc.nothing}</p>\n</document>");
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_RUNTIME);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(9); // where the expression starts, inside ${...}
        assertThat(e.getMessage()).startsWith("plan.ftlx:3:9: doc.nothing is missing");
    }

    @Test
    void anIncludedTemplateIsNamedByItsOwnName() throws IOException {
        Files.createDirectories(dir.resolve("parts"));
        Files.writeString(dir.resolve("parts/a.ftlx"), "\n\n<p>${1 / 0}</p>");
        RenderException e = failing("<document><#include \"parts/a.ftlx\"></document>");
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_RUNTIME);
        assertThat(e.template()).isEqualTo("parts/a.ftlx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isPositive();
    }

    @Test
    void aLimitCrossedHasItsCodeAndWhere() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<#list 1.. as i>${i}</#list>\n</document>");
        RenderException e = failing(Renderer.fromTemplates(dir).withLimits(RenderLimits.DEFAULT.withTemplateTime(Duration.ofMillis(300))));
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_LIMIT);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isPositive();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void aTemplateTooLargeToReadIsALimit() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><p>" + "x".repeat(3000) + "</p></document>");
        RenderException e = failing(Renderer.fromTemplates(dir).withLimits(RenderLimits.DEFAULT.withTemplateBytes(1000)));
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_LIMIT);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(1);
    }

    @Test
    void badBlockXmlIsATemplateOutputErrorAtThePositionThatWroteIt() throws IOException {
        RenderException e = failing("<document>\n<header/>\n  <p style=\"color:red\">Hai</p>\n</document>");
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_OUTPUT);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void aHostHelpersOwnExceptionStaysTheCause() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><p>${vn.boom()}</p></document>");
        IllegalStateException boom = new IllegalStateException("the host's helper failed");
        RenderException e = failing(Renderer.fromTemplates(dir).withHelpers(Map.of("boom", args -> {
            throw boom;
        })));
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_RUNTIME);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getCause()).isSameAs(boom);
    }

    @Test
    void errorsNotFromATemplateHaveNoPosition() {
        RenderException image = catchThrowableOfType(RenderException.class,
                () -> Renderer.standard().withImages(Map.of("a.png", new byte[] {1, 2, 3})));
        assertThat(image.code()).isEqualTo(RenderException.Code.IMAGE);
        assertThat(image.template()).isNull();
        assertThat(image.line()).isNull();
        assertThat(image.column()).isNull();

        RenderException data = catchThrowableOfType(RenderException.class,
                () -> Renderer.standard().withExtras(Map.of("x", new Object())));
        assertThat(data.code()).isEqualTo(RenderException.Code.DATA);
        assertThat(data.template()).isNull();

        RenderException workbook = new FormWorkbook.FormErrors("a.xlsx", java.util.List.of("Biểu 1!D7: x"));
        assertThat(workbook.code()).isEqualTo(RenderException.Code.WORKBOOK);
        assertThat(new RenderException("something").code()).isEqualTo(RenderException.Code.OTHER);
    }

    @Test
    void aMissingTemplateIsItsOwnCode() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><#include \"nowhere.ftlx\"></document>");
        RenderException e = failing(Renderer.fromTemplates(dir));
        assertThat(e.code()).isIn(RenderException.Code.TEMPLATE_RUNTIME, RenderException.Code.TEMPLATE_MISSING);
        assertThat(e.template()).isEqualTo("plan.ftlx");
    }
}

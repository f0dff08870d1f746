package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.MessageBundleCheck;
import vn.vanban4j.render.internal.RenderMessages;

class RenderMessagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bundlesHoldEveryKeyInBothLanguages() {
        assertThat(MessageBundleCheck.problems(RenderMessages.class)).isEmpty();
    }

    @Test
    void libreOfficeMissingReadsInVietnameseAndKeepsItsCode(@TempDir Path home) {
        PdfConverter converter = PdfConverter.withOfficeHome(home, Duration.ofSeconds(5));
        RenderException e = catchThrowableOfType(PdfConverter.OfficeUnavailableException.class, () -> converter.pdf(new byte[] {1}, "x"));
        converter.close();

        assertThat(e.code()).isEqualTo(RenderException.Code.PDF);
        assertThat(e.getMessage()).isEqualTo("LibreOffice is not installed in " + home + " (no program/ folder): PDF needs it"
                + " (Debian: apt-get install libreoffice-writer-nogui fonts-liberation2); DOCX and HTML do not");
        assertThat(e.message(VI)).startsWith("chưa cài đặt LibreOffice trong " + home + " (không có thư mục program/)")
                .endsWith("DOCX và HTML thì không cần");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void hostDataRefusedNamesItsPathInBothLanguagesAndApostrophesSurvive() {
        RenderException data = catchThrowableOfType(RenderException.class,
                () -> Renderer.standard().withExtras(Map.of("don_vi", new Object())));
        RenderException helper = catchThrowableOfType(RenderException.class,
                () -> Renderer.standard().withHelpers(Map.of("so tien", args -> "")));

        assertThat(data.code()).isEqualTo(RenderException.Code.DATA);
        assertThat(data.message(VI)).startsWith("extras.don_vi: ").contains("không phải dữ liệu mà mẫu đọc được");
        assertThat(helper.getMessage()).isEqualTo("a template helper's name is a word of letters and digits, not \"so tien\"");
        assertThat(helper.message(VI)).isEqualTo("tên hàm trợ giúp của mẫu là một từ gồm chữ cái và chữ số, không phải \"so tien\"");
    }

    @Test
    void aMissingTemplateKeepsItsCodeAndReadsInVietnamese() {
        RenderException e = catchThrowableOfType(RenderException.class, () -> TemplateSource.at("nowhere:templates"));

        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SOURCE);
        assertThat(e.message(VI)).isEqualTo("\"nowhere:templates\" không phải vị trí của mẫu; hãy đưa một thư mục, \"file:...\" hoặc \"classpath:...\"");
    }

    @Test
    void aBlockMistakeKeepsItsTemplatePositionInBothLanguages(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("plan.ftlx"),
                "<document>\n<header/>\n<p>${doc.number}</p>\n<closing><p>(Đã ký)</p></closing>\n</document>");
        RenderException e = catchThrowableOfType(RenderException.class,
                () -> Renderer.fromTemplates(dir).docx(TemplateSafetyTest.small()));

        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_OUTPUT);
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:4:10: a <closing> holds <signature> and <recipients>, not <p>;"
                + " write <closing/> for the document's own");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:4:10: <closing> chứa <signature> và <recipients>, không chứa <p>;"
                + " hãy viết <closing/> để dùng phần kết của chính văn bản");
    }

    @Test
    void aTemplateLimitReadsInVietnamese(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("plan.ftlx"), "<document><#list 1..100000000 as i>${i}</#list></document>");
        RenderException e = catchThrowableOfType(RenderException.class, () -> Renderer.fromTemplates(dir)
                .withLimits(RenderLimits.DEFAULT.withOutputChars(1000)).docx(TemplateSafetyTest.small()));

        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_LIMIT);
        assertThat(e.getMessage()).contains("the template wrote more than 1000 characters");
        assertThat(e.message(VI)).startsWith("plan.ftlx:1:").contains(": mẫu đã sinh ra hơn 1000 ký tự")
                .endsWith("giới hạn là RenderLimits.outputChars");
    }

    @Test
    void syntaxAndRuntimeErrorsKeepFreeMarkersWordsAndTranslateTheirOwn(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<#if doc.number??>\n<p>x</p>\n</document>");
        RenderException syntax = catchThrowableOfType(RenderException.class,
                () -> Renderer.fromTemplates(dir).docx(TemplateSafetyTest.small()));
        java.nio.file.Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<p>${khong_co_gi}</p>\n</document>");
        RenderException runtime = catchThrowableOfType(RenderException.class,
                () -> Renderer.fromTemplates(dir).docx(TemplateSafetyTest.small()));

        assertThat(syntax.code()).isEqualTo(RenderException.Code.TEMPLATE_SYNTAX);
        assertThat(syntax.line()).isEqualTo(2);
        assertThat(syntax.message(VI)).isEqualTo("plan.ftlx:2:1: lỗi cú pháp: <#if> chưa bao giờ được đóng;"
                + " hãy thêm </#if> ở chỗ phần đó kết thúc");
        assertThat(runtime.code()).isEqualTo(RenderException.Code.TEMPLATE_RUNTIME);
        assertThat(runtime.message(VI)).startsWith("plan.ftlx:2:6: ").endsWith(" trong ${khong_co_gi}");
        assertThat(runtime.getMessage()).endsWith(" in ${khong_co_gi}");
    }
}

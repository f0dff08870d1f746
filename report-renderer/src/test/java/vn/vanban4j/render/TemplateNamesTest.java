package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Plans;

/** A template named in other capitals, or reached outside the templates folder, is said in plain words. */
class TemplateNamesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Document DOC = TemplateSafetyTest.small();

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        return Files.createDirectories(dir.resolve("mau"));
    }

    private static RenderException failing(Renderer renderer, Document doc) {
        RenderException html = catchThrowableOfType(RenderException.class, () -> renderer.html(doc));
        RenderException docx = catchThrowableOfType(RenderException.class, () -> renderer.docx(doc));
        assertThat(html).isNotNull();
        assertThat(docx).isNotNull();
        assertThat(docx.getMessage()).isEqualTo(html.getMessage());
        RenderErrorsTest.assertNoInternalCause(html);
        return html;
    }

    @Test
    void aTemplateInOtherCapitalsIsNotSilentlyReplacedByTheDefault() throws IOException {
        Path mau = folder();
        Files.writeString(mau.resolve("Letter.ftlx"), "<document><p>của tôi</p></document>");
        Document letter = Plans.read(Plans.toJson(DOC).replace("\"PLAN\"", "\"OFFICIAL_LETTER\""), "letter.json");
        assertThat(letter.kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);

        RenderException e = failing(Renderer.fromTemplates(mau), letter);
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_MISSING);
        assertThat(e.template()).isNull();
        assertThat(e.getMessage()).isEqualTo("the templates folder " + mau + " holds Letter.ftlx where letter.ftlx is looked for:"
                + " capitals count in file names, so Letter.ftlx would not be used; rename it letter.ftlx");
        assertThat(e.message(VI)).isEqualTo("thư mục mẫu " + mau + " có tệp Letter.ftlx trong khi chương trình tìm letter.ftlx:"
                + " tên tệp phân biệt chữ hoa, chữ thường nên Letter.ftlx sẽ không được dùng; hãy đổi tên thành letter.ftlx");

        // renamed, it is used
        Files.move(mau.resolve("Letter.ftlx"), mau.resolve("letter.ftlx"));
        assertThat(Renderer.fromTemplates(mau).html(letter)).contains("của tôi");
    }

    @Test
    void anIncludeInOtherCapitalsIsSaidWhereItIsWritten() throws IOException {
        Path mau = folder();
        Files.createDirectories(mau.resolve("parts"));
        Files.writeString(mau.resolve("parts/Chu-ky.ftlx"), "<p>x</p>");
        Files.writeString(mau.resolve("plan.ftlx"), "<document>\n<p>a</p>\n   <#include \"parts/chu-ky.ftlx\">\n</document>");

        RenderException e = failing(Renderer.fromTemplates(mau), DOC);
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_MISSING);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:3:4: the templates folder " + mau + " holds parts/Chu-ky.ftlx where"
                + " parts/chu-ky.ftlx is looked for: capitals count in file names, so parts/Chu-ky.ftlx would not be used;"
                + " rename it parts/chu-ky.ftlx");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.message(VI)).startsWith("plan.ftlx:3:4: thư mục mẫu " + mau + " có tệp parts/Chu-ky.ftlx");
    }

    @Test
    void anImportReachingOutsideTheFolderSaysSo() throws IOException {
        Path mau = folder();
        Files.writeString(dir.resolve("chung.ftlx"), "<#macro m>x</#macro>");
        Files.writeString(mau.resolve("plan.ftlx"), "<#import \"../chung.ftlx\" as c>\n<document><p>x</p></document>");

        RenderException e = failing(Renderer.fromTemplates(mau), DOC);
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SOURCE);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:1:1: <#import \"../chung.ftlx\"> reaches outside the templates folder " + mau
                + ": a template imports and includes only templates inside that folder; copy the file into it and name it from there");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:1:1: <#import \"../chung.ftlx\"> trỏ ra ngoài thư mục mẫu " + mau
                + ": mẫu chỉ nhập (import) và chèn (include) được các mẫu nằm trong thư mục đó; hãy chép tệp vào thư mục đó rồi ghi"
                + " tên tính từ thư mục");
    }

    @Test
    void anIncludeReachingOutsideFromASubfolderIsSaidInThatTemplate() throws IOException {
        Path mau = folder();
        Files.createDirectories(mau.resolve("parts"));
        Files.writeString(mau.resolve("parts/a.ftlx"), "<p>a</p>\n  <#include \"../../chung.ftlx\">");
        Files.writeString(mau.resolve("plan.ftlx"), "<document><#include \"parts/a.ftlx\"></document>");

        RenderException e = failing(Renderer.fromTemplates(mau), DOC);
        assertThat(e.template()).isEqualTo("parts/a.ftlx");
        assertThat(e.getMessage()).startsWith("parts/a.ftlx:2:3: <#include \"../../chung.ftlx\"> reaches outside the templates folder ");
    }

    @Test
    void aSyntaxErrorInAnImportedTemplateIsSaidAtItsOwnLine() throws IOException {
        Path mau = folder();
        Files.writeString(mau.resolve("chung.ftlx"), "<#macro m>\n<p>${doc.number</p>\n</#macro>");
        Files.writeString(mau.resolve("plan.ftlx"), "<#import \"chung.ftlx\" as c>\n<document><p>x</p></document>");

        RenderException e = failing(Renderer.fromTemplates(mau), DOC);
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_SYNTAX);
        assertThat(e.template()).isEqualTo("chung.ftlx");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).startsWith("chung.ftlx:2:").contains("syntax error: an expression is not finished here:"
                + " close each ${ with }");
        assertThat(e.message(VI)).startsWith("chung.ftlx:2:").contains("lỗi cú pháp");
    }

    @Test
    void anIncludeOfATemplateNowhereSaysWhereItWasLookedFor() throws IOException {
        Path mau = folder();
        Files.writeString(mau.resolve("plan.ftlx"), "<document>\n<#include \"phan/khong-co.ftlx\"></document>");

        RenderException e = failing(Renderer.fromTemplates(mau), DOC);
        assertThat(e.code()).isEqualTo(RenderException.Code.TEMPLATE_MISSING);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:2:1: <#include \"phan/khong-co.ftlx\"> names no template: there is no"
                + " phan/khong-co.ftlx in the templates folder " + mau + " nor among the shipped templates (a name is read from the"
                + " folder of the template that writes it, or from the templates folder when it starts with /)");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:2:1: <#include \"phan/khong-co.ftlx\"> không trỏ tới mẫu nào: không có"
                + " phan/khong-co.ftlx trong thư mục mẫu " + mau + " cũng như trong các mẫu có sẵn (tên được tính từ thư mục của mẫu"
                + " ghi nó, hoặc từ thư mục mẫu khi bắt đầu bằng /)");
    }
}

package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;

/** An image a template names that is not there is one error, at the element that named it, in HTML, DOCX and PDF alike. */
class MissingImagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    private Renderer folder(String template) throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/logo.png"), ImageLimitsTest.pngClaiming(10, 10));
        Files.write(dir.resolve("images/con-dau.png"), ImageLimitsTest.pngClaiming(10, 10));
        Files.writeString(dir.resolve("plan.ftlx"), template);
        return Renderer.fromTemplates(dir);
    }

    /** The error of each format, checked to be the same; PDF fails before LibreOffice is asked. */
    private RenderException sameInEveryFormat(Renderer renderer, Document doc) {
        PdfConverter converter = PdfConverter.withOfficeHome(dir.resolve("no-office"), Duration.ofSeconds(5));
        try {
            List<Function<Document, ?>> formats = List.of(renderer::html, renderer::docx, d -> renderer.pdf(d, converter));
            List<RenderException> errors = formats.stream()
                    .map(format -> catchThrowableOfType(RenderException.class, () -> format.apply(doc))).toList();
            RenderException html = errors.get(0);
            assertThat(html).as("HTML's error").isNotNull();
            for (RenderException e : errors) {
                assertThat(e).isNotNull();
                assertThat(e.code()).isEqualTo(RenderException.Code.IMAGE);
                assertThat(e.getMessage()).isEqualTo(html.getMessage());
                assertThat(e.message(VI)).isEqualTo(html.message(VI));
                RenderErrorsTest.assertNoInternalCause(e);
            }
            return html;
        } finally {
            converter.close();
        }
    }

    @Test
    void aLogoInAnotherCaseIsAnsweredWithTheFileThere() throws IOException {
        RenderException e = sameInEveryFormat(folder("<document>\n  <header logo=\"Logo.PNG\"/>\n<p>x</p>\n</document>"),
                TemplateSafetyTest.small());
        assertThat(e.template()).isEqualTo("plan.ftlx");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(3);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:2:3: the logo image \"Logo.PNG\" is not there; did you mean logo.png?"
                + " (capitals count in file names)");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:2:3: không có hình ảnh biểu trưng \"Logo.PNG\"; có phải là logo.png?"
                + " (tên tệp phân biệt chữ hoa, chữ thường)");
    }

    @Test
    void anSvgSealIsToldWhichKindsAreAccepted() throws IOException {
        RenderException e = sameInEveryFormat(folder("<document>\n<p>x</p>\n<closing><signature><position>CHỦ TỊCH</position>\n"
                + "    <sign seal=\"con-dau.svg\"/><signer>Nguyễn Văn A</signer></signature></closing>\n</document>"),
                TemplateSafetyTest.small());
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:4:5: the seal image \"con-dau.svg\" is not a PNG or JPEG file, the only"
                + " kinds of image accepted: save it as PNG or JPEG in the templates folder's images/ and name that file");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:4:5: hình ảnh con dấu \"con-dau.svg\" không phải tệp PNG hoặc JPEG, hai loại"
                + " hình ảnh duy nhất được nhận: hãy lưu nó dưới dạng PNG hoặc JPEG vào thư mục images/ của thư mục mẫu và ghi tên tệp đó");
    }

    @Test
    void aFileNotThereSaysWhereToPutIt() throws IOException {
        RenderException e = sameInEveryFormat(folder("<document>\n<p>x</p>\n<closing><signature><position>CHỦ TỊCH</position>\n"
                + "<sign image=\"chu-ky-ct.jpg\"/><signer>Nguyễn Văn A</signer></signature></closing>\n</document>"),
                TemplateSafetyTest.small());
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:4:1: the signature image \"chu-ky-ct.jpg\" is not there: put a PNG or JPEG"
                + " file of that name in the templates folder's images/ (or have the program pass it)");
        assertThat(e.message(VI)).isEqualTo("plan.ftlx:4:1: không có hình ảnh chữ ký \"chu-ky-ct.jpg\": hãy đặt một tệp PNG hoặc JPEG"
                + " tên như vậy vào thư mục images/ của thư mục mẫu (hoặc để chương trình truyền vào)");
    }

    @Test
    void aDocumentsSignatureImageIsNamedAtTheClosingThatBringsItIn() throws IOException {
        Document small = TemplateSafetyTest.small();
        Document signed = Plans.read(Plans.toJson(small).replace("\"signer\" : \"Nguyễn Văn A\"",
                "\"signer\" : \"Nguyễn Văn A\",\n    \"image\" : \"con-dau.PNG\""), "signed.json");
        assertThat(signed.signature().image()).isEqualTo("con-dau.PNG");
        RenderException e = sameInEveryFormat(folder("<document>\n<p>x</p>\n <closing/>\n</document>"), signed);
        assertThat(e.getMessage()).isEqualTo("plan.ftlx:3:2: the signature image \"con-dau.PNG\" is not there; did you mean"
                + " con-dau.png? (capitals count in file names)");
        // the image there is used, and a closing of the template's own signatures does not need the document's image
        assertThat(folder("<document>\n<p>x</p>\n<closing><signature><position>CHỦ TỊCH</position><sign image=\"con-dau.png\"/>"
                + "<signer>A</signer></signature></closing>\n</document>").html(signed)).contains("data:image/png;base64,");
    }
}

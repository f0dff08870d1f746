package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;

/** Templates are untrusted: what they may not do is refused with a clear error naming where. */
class TemplateSafetyTest {
    @TempDir
    Path dir;

    static Document small() {
        return new Document(DocumentKind.PLAN, Family.STATE, new Header("UBND TỈNH LÀO CAI", "UBND THÀNH PHỐ LÀO CAI"),
                DocumentNumber.parse("15/KH-UBND"), "Lào Cai", LocalDate.of(2026, 1, 5), "Triển khai thực hiện việc x",
                List.of(), null, null, List.of("Căn cứ Luật Tổ chức chính quyền địa phương;"), null,
                List.of(new Section("I.", "MỤC ĐÍCH", List.of(Paragraph.item("-", "Nội dung <a> & \"b\"")))), null, null,
                null, null, List.of(Recipient.of("Sở Nội vụ")), "VP", List.of(Signature.of(SigningAuthority.DEPUTY_FOR,
                        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn A")), List.of());
    }

    private Renderer withTemplate(String body) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), body);
        return Renderer.fromTemplates(dir);
    }

    @Test
    void newBuiltInIsRefused() throws IOException {
        Renderer r = withTemplate("<document>${'freemarker.template.utility.Execute'?new()('id')}</document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:").hasMessageContaining("Execute");
    }

    @Test
    void apiBuiltInIsRefused() throws IOException {
        Renderer r = withTemplate("<document>${doc.sections?api.size()}</document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:").hasMessageContaining("api");
    }

    @Test
    void javaMembersAreNotReachable() throws IOException {
        Renderer r = withTemplate("<document><p>${doc.number.getClass()}</p></document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:1:").hasMessageContaining("Expected a hash").hasMessageContaining("doc.number");
    }

    @Test
    void includeOutsideTheFolderIsRefused() throws IOException {
        Files.writeString(dir.getParent().resolve("secret.ftlx"), "<p>secret</p>");
        Renderer r = withTemplate("<document><#include \"../secret.ftlx\"></document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageContaining("plan.ftlx:1:");
    }

    @Test
    void aLinkLeadingOutOfTheFolderIsRefused() throws IOException {
        Path secret = Files.writeString(dir.getParent().resolve("secret-" + dir.getFileName() + ".ftlx"), "<document/>");
        Files.createSymbolicLink(dir.resolve("plan.ftlx"), secret);
        Renderer r = Renderer.fromTemplates(dir);
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessage("plan.ftlx is a link to a file outside the template folder;"
                        + " templates and what they include must stay inside it");
    }

    @Test
    void syntaxErrorNamesTemplateLineAndColumn() throws IOException {
        Renderer r = withTemplate("<document>\n<#if doc.kind>\n</document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageMatching("(?s)plan\\.ftlx:\\d+:\\d+: syntax error: .*");
    }

    @Test
    void dataErrorNamesTheExpression() throws IOException {
        Renderer r = withTemplate("<document>\n  <p>${doc.nothingHere}</p>\n</document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:2:")
                .hasMessageContaining("doc.nothingHere");
    }

    @Test
    void unknownBlockIsNamed() throws IOException {
        Renderer r = withTemplate("<document><w:tbl xmlns:w=\"x\"/></document>");
        assertThatThrownBy(() -> r.docx(small())).isInstanceOf(RenderException.class)
                .hasMessageContaining("unknown block <tbl>");
    }

    @Test
    void textIsEscapedAndAHostTemplateOverridesByName() throws IOException {
        String xml = Renderer.standard().blockXml(small());
        assertThat(xml).contains("- Nội dung &lt;a&gt; &amp; &quot;b&quot;");
        Renderer custom = withTemplate("<document><header/><p>Riêng</p><closing/></document>");
        assertThat(custom.blockXml(small())).contains("<p>Riêng</p>");
    }

    @Test
    void charactersXmlCannotCarryAreShownNotWrittenRaw() throws Exception {
        // text built in code (a unit's answer read from a workbook) with a vertical tab and a lone surrogate
        Document odd = new Document(DocumentKind.PLAN, Family.STATE, new Header("UBND TỈNH LÀO CAI", "UBND\u000BTHÀNH PHỐ"),
                DocumentNumber.parse("15/KH-UBND"), "Lào Cai", LocalDate.of(2026, 1, 5), "Triển khai\u000B việc x",
                List.of(), null, null, List.of(), null,
                List.of(new Section("I.", "MỤC ĐÍCH", List.of(Paragraph.item("-", "Nội dung \ud800 lẻ\u0001")))), null, null,
                null, null, List.of(Recipient.of("Sở Nội vụ")), "VP", List.of(Signature.of(SigningAuthority.DEPUTY_FOR,
                        "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn\u0007 A")), List.of());
        byte[] docx = Renderer.standard().docx(odd);
        String xml;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            var e = in.getNextEntry();
            while (!e.getName().equals("word/document.xml")) {
                e = in.getNextEntry();
            }
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(xml).doesNotContain("\u000B", "\u0001", "\u0007").contains("Nội dung \uFFFD lẻ\uFFFD", "Nguyễn Văn\uFFFD A");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
    @Test
    void charactersBeyondTheBasicPlaneAreWrittenWhole() throws Exception {
        // a Hán-Nôm character of a temple's name (U+2A6A5) and an emoji pasted from a chat: two chars each in Java
        Document small = small();
        Document doc = new Document(small.kind(), small.family(), small.header(), small.number(), small.place(),
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null,
                List.of(new Section("I.", "MỤC ĐÍCH", List.of(Paragraph.item("-", "Tu bổ đình \uD869\uDEA5 \"Đông\" \uD83D\uDCCC xong")))),
                null, null, null, null, small.recipients(), small.filing(), small.signatures(), List.of());
        String xml;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Renderer.standard().docx(doc)))) {
            var e = in.getNextEntry();
            while (!e.getName().equals("word/document.xml")) {
                e = in.getNextEntry();
            }
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String text = xml.substring(xml.indexOf("<w:body>")).replaceAll("<[^>]+>", "");
        assertThat(text).contains("Tu bổ đình \uD869\uDEA5 &quot;Đông&quot; \uD83D\uDCCC xong").doesNotContain("?", "\uFFFD");
    }
}

package vn.vanban4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packages that break the structure or pass a limit: each refused with where and what, never a crash. */
class HostilePackagesTest {
    private static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    private final EdXml edxml = EdXml.standard();

    static String shaped() throws IOException {
        try (InputStream in = HostilePackagesTest.class.getResourceAsStream("shaped-new.edxml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ExchangeException refused(EdXml reader, String xml) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.edxml"));
        assertThat(thrown).isInstanceOf(ExchangeException.class);
        return (ExchangeException) thrown;
    }

    @Test
    void refusesAnExternalEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE edXML [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope><edXMLHeader><MessageHeader><From><OrganId>&xxe;</OrganId>"
                + "</From></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>";
        ExchangeException e = refused(edxml, xml);
        assertThat(e.getMessage()).startsWith("bad.edxml:2:").contains("declares a DTD").doesNotContain("TOP SECRET");
    }

    @Test
    void refusesEntityExpansion() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE edXML [<!ENTITY a0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]><edXML xmlns=\"" + NS + "\"><edXMLEnvelope>&a9;</edXMLEnvelope></edXML>";
        assertThat(refused(edxml, xml).problem()).contains("declares a DTD");
    }

    @Test
    void refusesAnUndeclaredEntityWithoutADtd() {
        String xml = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope>&x;</edXMLEnvelope></edXML>";
        ExchangeException e = refused(edxml, xml);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.problem()).contains("x");
    }

    @Test
    void refusesDeepNesting() {
        String xml = "<edXML xmlns=\"" + NS + "\"><edXMLEnvelope>" + "<a>".repeat(100) + "</a>".repeat(100)
                + "</edXMLEnvelope></edXML>";
        ExchangeException e = refused(edxml, xml);
        assertThat(e.problem()).isEqualTo("elements nest deeper than 32 levels; the limit is ExchangeLimits.depth");
        assertThat(e.path()).startsWith("/edXML/edXMLEnvelope/a/a/");
    }

    @Test
    void refusesAnAttachmentLargerThanTheLimit() throws IOException {
        EdXml small = edxml.withLimits(ExchangeLimits.DEFAULT.withAttachmentBytes(16));
        ExchangeException e = refused(small, shaped());
        assertThat(e.problem()).isEqualTo("an attachment larger than 16 bytes; the limit is ExchangeLimits.attachmentBytes");
        assertThat(e.path()).isEqualTo("/edXML/AttachmentEncoded/Attachment/ContentTransferEncoded");
        assertThat(e.line()).isEqualTo(112);
    }

    @Test
    void refusesAPackageLargerThanTheLimit() throws IOException {
        EdXml small = edxml.withLimits(ExchangeLimits.DEFAULT.withPackageBytes(1000));
        assertThat(refused(small, shaped()).getMessage())
                .isEqualTo("bad.edxml: larger than 1000 bytes; the limit is ExchangeLimits.packageBytes");
    }

    @Test
    void refusesBrokenBase64() throws IOException {
        String xml = shaped().replaceFirst("(ContentTransferEncoded[^>]*>)[^<]{4}", "$1@@@@");
        ExchangeException e = refused(edxml, xml);
        assertThat(e.problem()).startsWith("not base64: ");
        assertThat(e.path()).endsWith("/Attachment/ContentTransferEncoded");
        String padded = shaped().replaceFirst("(ContentTransferEncoded[^>]*>)([^<]*)<", "$1QUJD=QUJD<");
        assertThat(refused(edxml, padded).problem()).isEqualTo("not base64: base64 goes on after its padding ('=')");
    }

    @Test
    void namesAMissingRequiredElementWhereItBelongs() throws IOException {
        String noCode = shaped().replaceAll("(?s)<edXML:Code>.*?</edXML:Code>\\s*", "");
        ExchangeException e = refused(edxml, noCode);
        assertThat(e.path()).isEqualTo("/edXML/edXMLEnvelope/edXMLHeader/MessageHeader");
        assertThat(e.problem()).isEqualTo("no Code; MessageHeader must hold one");
        assertThat(e.line()).isEqualTo(7);

        String noFromId = shaped().replaceFirst("<edXML:OrganId>000.00.00.G99</edXML:OrganId>", "");
        assertThat(refused(edxml, noFromId).getMessage())
                .matches("bad\\.edxml:8:\\d+: /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/From: no OrganId; From must hold one");

        String emptyDate = shaped().replace("<edXML:PromulgationDate>2025/09/30</edXML:PromulgationDate>",
                "<edXML:PromulgationDate>30 tháng 9</edXML:PromulgationDate>");
        assertThat(refused(edxml, emptyDate).problem()).isEqualTo("\"30 tháng 9\" is not a date yyyy/MM/dd");

        String noEnvelope = "<edXML xmlns=\"" + NS + "\"/>";
        assertThat(refused(edxml, noEnvelope).problem()).isEqualTo("no edXMLEnvelope; a package or status message carries one");
    }

    @Test
    void refusesTheWrongNamespace() throws IOException {
        String xml = shaped().replace("xmlns:edXML=\"" + NS + "\">\n    <edXML:edXMLHeader>",
                "xmlns:edXML=\"http://example.com/not-edxml\">\n    <edXML:edXMLHeader>");
        ExchangeException e = refused(edxml, xml);
        assertThat(e.problem()).isEqualTo("the element is in the namespace http://example.com/not-edxml; edXML elements are in " + NS);
        assertThat(e.line()).isEqualTo(5);

        assertThat(refused(edxml, "<edXML><edXMLEnvelope/></edXML>").problem())
                .startsWith("the element is in the namespace (none)");
    }

    @Test
    void refusesAManifestThatDoesNotMatchTheAttachments() throws IOException {
        String xml = shaped().replace("<edXML:ContentId>cid:209</edXML:ContentId>", "<edXML:ContentId>cid:1</edXML:ContentId>");
        ExchangeException e = refused(edxml, xml);
        assertThat(e.problem()).isEqualTo("the manifest names cid:1, but no Attachment carries it");
        assertThat(e.path()).isEqualTo("/edXML/edXMLEnvelope/edXMLBody/edXMLManifest/Reference");
    }

    @Test
    void refusesMalformedXmlWithItsPlace() throws IOException {
        String xml = shaped().replace("</edXML:Subject>", "</edXML:Subjet>");
        ExchangeException e = refused(edxml, xml);
        assertThat(e.line()).isEqualTo(44);
        assertThat(e.problem()).startsWith("not well-formed XML: ").doesNotContain("ParseError").doesNotContain("\n");
        assertThat(refused(edxml, "root:x:0:0:root:/root:/bin/bash\n").problem())
                .isEqualTo("not well-formed XML: Content is not allowed in prolog.");
    }

    @Test
    void namesAnUndeclaredPrefix() throws IOException {
        String element = shaped().replace("<AttachmentEncoded>", "<edXML:AttachmentEncoded>")
                .replace("</AttachmentEncoded>", "</edXML:AttachmentEncoded>");
        assertThat(refused(edxml, element).problem()).isEqualTo("not well-formed XML: the prefix edXML of the element "
                + "edXML:AttachmentEncoded is not declared (no xmlns:edXML)");
        String attribute = shaped().replace("<edXML:Reference>", "<edXML:Reference xlink:href=\"#a\">");
        assertThat(refused(edxml, attribute).problem()).isEqualTo("not well-formed XML: the prefix xlink of the attribute "
                + "xlink:href on edXML:Reference is not declared (no xmlns:xlink)");
    }

    @Test
    void refusesTooManyAttachmentsAndLongText() throws IOException {
        EdXml none = edxml.withLimits(new ExchangeLimits(1 << 20, 0, 1 << 20, 32, 1000, 1000,
                ExchangeLimits.DEFAULT.importLimits()));
        assertThat(refused(none, shaped()).problem()).isEqualTo("more than 0 attachments; the limit is ExchangeLimits.attachments");
        String longSubject = shaped().replace("V/v kết nối", "V/v " + "x".repeat(2000));
        assertThat(refused(none, longSubject).problem())
                .isEqualTo("a text longer than 1000 characters; the limit is ExchangeLimits.textChars");
    }

    @Test
    void leavesNoAttachmentOfABrokenPackage(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path noCode = Files.writeString(dir.resolve("no-code.edxml"),
                shaped().replaceAll("(?s)<edXML:Code>.*?</edXML:Code>\\s*", ""));
        assertThatThrownBy(() -> edxml.read(noCode, out)).isInstanceOf(ExchangeException.class);
        String second = shaped().replace("</Attachment>\n  </AttachmentEncoded>", "</Attachment>\n    <Attachment>"
                + "<ContentId>cid:2</ContentId><AttachmentName>b.bin</AttachmentName>"
                + "<edXML:ContentTransferEncoded xmlns:edXML=\"" + NS + "\">@@@@</edXML:ContentTransferEncoded>"
                + "</Attachment>\n  </AttachmentEncoded>");
        assertThat(second).contains("cid:2");
        Path broken = Files.writeString(dir.resolve("broken.edxml"), second);
        assertThatThrownBy(() -> edxml.read(broken, out)).hasMessageContaining("not base64");
        try (var listing = Files.list(out)) {
            assertThat(listing).isEmpty();
        }
    }

    @Test
    void writesAttachmentsIntoAFolderUnderSafeNames(@TempDir Path dir) throws IOException {
        String xml = shaped().replace("<AttachmentName>cong-van-minh-hoa.zip</AttachmentName>",
                "<AttachmentName>../../etc/passwd</AttachmentName>");
        Path file = Files.writeString(dir.resolve("in.edxml"), xml);
        Path out = dir.resolve("out");
        DocumentPackage read = (DocumentPackage) edxml.read(file, out);
        assertThat(read.attachments().get(0).file()).isEqualTo(out.resolve("passwd"));
        assertThat(Files.readString(out.resolve("passwd"))).isEqualTo("PK-not-really-a-zip: sample attachment");
        try (var listing = Files.list(out)) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("passwd");
        }
    }
}

package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.signatures.PdfSignatures;
import vn.vanban4j.signatures.Pkcs12SigningKey;
import vn.vanban4j.signatures.SignOptions;

/**
 * A signed PDF whose text layer lost the issuer and the signer's name (the seal and signature images drawn over
 * them): the digital signatures name both, and each signature is a finding.
 */
class SignedPdfImportTest {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    private static final char[] PASSWORD = "test-only-password".toCharArray();

    @TempDir
    Path dir;

    @Test
    void theSignaturesNameTheIssuerAndSignerTheTextLacks() throws Exception {
        Pkcs12SigningKey person = key("person.p12", "CN=Trần Minh Hòa, OU=SỞ MINH HỌA, O=UBND TỈNH MINH HỌA, C=VN");
        Pkcs12SigningKey body = key("body.p12", "CN=SỞ MINH HỌA, O=UBND TỈNH MINH HỌA, C=VN");
        PdfSignatures signatures = PdfSignatures.trustingOnly(List.of());
        byte[] signed = signatures.sign(letter(), "cv.pdf", person,
                SignOptions.of(SignOptions.Role.SIGNER, Instant.parse("2026-01-10T02:00:00Z")));
        signed = signatures.sign(signed, "cv.pdf", body, SignOptions.of(SignOptions.Role.BODY, Instant.parse("2026-01-10T03:30:00Z")));

        ImportResult result = Importer.read(signed, Importer.Format.PDF, "cv.pdf");
        Document doc = result.document();

        assertThat(doc.header().issuer()).isEqualTo("SỞ MINH HỌA");
        assertThat(result.finding("$.header.issuer")).hasValueSatisfying(f -> {
            assertThat(f.source()).isEqualTo("digital signature Signature2");
            assertThat(f.status()).isEqualTo(Finding.Status.FOUND);
        });
        assertThat(doc.signatures()).singleElement().satisfies(s -> {
            assertThat(s.position()).isEqualTo("PHÓ GIÁM ĐỐC");
            assertThat(s.signer()).isEqualTo("Trần Minh Hòa");
        });
        assertThat(result.finding("$.signatures[0].signer")).map(Finding::source).contains("digital signature Signature1");
        assertThat(result.finding("$.digitalSignatures[0]")).map(Finding::value)
                .contains("Trần Minh Hòa (SỞ MINH HỌA), 2026-01-10T09:00:00+07:00, intact");
        assertThat(result.finding("$.digitalSignatures[1]")).map(Finding::value)
                .contains("SỞ MINH HỌA (UBND TỈNH MINH HỌA), 2026-01-10T10:30:00+07:00, intact");
        assertThat(result.missingHeaderFields()).doesNotContain("$.header.issuer");
    }

    @Test
    void anUnsignedPdfHasNoSignatureFindings() throws Exception {
        ImportResult result = Importer.read(letterWithIssuer(), Importer.Format.PDF, "plain.pdf");
        assertThat(result.findings()).noneMatch(f -> f.field().startsWith("$.digitalSignatures"));
        assertThat(result.finding("$.header.issuer")).map(Finding::source).hasValueSatisfying(s -> assertThat(s).doesNotContain("digital"));
    }

    private static byte[] letter() throws IOException {
        return pdf(false);
    }

    private static byte[] letterWithIssuer() throws IOException {
        return pdf(true);
    }

    // a letter whose issuer lines and signer's name are missing from the text layer, unless asked for
    private static byte[] pdf(boolean whole) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = 800;
                if (whole) {
                    line(cs, font, 60, top, "UBND TỈNH MINH HỌA");
                    line(cs, font, 70, top - 16, "SỞ MINH HỌA");
                    line(cs, font, 300, top - 230, "Trần Minh Hòa");
                }
                line(cs, font, 300, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                line(cs, font, 330, top - 16, "Độc lập - Tự do - Hạnh phúc");
                line(cs, font, 60, top - 40, "Số: 193/SMH-KT");
                line(cs, font, 300, top - 40, "Lào Cai, ngày 10 tháng 01 năm 2026");
                line(cs, font, 60, top - 58, "V/v rà soát an toàn");
                line(cs, font, 200, top - 90, "Kính gửi: Ủy ban nhân dân các xã, phường.");
                line(cs, font, 90, top - 120, "Sở Minh Họa đề nghị các xã, phường báo cáo kết quả trước ngày 20/01/2026.");
                line(cs, font, 300, top - 160, "KT. GIÁM ĐỐC");
                line(cs, font, 300, top - 176, "PHÓ GIÁM ĐỐC");
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType0Font font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    // a throwaway key made by the JDK's keytool
    private Pkcs12SigningKey key(String name, String dn) throws Exception {
        Path file = dir.resolve(name);
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", new String(PASSWORD), "-alias", "key",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", dn).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
        return Pkcs12SigningKey.open(file, PASSWORD, null);
    }
}

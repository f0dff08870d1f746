package vn.vanban4j.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignAndVerifyTest {
    @TempDir
    Path dir;

    @Test
    void aSignedPdfVerifiesWithTheSignersNamesTimeAndAlgorithm() throws Exception {
        List<SignatureReport> reports = PdfSignatures.trustingOnly(List.of(TestSigning.PERSON.chain().get(0)))
                .verify(TestSigning.signedByPerson(), "x.pdf");

        assertThat(reports).hasSize(1);
        SignatureReport r = reports.get(0);
        assertThat(r.field()).isEqualTo("Signature1");
        assertThat(r.signer()).isEqualTo("Nguyễn Văn Minh Họa");
        assertThat(r.body()).isEqualTo("UBND HUYỆN HÒA AN");
        assertThat(r.time()).map(Object::toString).contains("2026-03-02T09:15:30+07:00");
        assertThat(r.algorithm()).isEqualTo("SHA-256");
        assertThat(r.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(r.coversWholeFile()).isTrue();
        assertThat(r.intact()).isTrue();
        assertThat(r.problem()).isEmpty();
        assertThat(r.trust()).isEqualTo(Trust.TRUSTED);
    }

    @Test
    void aSignerTheHostDoesNotTrustIsReportedNotRefused() throws Exception {
        SignatureReport r = PdfSignatures.standard().verify(TestSigning.signedByPerson(), "x.pdf").get(0);

        assertThat(r.intact()).isTrue();
        assertThat(r.trust()).isEqualTo(Trust.UNTRUSTED);
        assertThat(r.trustDetail()).contains("issuer unknown");
    }

    @Test
    void theBodysSignatureKeepsThePersonsIntactAndPdfsigAgrees() throws Exception {
        byte[] both = TestSigning.sealedByBody(TestSigning.signedByPerson());
        List<SignatureReport> reports = PdfSignatures.standard().verify(both, "both.pdf");

        assertThat(reports).extracting(SignatureReport::field).containsExactly("Signature1", "Signature2");
        assertThat(reports).extracting(SignatureReport::signer).containsExactly("Nguyễn Văn Minh Họa", "UBND HUYỆN HÒA AN");
        assertThat(reports).allSatisfy(r -> assertThat(r.intact()).isTrue());
        assertThat(reports.get(0).coversWholeFile()).isFalse();
        assertThat(reports.get(0).additions()).contains("signature", "signature field Signature2");
        assertThat(reports.get(0).additionsAllowed()).isTrue();
        assertThat(reports.get(1).coversWholeFile()).isTrue();

        assumeTrue(Pdfsig.installed() || System.getenv("CI") != null, "pdfsig (poppler-utils) is not installed");
        Path file = dir.resolve("both.pdf");
        Files.write(file, both);
        List<Pdfsig.Entry> pdfsig = Pdfsig.run(file);
        assertThat(pdfsig).extracting(Pdfsig.Entry::commonName).containsExactly("Nguyễn Văn Minh Họa", "UBND HUYỆN HÒA AN");
        assertThat(pdfsig).extracting(Pdfsig.Entry::valid).containsExactly(true, true);
        assertThat(pdfsig).extracting(Pdfsig.Entry::total).containsExactly(false, true);
        assertThat(pdfsig).extracting(Pdfsig.Entry::utc).containsExactly(Pdfsig.utc(reports.get(0).time().orElseThrow()),
                Pdfsig.utc(reports.get(1).time().orElseThrow()));
    }

    @Test
    void oneByteChangedInsideTheSignedRangeIsCaughtAndNamed() throws Exception {
        byte[] signed = TestSigning.signedByPerson();
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf(TestKeys.TITLE);
        assertThat(at).isPositive();
        signed[at] ^= 0x01;

        SignatureReport r = PdfSignatures.standard().verify(signed, "changed.pdf").get(0);

        assertThat(r.intact()).isFalse();
        assertThat(r.problem()).hasValueSatisfying(p -> assertThat(p).contains("signed bytes were changed").contains("SHA-256"));
        assumeTrue(Pdfsig.installed() || System.getenv("CI") != null, "pdfsig (poppler-utils) is not installed");
        Path file = dir.resolve("changed.pdf");
        Files.write(file, signed);
        assertThat(Pdfsig.run(file)).extracting(Pdfsig.Entry::valid).containsExactly(false);
    }

    @Test
    void theSameDocumentKeyAndTimeGiveTheSameBytes() throws Exception {
        assertThat(sha256(TestSigning.signedByPerson())).isEqualTo(sha256(TestSigning.signedByPerson()));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anInvisibleSignatureNeedsNoImageNorFont() throws Exception {
        byte[] signed = PdfSignatures.standard().sign(TestKeys.pdf(), "t.pdf", TestSigning.PERSON,
                SignOptions.of(SignOptions.Role.SIGNER, TestSigning.SIGNED));

        assertThat(PdfSignatures.standard().verify(signed, "t.pdf")).singleElement()
                .satisfies(r -> assertThat(r.intact()).isTrue());
    }

    @Test
    void aPdfWithoutSignaturesHasNone() throws Exception {
        assertThat(PdfSignatures.standard().verify(TestKeys.pdf(), "plain.pdf")).isEmpty();
    }

    @Test
    void hostileOrOversizedFilesGiveAClearError() throws Exception {
        assertThatThrownBy(() -> PdfSignatures.standard().verify("%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII), "bad.pdf"))
                .isInstanceOf(SignatureException.class).hasMessageStartingWith("bad.pdf: not a readable PDF");
        byte[] signed = TestSigning.signedByPerson();
        assertThatThrownBy(() -> PdfSignatures.standard().withLimits(new SignatureLimits(1000, 10, 1000)).verify(signed, "big.pdf"))
                .isInstanceOf(SignatureException.class).hasMessageContaining("big.pdf").hasMessageContaining("SignatureLimits.fileBytes");
        assertThatThrownBy(() -> PdfSignatures.standard().withLimits(new SignatureLimits(1 << 24, 10, 100)).verify(signed, "cms.pdf"))
                .isInstanceOf(SignatureException.class).hasMessageContaining("cms.pdf: signature field Signature1")
                .hasMessageContaining("SignatureLimits.cmsBytes");
        assertThatThrownBy(() -> PdfSignatures.standard().sign("%PDF-1.7\n garbage".getBytes(StandardCharsets.US_ASCII), "bad.pdf",
                TestSigning.PERSON, SignOptions.of(SignOptions.Role.SIGNER, TestSigning.SIGNED)))
                .isInstanceOf(SignatureException.class).hasMessageStartingWith("bad.pdf: cannot be signed");
        byte[] twice = TestSigning.sealedByBody(signed);
        assertThatThrownBy(() -> PdfSignatures.standard().withLimits(new SignatureLimits(1 << 24, 1, 1 << 20)).verify(twice, "n.pdf"))
                .isInstanceOf(SignatureException.class).hasMessageContaining("SignatureLimits.signatures");
    }
}

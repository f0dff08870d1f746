package vn.vanban4j.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** A document rendered as PDF/A-2b passes veraPDF, and still does once the person and the body have signed it. */
class PdfATest {
    @BeforeAll
    static void office() {
        // CI installs LibreOffice (.ci/run); only a developer machine without it skips
        assumeTrue(PdfConverter.standard().officeAvailable() || System.getenv("CI") != null, "LibreOffice is not installed");
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void aRenderedPdfAPassesVeraPdfBeforeAndAfterTwoSignatures() throws Exception {
        byte[] pdfA;
        try (PdfConverter converter = PdfConverter.standard().withProcesses(1).withTimeout(Duration.ofSeconds(90))) {
            pdfA = Renderer.standard().pdfA(Samples.stateSamplePlan(), converter);
        }
        assertThat(failures(pdfA)).as("veraPDF PDF/A-2b rules failed by the rendered PDF").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdfA)) {
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")B");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }

        // the renderer marked the signature space: the signature goes there, between the position and the name
        Placement block = PdfSignatures.standard().signatureSpace(pdfA, "15-KH-UBND.pdf", 1).orElseThrow();
        assertThat(block.page()).isEqualTo(pageCount(pdfA));
        assertThat(PdfSignatures.standard().signatureSpace(pdfA, "15-KH-UBND.pdf", 2)).isEmpty();
        byte[] signed = PdfSignatures.standard().sign(pdfA, "15-KH-UBND.pdf", TestSigning.PERSON,
                SignOptions.of(SignOptions.Role.SIGNER, TestSigning.SIGNED).withImage(TestKeys.signatureImage()).at(block));
        byte[] both = PdfSignatures.standard().sign(signed, "15-KH-UBND.pdf", TestSigning.BODY,
                SignOptions.of(SignOptions.Role.BODY, TestSigning.SEALED).withSeal(TestKeys.sealImage()).at(block));

        assertThat(failures(both)).as("veraPDF PDF/A-2b rules failed once signed").isEmpty();
        AppearanceTest.render(both, block.page() - 1, "rendered-pdfa-signed-last-page.png");
        assertThat(PdfSignatures.standard().verify(both, "15-KH-UBND.pdf")).hasSize(2)
                .allSatisfy(r -> assertThat(r.intact()).isTrue());
    }

    @Test
    void veraPdfRefusesAPdfThatIsNotPdfA() throws Exception {
        assertThat(failures(TestKeys.pdf())).isNotEmpty();
    }

    @Test
    void theRendererAndTheSignerNameTheSignatureSpaceAlike() throws Exception {
        assertThat(Placement.SIGNATURE_SPACE).isEqualTo(vn.vanban4j.render.internal.DocxWriter.SIGNATURE_SPACE);
        assertThat(PdfSignatures.standard().signatureSpace(TestKeys.pdf(), "plain.pdf", 1)).isEmpty();
    }

    private static int pageCount(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    // each failed rule once, as "clause-test: description"
    private static List<String> failures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}

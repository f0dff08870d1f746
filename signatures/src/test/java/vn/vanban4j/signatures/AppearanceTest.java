package vn.vanban4j.signatures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * The visible signatures drawn as NĐ 30 sets them, checked as pictures: the signed pages are rendered to PNG
 * (kept in target/appearance to look at) and the colours counted where each part must be.
 */
class AppearanceTest {
    private static final float DPI = 72; // one pixel a point: the placement's numbers are pixel positions

    @Test
    void thePersonsImageCentredAndTheBodysSealOverItsLeftThirdWithNameAndTimeInBlue() throws Exception {
        byte[] both = TestSigning.sealedByBody(TestSigning.signedByPerson());
        BufferedImage page = render(both, 1, "signer-and-body-page2.png");
        Placement block = TestSigning.BLOCK; // 300,150 180x80

        // the seal's red, in the left part of the block only
        assertThat(count(page, 300, 150, 80, 80, AppearanceTest::red)).isGreaterThan(200);
        assertThat(count(page, 400, 150, 80, 80, AppearanceTest::red)).isZero();
        // the blue of the signature image and of the 10 pt text, right of the seal
        assertThat(count(page, 360, 150, 120, 80, AppearanceTest::blue)).isGreaterThan(200);
        // nothing drawn outside the block
        assertThat(count(page, 300, 240, 180, 60, p -> red(p) || blue(p))).isZero();
        assertThat(block.page()).isEqualTo(2);
    }

    @Test
    void anAttachmentsBodySignatureSitsAtTheTopRightOfItsFirstPage() throws Exception {
        byte[] signed = PdfSignatures.standard().sign(TestKeys.pdf(), "phu-luc.pdf", TestSigning.BODY,
                SignOptions.of(SignOptions.Role.BODY, TestSigning.SEALED).at(Placement.attachmentCorner())
                        .withReference("Kèm theo Kế hoạch số 27/KH-UBND"));
        BufferedImage page = render(signed, 0, "attachment-page1.png");

        int right = page.getWidth();
        assertThat(count(page, right - 245, 40, 205, 75, AppearanceTest::blue)).isGreaterThan(300);
        assertThat(count(page, 0, 0, right - 250, 200, AppearanceTest::blue)).isZero();
        assertThat(PdfSignatures.standard().verify(signed, "phu-luc.pdf").get(0).intact()).isTrue();
    }

    static BufferedImage render(byte[] pdf, int pageIndex, String name) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, DPI);
            Path dir = Files.createDirectories(Path.of("target", "appearance"));
            ImageIO.write(image, "png", dir.resolve(name).toFile());
            Files.write(dir.resolve(name.replace(".png", ".pdf")), pdf);
            return image;
        }
    }

    private static int count(BufferedImage image, int x, int y, int w, int h, java.util.function.IntPredicate colour) {
        int n = 0;
        for (int i = Math.max(0, x); i < Math.min(image.getWidth(), x + w); i++) {
            for (int j = Math.max(0, y); j < Math.min(image.getHeight(), y + h); j++) {
                n += colour.test(image.getRGB(i, j)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean red(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return r > 150 && g < 100 && b < 100;
    }

    private static boolean blue(int rgb) {
        int r = rgb >> 16 & 0xff;
        int g = rgb >> 8 & 0xff;
        int b = rgb & 0xff;
        return b > 150 && r < 120 && g < 140;
    }
}

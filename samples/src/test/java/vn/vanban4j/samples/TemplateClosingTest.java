package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;

/**
 * A template writes its own signature block and recipients; a seal image from the templates folder
 * floats over the left third of the signature image (FORMATS.md, state electronic signing).
 */
class TemplateClosingTest {
    @TempDir
    Path dir;

    static byte[] png(int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillOval(2, 2, width - 4, height - 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private Renderer withClosing(String closing) throws IOException {
        String lib = new String(Renderer.class.getResourceAsStream("/vn/vanban4j/render/templates/lib.ftlx").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lib).contains("<closing/>");
        Files.writeString(dir.resolve("lib.ftlx"), lib.replace("<closing/>", closing));
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/chu-ky.png"), png(300, 120, Color.BLUE));
        Files.write(dir.resolve("images/con-dau.png"), png(160, 160, Color.RED));
        return Renderer.fromTemplates(dir);
    }

    @Test
    void aTemplateWritesTheSignatureAndRecipientsAndASealOverTheSignature() throws Exception {
        Renderer renderer = withClosing("""
                <closing>
                  <signature>
                    <authority>TM. ỦY BAN NHÂN DÂN</authority>
                    <position>${doc.signature.position}</position>
                    <sign image="chu-ky.png" seal="con-dau.png"/>
                    <signer>${doc.signature.signer}</signer>
                  </signature>
                  <recipients><to>- Như trên;</to><to>- Lưu: VT.</to></recipients>
                </closing>""");
        Document plan = Samples.stateSamplePlan();
        byte[] docx = renderer.docx(plan);
        assertThat(OoxmlSchema.errors(docx)).isEmpty();
        String xml = Zips.part(docx, "word/document.xml");
        String text = xml.replaceAll("<[^>]+>", "");
        assertThat(text).contains("TM. ỦY BAN NHÂN DÂN" + plan.signature().position())
                .contains("- Như trên;- Lưu: VT.").contains(plan.signature().signer());
        assertThat(text).doesNotContain(plan.recipients().get(0).name());
        // the signature image inline, centred in its cell; the seal anchored in front, no wrapping
        Matcher inline = Pattern.compile("<wp:inline[^>]*><wp:extent cx=\"(\\d+)\"").matcher(xml);
        assertThat(inline.find()).isTrue();
        long signatureWidth = Long.parseLong(inline.group(1));
        Matcher anchor = Pattern.compile("<wp:anchor[^>]*behindDoc=\"0\"[^>]*>.*?<wp:positionH relativeFrom=\"column\"><wp:posOffset>(-?\\d+)"
                + "</wp:posOffset>.*?<wp:extent cx=\"(\\d+)\".*?<wp:wrapNone/>").matcher(xml);
        assertThat(anchor.find()).isTrue();
        long sealLeft = Long.parseLong(anchor.group(1));
        long sealWidth = Long.parseLong(anchor.group(2));
        Matcher cell = Pattern.compile("<w:tcW w:w=\"(\\d+)\"").matcher(xml.substring(0, anchor.start()));
        long cellTwips = 0;
        while (cell.find()) {
            cellTwips = Long.parseLong(cell.group(1));
        }
        long column = cellTwips * 635;
        long signatureLeft = (column - signatureWidth) / 2;
        long sealCentre = sealLeft + sealWidth / 2;
        assertThat(sealCentre).as("the seal's centre lies over the signature's left third")
                .isBetween(signatureLeft, signatureLeft + signatureWidth / 3);
        assertThat(renderer.html(plan)).contains("alt=\"con-dau.png\"").contains("position:absolute;left:16.7%");

        // and in the PDF: both images on the page, the seal overlapping the signature (poppler's pdfimages)
        Path pdf = dir.resolve("signed.pdf");
        try (vn.vanban4j.render.PdfConverter converter = vn.vanban4j.render.PdfConverter.standard().withProcesses(1)) {
            Files.write(pdf, converter.pdf(docx, "signed.docx"));
        }
        Process list = new ProcessBuilder("pdfimages", "-list", pdf.toString()).redirectErrorStream(true).start();
        String images = new String(list.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list.waitFor()).as(images).isZero();
        List<String> rows = images.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(rows).as(images).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.stream().map(r -> r.trim().split("\\s+")[3] + "x" + r.trim().split("\\s+")[4]))
                .as("the signature (300 x 120) and the seal (160 x 160) as given").contains("300x120", "160x160");
    }

    @Test
    void anEmptyClosingIsTheDocumentsOwn() throws Exception {
        Document plan = Samples.stateSamplePlan();
        String own = Zips.part(Renderer.standard().docx(plan), "word/document.xml");
        String viaTemplate = Zips.part(withClosing("<closing/>").docx(plan), "word/document.xml");
        assertThat(viaTemplate).isEqualTo(own);
    }
}

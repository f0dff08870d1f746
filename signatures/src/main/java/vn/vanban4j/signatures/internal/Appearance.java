package vn.vanban4j.signatures.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.vanban4j.signatures.Placement;
import vn.vanban4j.signatures.SignOptions;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureReport;

/**
 * The visible appearance NĐ 30 sets for a signature, as a one-page template PDF that PDFBox copies into the
 * signed document: the person's image centred in the signature block; the body's seal over the left third of
 * the block with the body's name and the ISO 8601 signing time in 10 pt blue beside it; on an attachment, the
 * main document's number, the time and the body's name at the top right of the first page.
 */
public final class Appearance {
    private static final float FONT_SIZE = 10f;
    private static final float LINE = 12f;
    private static final List<Path> FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf"),
            Path.of("/usr/share/fonts/truetype/msttcorefonts/times.ttf"),
            Path.of("C:/Windows/Fonts/times.ttf"),
            Path.of("/Library/Fonts/Times New Roman.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Times New Roman.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf"));

    private Appearance() {
    }

    /** The placement's rectangle in PDF user space (origin bottom left) on {@code page}. */
    public static PDRectangle rectangle(Placement placement, PDPage page) {
        PDRectangle media = page.getMediaBox();
        float left = placement.corner() ? media.getWidth() - placement.x() - placement.width() : placement.x();
        float bottom = media.getHeight() - placement.y() - placement.height();
        return new PDRectangle(media.getLowerLeftX() + left, media.getLowerLeftY() + bottom, placement.width(), placement.height());
    }

    /** The template PDF of a signature field {@code field} at {@code rect}, drawn for {@code options}. */
    public static byte[] template(PDPage target, PDRectangle rect, String field, SignOptions options, String bodyName)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(target.getMediaBox());
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField signatureField = new PDSignatureField(form);
            signatureField.setPartialName(field);
            PDAnnotationWidget widget = signatureField.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(signatureField);
            widget.setRectangle(rect);
            widget.setPage(page);
            page.getAnnotations().add(widget);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(rect.getWidth(), rect.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);
            try (PDPageContentStream content = new PDPageContentStream(doc, stream)) {
                draw(doc, content, rect.getWidth(), rect.getHeight(), options, bodyName);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void draw(PDDocument doc, PDPageContentStream content, float width, float height, SignOptions options,
            String bodyName) throws IOException {
        String time = OffsetDateTime.ofInstant(options.time().truncatedTo(ChronoUnit.SECONDS), SignatureReader.VIETNAM).format(SignatureReport.TIME_FORMAT);
        boolean corner = options.placement().map(Placement::corner).orElse(false);
        if (options.role() == SignOptions.Role.SIGNER) {
            if (options.image().isPresent()) {
                image(doc, content, options.image().get(), 0, 0, width, height);
            }
        } else if (corner) {
            List<String> lines = new ArrayList<>();
            options.reference().ifPresent(lines::add);
            lines.add(time);
            lines.add(bodyName);
            text(doc, content, options, lines, 0, width, height);
        } else {
            float seal = Math.min(height, width * 0.45f);
            if (options.seal().isPresent()) {
                image(doc, content, options.seal().get(), 0, (height - seal) / 2, seal, seal);
            }
            float left = seal * 0.75f;
            text(doc, content, options, List.of(bodyName, time), left, width - left, height);
        }
    }

    // the image scaled to fit the box, keeping its proportions, centred in it
    private static void image(PDDocument doc, PDPageContentStream content, byte[] png, float x, float y, float w, float h)
            throws IOException {
        PDImageXObject image = PDImageXObject.createFromByteArray(doc, png, "image");
        float scale = Math.min(w / image.getWidth(), h / image.getHeight());
        float iw = image.getWidth() * scale;
        float ih = image.getHeight() * scale;
        content.drawImage(image, x + (w - iw) / 2, y + (h - ih) / 2, iw, ih);
    }

    // lines of 10 pt blue text, each wrapped to the width, the block centred vertically
    private static void text(PDDocument doc, PDPageContentStream content, SignOptions options, List<String> lines, float x,
            float width, float height) throws IOException {
        PDFont font = PDType0Font.load(doc, font(options).toFile());
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            wrapped.addAll(wrap(font, line, width));
        }
        float top = (height + wrapped.size() * LINE) / 2 - FONT_SIZE;
        content.beginText();
        content.setFont(font, FONT_SIZE);
        content.setNonStrokingColor(Color.BLUE);
        content.newLineAtOffset(x, top);
        for (String line : wrapped) {
            content.showText(line);
            content.newLineAtOffset(0, -LINE);
        }
        content.endText();
    }

    private static List<String> wrap(PDFont font, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * FONT_SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static Path font(SignOptions options) {
        return options.font().or(() -> FONTS.stream().filter(Files::isRegularFile).findFirst())
                .orElseThrow(() -> new SignatureException("no Times New Roman or Liberation Serif font found for the signature's text"
                        + " (apt-get install fonts-liberation2, or SignOptions.withFont)"));
    }
}

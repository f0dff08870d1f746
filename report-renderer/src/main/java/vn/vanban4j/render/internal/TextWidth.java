package vn.vanban4j.render.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.fontbox.afm.AFMParser;
import org.apache.fontbox.afm.CharMetric;
import org.apache.fontbox.afm.FontMetrics;

/**
 * How wide a line of text is set, for the rules and indents that follow the text above them (NĐ 30:
 * the rule under the issuer and under a title is 1/3 to 1/2 of the line above it; the dashes of
 * "Kính gửi:" stand under its colon). Widths are those of the PostScript core fonts whose AFM metrics
 * PDFBox ships: Times for Times New Roman and its metric twin Liberation Serif, Helvetica for Arial.
 * A Vietnamese letter measures as its base letter, its marks standing above or below it.
 */
public final class TextWidth {
    private static final int[] TIMES = load("Times-Roman");
    private static final int[] TIMES_BOLD = load("Times-Bold");
    private static final int[] HELVETICA = load("Helvetica");
    private static final int[] HELVETICA_BOLD = load("Helvetica-Bold");

    private TextWidth() {
    }

    /** The width in points of {@code text} set in {@code font} at {@code sizePt}, bold or not. */
    public static double points(String text, String font, double sizePt, boolean bold) {
        boolean sans = font != null && (font.contains("Arial") || font.contains("Helvetica"));
        int[] widths = sans ? (bold ? HELVETICA_BOLD : HELVETICA) : (bold ? TIMES_BOLD : TIMES);
        String base = Normalizer.normalize(text, Normalizer.Form.NFD);
        long units = 0;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            char letter = c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c == '\u00a0' ? ' ' : c;
            units += letter < widths.length && widths[letter] > 0 ? widths[letter] : widths['n'];
        }
        return units * sizePt / 1000.0;
    }

    /** The same in twips (twentieths of a point), as WordprocessingML measures. */
    public static long twips(String text, String font, double sizePt, boolean bold) {
        return Math.round(points(text, font, sizePt, bold) * 20);
    }

    // the advance widths of the printable ASCII and Latin-1 characters, by character code
    private static int[] load(String name) {
        String resource = "/org/apache/pdfbox/resources/afm/" + name + ".afm";
        try (InputStream in = AFMParser.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("PDFBox's font metrics " + resource + " are missing");
            }
            FontMetrics metrics = new AFMParser(in).parse(true);
            int[] widths = new int[256];
            for (CharMetric m : metrics.getCharMetrics()) {
                int code = m.getCharacterCode();
                if (code >= 32 && code < 127) {
                    widths[code] = Math.round(m.getWx());
                }
            }
            return widths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

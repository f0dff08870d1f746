package vn.vanban4j.importer.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.vanban4j.importer.ImportException;

/**
 * The text layer of a PDF, laid out by position: glyphs grouped into lines by height, placed in
 * character columns by their x, so the header's two columns stay apart and paragraph indents show;
 * a wide vertical gap becomes a blank line. Glyphs stamped over others (a signature image's text
 * over the date) are dropped. Scanned PDFs have no text layer: their OCR text goes in as text.
 */
public final class PdfSource {
    private PdfSource() {
    }

    public static List<Item> read(byte[] bytes, String source) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            Collector collector = new Collector();
            collector.setSortByPosition(true);
            collector.getText(pdf);
            if (collector.layout.toString().isBlank()) {
                throw new ImportException(source, "the PDF has no text layer (a scan?): read its OCR text as .txt");
            }
            List<Item> items = TextSource.read(collector.layout.toString());
            if (items.stream().noneMatch(i -> i instanceof Item.Line l && !l.blank())) {
                throw new ImportException(source, "the PDF has no text beyond its signature stamp (a scan?): read its OCR text as .txt");
            }
            return items;
        } catch (InvalidPasswordException e) {
            throw new ImportException(source, "the PDF is encrypted");
        } catch (IOException e) {
            throw new ImportException(source, "not a readable PDF: " + e.getMessage(), e);
        }
    }

    /** Collects each page's glyphs and writes them out as laid-out text. */
    private static final class Collector extends PDFTextStripper {
        private final StringBuilder layout = new StringBuilder();
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
        }

        private final java.util.Map<TextPosition, Integer> order = new java.util.IdentityHashMap<>();

        @Override
        protected void processTextPosition(TextPosition text) {
            order.put(text, glyphs.size());
            glyphs.add(text);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
            // text that e-office systems stamp at signing (the number, the day) lives in annotations
            for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation annotation : page.getAnnotations()) {
                if (annotation.getNormalAppearanceStream() != null && !annotation.isHidden() && !annotation.isNoView()) {
                    showAnnotation(annotation);
                }
            }
            layoutPage();
            glyphs.clear();
            order.clear();
        }

        private void layoutPage() {
            if (glyphs.isEmpty()) {
                return;
            }
            // lines: glyphs whose baselines lie within half a glyph height of each other
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> lines = new ArrayList<>();
            for (TextPosition g : sorted) {
                if (g.getUnicode() == null || g.getUnicode().isEmpty()) {
                    continue;
                }
                List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj()) < Math.max(2, height(last.get(0)) * 0.5)) {
                    last.add(g);
                } else {
                    lines.add(new ArrayList<>(List.of(g)));
                }
            }
            double charWidth = averageCharWidth();
            float previousY = Float.NaN;
            for (List<TextPosition> line : lines) {
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                if (line == lines.get(0) && line.stream().allMatch(g -> g.getUnicode().isBlank() || Character.isDigit(g.getUnicode().charAt(0)))) {
                    continue; // the page number at the top: neither text nor a gap
                }
                float y = line.get(0).getYDirAdj();
                float h = height(line.get(0));
                if (!Float.isNaN(previousY) && y - previousY > h * 2.2) {
                    layout.append('\n');
                }
                previousY = y;
                // glyphs drawn over others: the one drawn later wins (a system stamps the number and the
                // day over the blanks, or over a draft's month); spaces come from the gaps, not from space glyphs
                List<TextPosition> kept = new ArrayList<>();
                for (TextPosition g : line) {
                    if (g.getUnicode().isBlank()) {
                        continue;
                    }
                    TextPosition previous = kept.isEmpty() ? null : kept.get(kept.size() - 1);
                    if (previous != null && g.getXDirAdj() < previous.getXDirAdj() + previous.getWidthDirAdj() - g.getWidthDirAdj() * 0.6) {
                        if (order.get(g) > order.get(previous)) {
                            kept.set(kept.size() - 1, g);
                        }
                        continue;
                    }
                    kept.add(g);
                }
                StringBuilder text = new StringBuilder();
                double end = Double.NaN;
                for (TextPosition g : kept) {
                    double x = g.getXDirAdj();
                    if (Double.isNaN(end)) {
                        text.append(" ".repeat((int) Math.max(0, Math.round(x / charWidth))));
                    } else {
                        double gap = x - end;
                        if (gap > charWidth * 2.5) {
                            text.append(" ".repeat((int) Math.max(4, Math.round(gap / charWidth))));
                        } else if (gap > g.getFontSizeInPt() * 0.15) {
                            text.append(' ');
                        }
                    }
                    text.append(g.getUnicode());
                    end = x + g.getWidthDirAdj();
                }
                layout.append(text).append('\n');
            }
            // no blank line at the page's end: a paragraph goes on over the page break
        }

        private static float height(TextPosition g) {
            return Math.max(g.getHeightDir(), g.getFontSizeInPt() * 0.7f);
        }

        // the body's character width: half the most common font size
        private double averageCharWidth() {
            java.util.Map<Integer, Integer> sizes = new java.util.HashMap<>();
            for (TextPosition g : glyphs) {
                sizes.merge(Math.round(g.getFontSizeInPt()), 1, Integer::sum);
            }
            int common = sizes.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(12);
            return Math.max(2.0, common * 0.5);
        }
    }
}

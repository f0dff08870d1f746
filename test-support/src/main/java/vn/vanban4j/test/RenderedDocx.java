package vn.vanban4j.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A rendered DOCX read back as a person sees it: its lines with their look, the number, the
 * place and date, the title, headings, signature, recipients and the page setup of each section.
 * Works on what vanban4j writes (and on Word files of the same layout). Immutable.
 */
public final class RenderedDocx {
    /**
     * One paragraph as read.
     *
     * @param text      its text
     * @param align     "left", "center", "right", "both"
     * @param bold      true when every run with text is bold
     * @param italic    true when every run with text is italic
     * @param sizePt    the first run's size; 0 when the style decides
     * @param keepNext  kept with the next paragraph (headings, titles, captions)
     * @param where     "body", "header" (the page-1 header table), "closing" (recipients and signature) or "table"
     */
    public record Line(String text, String align, boolean bold, boolean italic, double sizePt, boolean keepNext, String where) {
        /** "[center b 14] KẾ HOẠCH": the line as the golden-file check writes it. */
        public String described() {
            StringBuilder look = new StringBuilder(align);
            if (bold) {
                look.append(" b");
            }
            if (italic) {
                look.append(" i");
            }
            if (sizePt > 0) {
                look.append(' ').append(sizePt == Math.rint(sizePt) ? String.valueOf((long) sizePt) : String.valueOf(sizePt));
            }
            if (keepNext) {
                look.append(" keep");
            }
            return (where.equals("body") ? "" : where + " ") + "[" + look + "] " + text;
        }
    }

    /**
     * The page setup of one section.
     *
     * @param widthMm   the page width
     * @param heightMm  the page height
     * @param landscape whether it is landscape
     * @param topMm     the top margin
     * @param bottomMm  the bottom margin
     * @param leftMm    the left margin
     * @param rightMm   the right margin
     */
    public record Page(double widthMm, double heightMm, boolean landscape, double topMm, double bottomMm, double leftMm,
            double rightMm) {
    }

    private final List<Line> lines;
    private final List<Line> header;
    private final List<Line> closingLeft;
    private final List<Line> closingRight;
    private final List<Page> pages;

    private RenderedDocx(List<Line> lines, List<Line> header, List<Line> closingLeft, List<Line> closingRight, List<Page> pages) {
        this.lines = List.copyOf(lines);
        this.header = List.copyOf(header);
        this.closingLeft = List.copyOf(closingLeft);
        this.closingRight = List.copyOf(closingRight);
        this.pages = List.copyOf(pages);
    }

    /** Reads a DOCX file. */
    public static RenderedDocx read(Path docx) throws IOException {
        return of(Files.readAllBytes(docx));
    }

    /** Reads DOCX bytes. */
    public static RenderedDocx of(byte[] docx) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<Line> lines = new ArrayList<>();
            List<Line> header = new ArrayList<>();
            List<Line> closingLeft = new ArrayList<>();
            List<Line> closingRight = new ArrayList<>();
            List<Page> pages = new ArrayList<>();
            boolean firstTable = true;
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    lines.add(line(p, "body"));
                    if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
                        pages.add(page(p.getCTP().getPPr().getSectPr()));
                    }
                } else if (element instanceof XWPFTable t) {
                    boolean closing = isClosing(t);
                    String where = firstTable ? "header" : closing ? "closing" : "table";
                    for (XWPFTableRow row : t.getRows()) {
                        List<XWPFTableCell> cells = row.getTableCells();
                        for (int c = 0; c < cells.size(); c++) {
                            for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                                Line line = line(p, where);
                                lines.add(line);
                                if (firstTable) {
                                    header.add(line);
                                } else if (closing) {
                                    // recipients on the left (or below several signatures), signatures on the right
                                    (c == 0 && cells.size() == 2 ? closingLeft : closingRight).add(line);
                                }
                            }
                        }
                    }
                    firstTable = false;
                }
            }
            CTSectPr last = doc.getDocument().getBody().getSectPr();
            if (last != null) {
                pages.add(page(last));
            }
            return new RenderedDocx(lines, header, closingLeft, closingRight, pages);
        } catch (IOException e) {
            throw new UncheckedIOException("not a readable DOCX: " + e.getMessage(), e);
        }
    }

    private static boolean isClosing(XWPFTable t) {
        return t.getText().contains("Nơi nhận") || t.getRows().size() == 1 && t.getRow(0).getTableCells().stream()
                .anyMatch(c -> c.getParagraphs().stream().anyMatch(p -> !p.getText().isBlank()
                        && p.getAlignment() == ParagraphAlignment.CENTER && p.getRuns().stream().anyMatch(XWPFRun::isBold)))
                && !t.getText().contains("CỘNG HÒA") && !t.getText().contains("ĐẢNG CỘNG SẢN");
    }

    private static Line line(XWPFParagraph p, String where) {
        List<XWPFRun> runs = p.getRuns().stream().filter(r -> r.text() != null && !r.text().isBlank()).toList();
        boolean bold = !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isBold);
        boolean italic = !runs.isEmpty() && runs.stream().allMatch(XWPFRun::isItalic);
        Double size = runs.isEmpty() ? null : runs.get(0).getFontSizeAsDouble();
        boolean keep = p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetKeepNext();
        String align = p.getAlignment() == null ? "left" : p.getAlignment().name().toLowerCase(Locale.ROOT);
        return new Line(p.getText(), align, bold, italic, size == null ? 0 : size, keep, where);
    }

    private static Page page(CTSectPr sect) {
        CTPageSz size = sect.getPgSz();
        CTPageMar margin = sect.getPgMar();
        boolean landscape = size.isSetOrient() && size.getOrient() == STPageOrientation.LANDSCAPE;
        return new Page(mm(size.getW()), mm(size.getH()), landscape, mm(margin.getTop()), mm(margin.getBottom()),
                mm(margin.getLeft()), mm(margin.getRight()));
    }

    private static double mm(Object twips) {
        long t = twips instanceof BigInteger b ? b.longValue() : Long.parseLong(String.valueOf(twips));
        return Math.round(t / 1440.0 * 25.4 * 10) / 10.0;
    }

    /** Every paragraph, in order, tables included. */
    public List<Line> lines() {
        return lines;
    }

    /** The lines of the page-1 header (issuer, number, party title or motto, place and date). */
    public List<Line> headerLines() {
        return header;
    }

    /** The document number as written after "Số", or empty. */
    public Optional<String> number() {
        return header.stream().map(Line::text).filter(t -> t.startsWith("Số")).findFirst()
                .map(t -> t.replaceFirst("^Số:?\\s*", "").strip());
    }

    /** The place-and-date line ("Lai Châu, ngày 26 tháng 12 năm 2022"), or empty. */
    public Optional<String> placeAndDate() {
        return header.stream().map(Line::text).filter(t -> t.matches(".*ngày.*tháng.*năm.*")).findFirst().map(String::strip);
    }

    /** The kind line and the summary under it ("KẾ HOẠCH", "Thực hiện ..."); empty for a công văn. */
    public List<String> title() {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.where().equals("body") && l.align().equals("center") && l.bold() && !l.text().isBlank()
                    && l.text().equals(l.text().toUpperCase(Locale.ROOT))) {
                return List.of(l.text(), lines.get(i + 1).text());
            }
        }
        return List.of();
    }

    /** Body lines kept with the next (headings and annex captions), except the title. */
    public List<String> headings() {
        List<String> title = title();
        return lines.stream().filter(l -> l.where().equals("body") && l.keepNext() && !l.text().isBlank()
                && !title.contains(l.text())).map(Line::text).toList();
    }

    /** The text of the body, one paragraph a line. */
    public String text() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    /** The signature side of the closing: authority and position lines, then the signer, non-blank lines only. */
    public List<String> signature() {
        return closingRight.stream().map(Line::text).filter(t -> !t.isBlank()).toList();
    }

    /** The signer: the last line of the signature. */
    public Optional<String> signer() {
        List<String> s = signature();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1));
    }

    /** The recipient lines after "Nơi nhận:". */
    public List<String> recipients() {
        List<Line> side = closingLeft.isEmpty() ? lines : closingLeft;
        List<String> out = new ArrayList<>();
        boolean after = false;
        for (Line l : side) {
            if (l.text().startsWith("Nơi nhận")) {
                after = true;
            } else if (after && l.text().startsWith("-")) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** The page setup of each section: the main text first, then each annex. */
    public List<Page> pages() {
        return pages;
    }

    /** The whole document as readable lines, one paragraph each with its look; what {@link DocxGolden} compares. */
    public String described() {
        StringBuilder out = new StringBuilder();
        for (Line l : lines) {
            out.append(l.described()).append('\n');
        }
        for (Page p : pages) {
            out.append("page ").append(p).append('\n');
        }
        return out.toString();
    }
}

package vn.vanban4j.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.Images;
import vn.vanban4j.render.Profile;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.internal.Blocks.Addressees;
import vn.vanban4j.render.internal.Blocks.Appendix;
import vn.vanban4j.render.internal.Blocks.Block;
import vn.vanban4j.render.internal.Blocks.Caption;
import vn.vanban4j.render.internal.Blocks.Cell;
import vn.vanban4j.render.internal.Blocks.Closing;
import vn.vanban4j.render.internal.Blocks.Heading;
import vn.vanban4j.render.internal.Blocks.PageHeader;
import vn.vanban4j.render.internal.Blocks.Para;
import vn.vanban4j.render.internal.Blocks.Row;
import vn.vanban4j.render.internal.Blocks.Run;
import vn.vanban4j.render.internal.Blocks.SignatureBlock;
import vn.vanban4j.render.internal.Blocks.Table;
import vn.vanban4j.render.internal.Blocks.Title;

/**
 * Writes the block tree as a DOCX package. The WordprocessingML is streamed into a buffer (no
 * object model), every part has fixed content and order, and zip entries carry a fixed time, so
 * the same input gives the same bytes. One instance per render; not shared.
 */
public final class DocxWriter {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final long EMU_PER_TWIP = 635;

    private final Profile profile;
    private final Document doc;
    private final boolean draft;
    private final Utf8Buffer body;
    private final Utf8Buffer footnotes = new Utf8Buffer(1024);
    /**
     * The bookmark, then PDF named destination, of the n-th blank signature space ("vanban4jsignature1"): letters and
     * digits only, which LibreOffice keeps as they are.
     */
    public static final String SIGNATURE_SPACE = "vanban4jsignature";
    private int footnoteCount;
    private int signatureSpaces; // blank signature spaces so far, each marked for the PDF (SIGNATURE_SPACE + n)
    private boolean landscape;
    private Para endMarkAfter;
    private String pendingLogo; // the logo's drawing, until the issuer column's first line takes it
    private long annexTitleWidth; // an annex title waiting for its rule (state layout)
    private final Images images;
    private final PackageParts sharedParts;
    private final List<Images.Image> media = new ArrayList<>();

    /**
     * @param expectedChars the size of the block XML, from which the document part's size is guessed
     * @param sharedParts the renderer's store of the parts each profile's documents share
     */
    public DocxWriter(Profile profile, Document doc, boolean draft, int expectedChars, Images images, PackageParts sharedParts) {
        this.profile = profile;
        this.sharedParts = sharedParts;
        this.doc = doc;
        this.draft = draft;
        this.images = images;
        this.body = new Utf8Buffer(expectedChars * 3 + 8 * 1024); // 2.4 to 2.9 bytes a character in the seeds
    }

    public byte[] write(List<Block> blocks) {
        body.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"")
                .append(W).append("\" xmlns:r=\"").append(R)
                .append("\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><w:body>");
        List<Block> main = new ArrayList<>();
        List<Appendix> appendices = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Appendix a) {
                appendices.add(a);
            } else {
                main.add(b);
            }
        }
        endMarkAfter = profile.endMark() == null ? null : Blocks.endMarkParagraph(main);
        if (!main.isEmpty() && (main.get(0) instanceof PageHeader || main.get(0) instanceof Table) && Blocks.anyFootnote(blocks)) {
            // LibreOffice (7.4) keeps the empty paragraph its DOCX import puts before a table that opens the body when the
            // document has a footnote, a line (16 pt) lower than without; a paragraph of its own, 1/20 pt high, leaves it none
            body.append("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\" w:line=\"1\" w:lineRule=\"exact\"/>")
                    .append("<w:rPr><w:sz w:val=\"2\"/><w:szCs w:val=\"2\"/></w:rPr></w:pPr></w:p>");
        }
        main.forEach(this::block);
        boolean first = true;
        boolean landscapeNext = false;
        for (Appendix appendix : appendices) {
            // the section that ends here is described in the last paragraph before the break
            body.append("<w:p><w:pPr>").append(sectPr(landscapeNext, first)).append("</w:pPr></w:p>");
            first = false;
            landscapeNext = appendix.landscape();
            landscape = appendix.landscape();
            appendix.blocks().forEach(this::block);
            annexRule();
        }
        body.append(sectPr(landscapeNext, first)).append("</w:body></w:document>");
        return pack();
    }

    private String sectPr(boolean landscape, boolean mainSection) {
        Profile.Page p = profile.page();
        long w = twips(landscape ? p.heightMm() : p.widthMm());
        long h = twips(landscape ? p.widthMm() : p.heightMm());
        boolean restart = !mainSection && profile.appendixPageNumbers() == Profile.AppendixPageNumbers.RESTART;
        return "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeader\"/>"
                + "<w:headerReference w:type=\"first\" r:id=\"rIdFirstHeader\"/>"
                + "<w:pgSz w:w=\"" + w + "\" w:h=\"" + h + "\"" + (landscape ? " w:orient=\"landscape\"" : "") + "/>"
                + "<w:pgMar w:top=\"" + twips(p.topMm()) + "\" w:right=\"" + twips(p.rightMm()) + "\" w:bottom=\""
                + twips(p.bottomMm()) + "\" w:left=\"" + twips(p.leftMm()) + "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
                + (restart ? "<w:pgNumType w:start=\"1\"/>" : "")
                + (mainSection || restart ? "<w:titlePg/>" : "") + "</w:sectPr>";
    }

    private void block(Block block) {
        double bodySize = profile.body().sizePt();
        if (!(block instanceof Caption c && c.role().equals("note"))) {
            annexRule();
        }
        if (block instanceof PageHeader h) {
            pageHeader(h.subject(), h.logo());
        } else if (block instanceof Title t) {
            para("center", 0, 0, true, () -> run(t.kind(), profile.title().kindPt(), true, false, false));
            para("center", 0, 0, true, () -> runs(t.summary(), profile.title().summaryPt(), true, false));
            if (profile.title().rule() != null) {
                para("center", 0, profile.body().spaceAfterPt(), false,
                        () -> run(profile.title().rule(), profile.title().summaryPt(), false, false, false));
            } else {
                String summary = t.summary().stream().filter(r -> !r.footnote()).map(Run::text).collect(java.util.stream.Collectors.joining());
                shortRule(textWidth(false), TextWidth.twips(summary, profile.font(), profile.title().summaryPt(), true), 60,
                        Math.round(profile.body().spaceAfterPt() * 20));
            }
        } else if (block instanceof Heading h) {
            Profile.Heading look = profile.heading(h.level());
            List<Run> runs = h.runs();
            if (look.upper()) {
                runs = runs.stream().map(r -> new Run(r.footnote() ? r.text() : VietnameseText.upper(r.text()), r.bold(), r.italic(), r.footnote())).toList();
            }
            List<Run> heading = runs;
            bodyPara(() -> runs(heading, bodySize, look.bold(), look.italic()), true, true);
        } else if (block instanceof Para p) {
            switch (p.role()) {
                case "authority" -> para("center", 120, profile.body().spaceAfterPt(), true, () -> runs(upper(p.runs()),
                        profile.title().summaryPt(), true, false));
                case "decides" -> para("center", 120, profile.body().spaceAfterPt(), true,
                        () -> runs(p.runs(), profile.title().summaryPt(), true, false));
                default -> {
                    boolean italic = p.role().equals("basis") && profile.family() == Family.STATE;
                    List<Run> runs = p == endMarkAfter ? Blocks.endingWith(p.runs(), profile.endMark()) : p.runs();
                    bodyPara(() -> runs(runs, bodySize, false, italic), true, false);
                }
            }
        } else if (block instanceof Addressees a) {
            addressees(a);
        } else if (block instanceof Caption c) {
            boolean note = c.role().equals("note");
            boolean ruled = note && annexTitleWidth > 0;
            para("center", 0, note && !ruled ? profile.body().spaceAfterPt() : 0, true,
                    () -> runs(c.runs(), bodySize, !note, note));
            if (c.role().equals("title") && profile.family() == Family.STATE) {
                // NĐ 30: a rule under an annex's title, after its "(Kèm theo ...)" line when it has one
                annexTitleWidth = TextWidth.twips(c.runs().stream().map(Run::text).collect(java.util.stream.Collectors.joining()),
                        profile.font(), bodySize, true);
            } else if (ruled) {
                annexRule();
            }
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Closing c) {
            if (profile.endMark() != null && endMarkAfter == null) {
                para("left", 0, 0, false, () -> run(profile.endMark(), bodySize, false, false, false));
            }
            closing(c);
        }
    }

    private static List<Run> upper(List<Run> runs) {
        return runs.stream().map(r -> r.footnote() ? r : new Run(VietnameseText.upper(r.text()), r.bold(), r.italic(), false)).toList();
    }

    // "Kính gửi: X." on one line, or the label then "- X;" a line, "." after the last
    private void addressees(Addressees a) {
        double size = profile.body().sizePt();
        String align = a.centred() ? "center" : "left";
        long labelIndent = a.centred() ? 0 : twips(20);
        if (a.lines().size() == 1) {
            paraIndented(align, labelIndent, 120, profile.body().spaceAfterPt(), () -> {
                run("Kính gửi: ", size, false, false, false);
                runs(a.lines().get(0), size, false, false);
                run(".", size, false, false, false);
            });
            return;
        }
        paraIndented(align, labelIndent, 120, 0, () -> run("Kính gửi:", size, false, false, false));
        // each "- " stands under the colon, as NĐ 30's model letter and real drafts set it
        long dashIndent = labelIndent + TextWidth.twips("Kính gửi", profile.font(), size, false);
        for (int i = 0; i < a.lines().size(); i++) {
            List<Run> line = a.lines().get(i);
            boolean last = i == a.lines().size() - 1;
            paraIndented(align, a.centred() ? 0 : dashIndent, 0, last ? profile.body().spaceAfterPt() : 0, () -> {
                run("- ", size, false, false, false);
                runs(line, size, false, false);
                run(last ? "." : ";", size, false, false, false);
            });
        }
    }

    // ---- page 1 header: a borderless two-column table

    private void pageHeader(List<Run> subject, String logo) {
        Profile.Header h = profile.header();
        long text = textWidth(false);
        long left = Math.round(text * h.leftWidthPercent() / 100.0);
        long right = text - left;
        borderlessTable(text, new long[] {left, right});
        // row 1: issuer | title; a logo floats at the issuer column's left, its lines centred in the rest, level with the title
        body.append("<w:tr>");
        long logoRoom = 0;
        if (logo != null) {
            Images.Image image = images.get(logo);
            long[] size = Logo.extent(image);
            body.append("<w:trPr><w:trHeight w:val=\"").append(size[1] / EMU_PER_TWIP).append("\" w:hRule=\"atLeast\"/></w:trPr>");
            logoRoom = size[0] / EMU_PER_TWIP + twips(Logo.GAP_MM);
            pendingLogo = logo(image, size);
        }
        long room = left - logoRoom;
        cellStart(left);
        for (String line : doc.header().superiorLines()) {
            for (String part : HeaderFit.name(VietnameseText.upper(line), profile.font(), h.superiorPt(), false, room)) {
                issuerColumnLine(logoRoom, part, HeaderFit.size(part, profile.font(), h.superiorPt(), false, room), false);
            }
        }
        long issuerWidth = 0;
        for (String line : doc.header().issuerLines()) {
            for (String part : HeaderFit.name(VietnameseText.upper(line), profile.font(), h.issuerPt(), true, room)) {
                double size = HeaderFit.size(part, profile.font(), h.issuerPt(), true, room);
                issuerWidth = Math.max(issuerWidth, Math.min(room, TextWidth.twips(part, profile.font(), size, true)));
                issuerColumnLine(logoRoom, part, size, true);
            }
        }
        if (h.issuerMark() != null) {
            issuerColumnLine(logoRoom, h.issuerMark(), h.issuerPt(), false);
        } else {
            shortRule(logoRoom, room, issuerWidth, 40, 0);
        }
        cellEnd();
        cellStart(right);
        boolean partyRule = h.motto() == null;
        para("center", 0, 0, false, () -> run(h.rightTitle(), h.rightTitlePt(), true, false, partyRule));
        if (h.motto() != null) {
            para("center", 0, 0, false, () -> run(h.motto(), h.mottoPt(), true, false, true));
        }
        cellEnd();
        body.append("</w:tr>");
        // row 2: number (and a công văn's summary) | place and date
        body.append("<w:tr>");
        cellStart(left);
        para("center", 120, 0, false, () -> run(h.numberPrefix() + HeaderText.number(doc, draft), h.numberPt(),
                false, false, false));
        if (!subject.isEmpty()) {
            para("center", 120, 0, false, () -> {
                if (h.subjectPrefix() != null) {
                    run(h.subjectPrefix(), h.subjectPt(), false, h.subjectItalic(), false);
                }
                runs(subject, h.subjectPt(), false, h.subjectItalic());
            });
        }
        cellEnd();
        cellStart(right);
        List<String> date = HeaderFit.placeAndDate(HeaderText.placeAndDate(doc, draft), profile.font(), h.datePt(), false, right);
        for (int i = 0; i < date.size(); i++) {
            String line = date.get(i);
            para("center", i == 0 ? 120 : 0, 0, false, () -> run(line, h.datePt(), false, true, false));
        }
        if (draft) {
            para("center", 60, 0, false, () -> run("DỰ THẢO", h.datePt(), true, false, false));
        }
        cellEnd();
        body.append("</w:tr></w:tbl>");
        para("left", 0, 0, false, () -> { });
    }

    // a centred line of the issuer column, right of the logo's room; the first one carries the logo
    private void issuerColumnLine(long logoRoom, String text, double size, boolean bold) {
        Runnable runs = () -> {
            if (pendingLogo != null) {
                body.append(pendingLogo);
                pendingLogo = null;
            }
            run(text, size, bold, false, false);
        };
        if (logoRoom == 0) {
            para("center", 0, 0, false, runs);
        } else {
            paraIndented("center", logoRoom, 0, 0, runs);
        }
    }

    private void annexRule() {
        if (annexTitleWidth > 0) {
            shortRule(textWidth(landscape), annexTitleWidth, 120, Math.round(profile.body().spaceAfterPt() * 20));
            annexTitleWidth = 0;
        }
    }

    /** The rule under a line, as a share of the line (NĐ 30: 1/3 to 1/2 of it). */
    static final double RULE_SHARE = 0.4;

    // a short rule centred in a column, RULE_SHARE of the line above it (of the column when the line fills or wraps it):
    // an empty paragraph with a top border
    private void shortRule(long width, long lineAbove, long beforeTwips, long afterTwips) {
        shortRule(0, width, lineAbove, beforeTwips, afterTwips);
    }

    // the same, in the {@code width} that starts {@code offset} twips into the column
    private void shortRule(long offset, long width, long lineAbove, long beforeTwips, long afterTwips) {
        long indent = (width - Math.round(Math.min(lineAbove, width) * RULE_SHARE)) / 2;
        body.append("<w:p><w:pPr><w:pBdr><w:top w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"000000\"/></w:pBdr>")
                .append("<w:spacing w:before=\"").append(beforeTwips).append("\" w:after=\"").append(afterTwips)
                .append("\" w:line=\"120\" w:lineRule=\"exact\"/>")
                .append("<w:ind w:left=\"").append(offset + indent).append("\" w:right=\"").append(indent).append("\"/>")
                .append("<w:jc w:val=\"center\"/></w:pPr></w:p>");
    }

    // ---- closing: recipients left, signature right; several signatures side by side

    private void closing(Closing closing) {
        List<SignatureBlock> signatures = closing.signatures().isEmpty()
                ? doc.signatures().stream().map(sig -> SignatureBlock.of(sig, profile.family())).toList() : closing.signatures();
        boolean recipients = closing.recipients() != null ? !closing.recipients().isEmpty()
                : !doc.recipients().isEmpty() || doc.filing() != null;
        long text = textWidth(false);
        if (signatures.size() <= 1) {
            long left = Math.round(text * 0.5);
            borderlessTable(text, new long[] {left, text - left});
            body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            cellStart(left);
            if (recipients) {
                recipients(closing);
            } else {
                para("left", 0, 0, false, () -> { });
            }
            cellEnd();
            cellStart(text - left);
            if (signatures.isEmpty()) {
                para("center", 0, 0, false, () -> { });
            } else {
                signature(signatures.get(0), text - left);
            }
            cellEnd();
            body.append("</w:tr></w:tbl>");
            return;
        }
        long[] widths = new long[signatures.size()];
        long used = 0;
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i == widths.length - 1 ? text - used : text / widths.length;
            used += widths[i];
        }
        borderlessTable(text, widths);
        body.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int i = 0; i < widths.length; i++) {
            cellStart(widths[i]);
            signature(signatures.get(i), widths[i]);
            cellEnd();
        }
        body.append("</w:tr></w:tbl>");
        if (recipients) {
            para("left", 0, 0, false, () -> { });
            recipients(closing);
        }
    }

    private void recipients(Closing closing) {
        Profile.Closing c = profile.closing();
        para("left", 120, 0, false, () -> run(c.recipientsLabel(), c.labelPt(), c.labelBold(), c.labelItalic(), c.labelUnderline()));
        if (closing.recipients() != null) {
            for (List<Run> line : closing.recipients()) {
                para("left", 0, 0, false, () -> runs(line, c.recipientPt(), false, false));
            }
            return;
        }
        for (Recipient r : doc.recipients()) {
            String line = "- " + r.name() + (r.purpose() == null ? "" : " (" + r.purpose() + ")") + c.recipientSeparator();
            para("left", 0, 0, false, () -> run(line, c.recipientPt(), false, false, false));
        }
        if (doc.filing() != null) {
            para("left", 0, 0, false, () -> run("- " + c.filingPrefix() + doc.filing() + ".", c.recipientPt(), false, false, false));
        }
    }

    private void signature(SignatureBlock signature, long columnTwips) {
        Profile.Closing c = profile.closing();
        double before = 120;
        for (List<Run> line : signature.authorities()) {
            double space = before;
            para("center", space, 0, false, () -> runs(line, c.authorityPt(), true, false));
            before = 0;
        }
        for (List<Run> line : signature.positions()) {
            double space = before;
            para("center", space, 0, false, () -> runs(line, c.authorityPt(), c.positionBold(), false));
            before = 0;
        }
        if (signature.image() != null || signature.seal() != null) {
            Images.Image image = signature.image() == null ? null : images.get(signature.image());
            Images.Image seal = signature.seal() == null ? null : images.get(signature.seal());
            para("center", 60, 3, false, () -> {
                if (image != null) {
                    body.append(drawing(image, null, columnTwips, 40));
                }
                if (seal != null) {
                    body.append(drawing(seal, image, columnTwips, 32));
                }
            });
        } else {
            // the space a signature will fill, marked: LibreOffice makes the bookmark a named destination of the PDF
            int mark = ++signatureSpaces;
            for (int i = 0; i < c.signatureSpaceLines(); i++) {
                para("center", 0, 0, false, i > 0 ? () -> { } : () -> body.append("<w:bookmarkStart w:id=\"").append(mark)
                        .append("\" w:name=\"").append(SIGNATURE_SPACE).append(mark).append("\"/><w:bookmarkEnd w:id=\"")
                        .append(mark).append("\"/>"));
            }
        }
        para("center", 0, 0, false, () -> runs(signature.signer(), c.signerPt(), true, false));
    }

    // an image in line with the text, maxWidthMm wide at most, as tall as its proportions make it; a seal
    // (over != null) floats in front, centred on the left third of the signature image it is drawn over
    private String drawing(Images.Image image, Images.Image over, long columnTwips, int maxWidthMm) {
        long width = Math.min(maxWidthMm * Logo.EMU_PER_MM, Math.round(image.width() * 9525.0));
        long height = Math.round(width * (double) image.height() / image.width());
        String graphic = graphic(image, over == null ? "Chữ ký " : "Dấu ", width, height);
        if (over == null) {
            return "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"" + width + "\" cy=\""
                    + height + "\"/>" + graphic + "</wp:inline></w:drawing></w:r>";
        }
        // the signature image is centred in the column: its left third is at column/2 - sigWidth/2 + sigWidth/6
        long sigWidth = Math.min(40 * Logo.EMU_PER_MM, Math.round(over.width() * 9525.0));
        long sigHeight = Math.round(sigWidth * (double) over.height() / over.width());
        long x = columnTwips * EMU_PER_TWIP / 2 - sigWidth / 2 + sigWidth / 6 - width / 2;
        long y = (sigHeight - height) / 2;
        return anchor(x, y, width, height, graphic);
    }

    // the logo floating at the column's left, its top level with the paragraph's (the issuer column's first line)
    private String logo(Images.Image image, long[] size) {
        return anchor(0, 0, size[0], size[1], graphic(image, "Biểu trưng ", size[0], size[1]));
    }

    // a drawing in front of the text that moves no text, placed from the column's left and the paragraph's top (EMU)
    private String anchor(long x, long y, long width, long height, String graphic) {
        return "<w:r><w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"" + (251659264 + media.size())
                + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>" + x + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>" + y + "</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + width + "\" cy=\"" + height + "\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
                + graphic + "</wp:anchor></w:drawing></w:r>";
    }

    // the picture itself, its bytes added to the package as the next image
    private String graphic(Images.Image image, String name, long width, long height) {
        media.add(image);
        int n = media.size();
        return "<wp:docPr id=\"" + n + "\" name=\"" + name + n + "\"/>"
                + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:nvPicPr><pic:cNvPr id=\"" + n
                + "\" name=\"image" + n + "." + extension(image) + "\"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage"
                + n + "\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\""
                + width + "\" cy=\"" + height + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>"
                + "</a:graphicData></a:graphic>";
    }

    private static String extension(Images.Image image) {
        return image.type().equals("png") ? "png" : "jpeg";
    }

    // the start of a table with no borders and no cell margins, as the header and the closing use
    private void borderlessTable(long text, long[] widths) {
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(text).append("\" w:type=\"dxa\"/><w:tblBorders>")
                .append("<w:top w:val=\"nil\"/><w:left w:val=\"nil\"/><w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/>")
                .append("<w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders><w:tblLayout w:type=\"fixed\"/>")
                .append("<w:tblCellMar><w:left w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"0\" w:type=\"dxa\"/></w:tblCellMar>")
                .append("</w:tblPr><w:tblGrid>");
        for (long w : widths) {
            body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        body.append("</w:tblGrid>");
    }

    // ---- tables with repeated, merged header rows, group rows and set column widths

    private void table(Table t) {
        int columns = 0;
        for (Cell cell : t.headerRows().isEmpty() ? t.rows().get(0).cells() : t.headerRows().get(0)) {
            columns += cell.colspan();
        }
        long text = textWidth(landscape);
        long[] widths = columnWidths(t, columns, text);
        body.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(text).append("\" w:type=\"dxa\"/><w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            body.append("<w:").append(side).append(" w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
        }
        body.append("</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>");
        for (long w : widths) {
            body.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        body.append("</w:tblGrid>");
        // vertical merges: a cell with rowspan > 1 leaves continuation cells in the rows below
        int[] pending = new int[columns];
        for (List<Cell> header : t.headerRows()) {
            row(header, true, false, true, widths, pending);
        }
        for (Row row : t.rows()) {
            row(row.cells(), false, row.group(), !t.splitRows(), widths, pending);
        }
        body.append("</w:tbl>");
        para("left", 0, 0, false, () -> { });
    }

    private void row(List<Cell> row, boolean header, boolean group, boolean keepWhole, long[] widths, int[] pending) {
        int columns = widths.length;
        body.append("<w:tr>");
        if (keepWhole || header) {
            body.append("<w:trPr>").append(keepWhole ? "<w:cantSplit/>" : "").append(header ? "<w:tblHeader/>" : "").append("</w:trPr>");
        }
        if (group) {
            // one bold cell across the table
            long all = java.util.Arrays.stream(widths).sum();
            List<Run> runs = row.stream().flatMap(c -> c.runs().stream()).toList();
            tableCell(all, columns, null, runs, "left", true);
            body.append("</w:tr>");
            return;
        }
        int col = 0;
        java.util.Iterator<Cell> cells = row.iterator();
        while (col < columns) {
            if (pending[col] > 0) {
                pending[col]--;
                tableCell(widths[col], 1, "continue", List.of(), "left", header);
                col++;
                continue;
            }
            if (!cells.hasNext()) {
                tableCell(widths[col], 1, null, List.of(), "left", header);
                col++;
                continue;
            }
            Cell cell = cells.next();
            int span = Math.min(cell.colspan(), columns - col);
            long width = 0;
            for (int k = col; k < col + span; k++) {
                width += widths[k];
            }
            if (cell.rowspan() > 1) {
                for (int k = col; k < col + span; k++) {
                    pending[k] = cell.rowspan() - 1;
                }
            }
            tableCell(width, span, cell.rowspan() > 1 ? "restart" : null, cell.runs(), header ? "center" : cell.align() == null ? "left" : cell.align(), header);
            col += span;
        }
        body.append("</w:tr>");
    }

    private long[] columnWidths(Table t, int columns, long text) {
        double[] weights = new double[columns];
        if (t.widths().size() == columns) {
            for (int i = 0; i < columns; i++) {
                weights[i] = t.widths().get(i);
            }
        } else {
            java.util.Arrays.fill(weights, 4);
            if (!t.headerRows().isEmpty()) {
                Cell first = t.headerRows().get(0).get(0);
                String title = first.runs().stream().map(Run::text).reduce("", String::concat).strip().toLowerCase(Locale.ROOT);
                if (title.equals("stt") || title.equals("tt")) {
                    weights[0] = 1;
                }
            }
        }
        double sum = java.util.Arrays.stream(weights).sum();
        long[] widths = new long[columns];
        long used = 0;
        for (int i = 0; i < columns; i++) {
            widths[i] = i == columns - 1 ? text - used : Math.round(text * weights[i] / sum);
            used += widths[i];
        }
        return widths;
    }

    private void tableCell(long width, int span, String vMerge, List<Run> runs, String align, boolean bold) {
        body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/>");
        if (span > 1) {
            body.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
        }
        if (vMerge != null) {
            body.append("<w:vMerge w:val=\"").append(vMerge).append("\"/>");
        }
        body.append("<w:vAlign w:val=\"center\"/></w:tcPr>");
        double size = profile.body().sizePt() - 1;
        para(align, 0, 0, false, () -> runs(runs, size, bold, false));
        body.append("</w:tc>");
    }

    // ---- paragraphs and runs

    private void bodyPara(Runnable runs, boolean indent, boolean keepNext) {
        Profile.Body b = profile.body();
        body.append("<w:p><w:pPr>").append(keepNext ? "<w:keepNext/>" : "")
                .append("<w:spacing w:before=\"0\" w:after=\"").append(Math.round(b.spaceAfterPt() * 20)).append('"');
        if (b.lineSpacingPt() > 0) {
            body.append(" w:line=\"").append(Math.round(b.lineSpacingPt() * 20)).append("\" w:lineRule=\"exact\"");
        }
        body.append("/>");
        if (indent) {
            body.append("<w:ind w:firstLine=\"").append(twips(b.firstLineIndentMm())).append("\"/>");
        }
        body.append("<w:jc w:val=\"both\"/></w:pPr>");
        runs.run();
        body.append("</w:p>");
    }

    private void para(String align, double beforeTwips, double afterPt, boolean keepNext, Runnable runs) {
        body.append("<w:p><w:pPr>").append(keepNext ? "<w:keepNext/>" : "").append("<w:spacing w:before=\"")
                .append(Math.round(beforeTwips)).append("\" w:after=\"")
                .append(Math.round(afterPt * 20)).append("\"/><w:jc w:val=\"").append(align).append("\"/></w:pPr>");
        runs.run();
        body.append("</w:p>");
    }

    private void paraIndented(String align, long leftTwips, double beforeTwips, double afterPt, Runnable runs) {
        body.append("<w:p><w:pPr><w:spacing w:before=\"").append(Math.round(beforeTwips)).append("\" w:after=\"")
                .append(Math.round(afterPt * 20)).append("\"/><w:ind w:left=\"").append(leftTwips)
                .append("\"/><w:jc w:val=\"").append(align).append("\"/></w:pPr>");
        runs.run();
        body.append("</w:p>");
    }

    private void runs(List<Run> runs, double size, boolean bold, boolean italic) {
        for (Run r : runs) {
            if (r.footnote()) {
                body.append(footnote(r.text()));
            } else if (!r.text().isEmpty()) {
                run(r.text(), size, bold || r.bold(), italic || r.italic(), false);
            }
        }
    }

    private void run(String text, double size, boolean bold, boolean italic, boolean underline) {
        body.append("<w:r>");
        rPr(body, size, bold, italic, underline);
        body.append("<w:t xml:space=\"preserve\">");
        body.appendXmlText(text);
        body.append("</w:t></w:r>");
    }

    // children in the schema's order: b, bCs, i, iCs, sz, szCs, u
    private static void rPr(Utf8Buffer out, double size, boolean bold, boolean italic, boolean underline) {
        long half = Math.round(size * 2);
        out.append("<w:rPr>");
        if (bold) {
            out.append("<w:b/><w:bCs/>");
        }
        if (italic) {
            out.append("<w:i/><w:iCs/>");
        }
        out.append("<w:sz w:val=\"").append(half).append("\"/><w:szCs w:val=\"").append(half).append("\"/>");
        if (underline) {
            out.append("<w:u w:val=\"single\"/>");
        }
        out.append("</w:rPr>");
    }

    private String footnote(String text) {
        int id = ++footnoteCount;
        long half = Math.round((profile.body().sizePt() - 2) * 2);
        footnotes.append("<w:footnote w:id=\"").append(id).append("\"><w:p><w:pPr><w:jc w:val=\"both\"/></w:pPr>")
                .append("<w:r><w:rPr><w:sz w:val=\"").append(half).append("\"/><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>")
                .append("<w:r><w:rPr><w:sz w:val=\"").append(half).append("\"/></w:rPr><w:t xml:space=\"preserve\"> ")
                .append(TemplateData.escape(text)).append("</w:t></w:r></w:p></w:footnote>");
        return "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"" + id + "\"/></w:r>";
    }

    private void cellStart(long width) {
        body.append("<w:tc><w:tcPr><w:tcW w:w=\"").append(width).append("\" w:type=\"dxa\"/></w:tcPr>");
    }

    private void cellEnd() {
        body.append("</w:tc>");
    }

    private long textWidth(boolean landscape) {
        Profile.Page p = profile.page();
        return twips((landscape ? p.heightMm() : p.widthMm()) - p.leftMm() - p.rightMm());
    }

    static long twips(double mm) {
        return Math.round(mm * TWIPS_PER_MM);
    }

    // ---- the package

    private byte[] pack() {
        SharedParts shared = sharedParts.of(profile);
        Utf8Buffer notes = part(1024 + footnotes.length()).append("<w:footnotes xmlns:w=\"").append(W).append("\">")
                .append("<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>")
                .append(footnotes).append("</w:footnotes>");
        Utf8Buffer core = part(1024).append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>")
                .appendXmlText(doc.name()).append("</dc:title><dc:creator>")
                .appendXmlText(doc.header().issuerName()).append("</dc:creator><dc:language>vi-VN</dc:language></cp:coreProperties>");
        ZipPackage zip = new ZipPackage(body.length() / 5 + 8192);
        zip.add(media.isEmpty() ? shared.types() : deflated("[Content_Types].xml", types(media)));
        zip.add(shared.rels());
        add(zip, "docProps/core.xml", core);
        zip.add(media.isEmpty() ? shared.documentRels() : deflated("word/_rels/document.xml.rels", documentRels(media)));
        add(zip, "word/document.xml", body);
        zip.add(shared.styles());
        zip.add(shared.settings());
        add(zip, "word/footnotes.xml", notes);
        zip.add(shared.header());
        zip.add(shared.firstHeader());
        for (int i = 0; i < media.size(); i++) {
            byte[] image = media.get(i).bytes();
            zip.add("word/media/image" + (i + 1) + "." + extension(media.get(i)), image, image.length);
        }
        return zip.finish();
    }

    /**
     * The parts of the package that every document of a profile without images shares, deflated: the content
     * types, the package's and the document's relationships, styles, settings and the two page headers.
     */
    record SharedParts(ZipPackage.Deflated types, ZipPackage.Deflated rels, ZipPackage.Deflated documentRels,
            ZipPackage.Deflated styles, ZipPackage.Deflated settings, ZipPackage.Deflated header, ZipPackage.Deflated firstHeader) {
    }

    /** The profile's shared parts, made and deflated (see {@link PackageParts}, which keeps them). */
    static SharedParts sharedParts(Profile profile) {
        String font = TemplateData.escape(profile.font());
        long bodyHalf = Math.round(profile.body().sizePt() * 2);
        long pageHalf = Math.round(profile.pageNumberPt() * 2);
        Utf8Buffer header = part(1024).append("<w:hdr xmlns:w=\"").append(W).append("\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>");
        String[] field = {"<w:fldChar w:fldCharType=\"begin\"/>", "<w:instrText xml:space=\"preserve\"> PAGE </w:instrText>",
            "<w:fldChar w:fldCharType=\"separate\"/>", "<w:t>2</w:t>", "<w:fldChar w:fldCharType=\"end\"/>"};
        for (String run : field) {
            header.append("<w:r><w:rPr><w:sz w:val=\"").append(pageHalf).append("\"/></w:rPr>").append(run).append("</w:r>");
        }
        header.append("</w:p></w:hdr>");
        Utf8Buffer firstHeader = part(256).append("<w:hdr xmlns:w=\"").append(W).append("\"><w:p/></w:hdr>");
        Utf8Buffer styles = part(2048).append("<w:styles xmlns:w=\"").append(W).append("\">")
                .append("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"").append(font).append("\" w:hAnsi=\"").append(font)
                .append("\" w:cs=\"").append(font).append("\" w:eastAsia=\"").append(font).append("\"/><w:sz w:val=\"").append(bodyHalf)
                .append("\"/><w:szCs w:val=\"").append(bodyHalf)
                .append("\"/><w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
                + "<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                + "</w:docDefaults><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
                + "<w:qFormat/></w:style><w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
                + "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>"
                + "<w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style></w:styles>");
        Utf8Buffer settings = part(1024).append("<w:settings xmlns:w=\"").append(W).append("\">")
                .append(profile.page().mirrorMargins() ? "<w:mirrorMargins/>" : "")
                .append("<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "</w:settings>");
        Utf8Buffer rels = part(1024).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                + "</Relationships>");
        return new SharedParts(deflated("[Content_Types].xml", types(List.of())), deflated("_rels/.rels", rels),
                deflated("word/_rels/document.xml.rels", documentRels(List.of())), deflated("word/styles.xml", styles),
                deflated("word/settings.xml", settings), deflated("word/header1.xml", header), deflated("word/header2.xml", firstHeader));
    }

    private static Utf8Buffer types(List<Images.Image> media) {
        return part(2048).append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append(media.stream().anyMatch(m -> m.type().equals("png")) ? "<Default Extension=\"png\" ContentType=\"image/png\"/>" : "")
                .append(media.stream().anyMatch(m -> m.type().equals("jpeg")) ? "<Default Extension=\"jpeg\" ContentType=\"image/jpeg\"/>" : "")
                .append("<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                + "<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
                + "</Types>");
    }

    private static Utf8Buffer documentRels(List<Images.Image> media) {
        Utf8Buffer docRels = part(1024).append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        String[][] targets = {{"Styles", "styles", "styles.xml"}, {"Settings", "settings", "settings.xml"},
            {"Footnotes", "footnotes", "footnotes.xml"}, {"Header", "header", "header1.xml"}, {"FirstHeader", "header", "header2.xml"}};
        for (String[] t : targets) {
            docRels.append("<Relationship Id=\"rId").append(t[0]).append("\" Type=\"").append(R).append('/').append(t[1])
                    .append("\" Target=\"").append(t[2]).append("\"/>");
        }
        for (int i = 0; i < media.size(); i++) {
            docRels.append("<Relationship Id=\"rIdImage").append(i + 1).append("\" Type=\"").append(R).append("/image\" Target=\"media/image")
                    .append(i + 1).append('.').append(extension(media.get(i))).append("\"/>");
        }
        return docRels.append("</Relationships>");
    }

    private static ZipPackage.Deflated deflated(String name, Utf8Buffer content) {
        return ZipPackage.Deflated.of(name, content.array(), content.length());
    }

    private static void add(ZipPackage zip, String name, Utf8Buffer content) {
        zip.add(name, content.array(), content.length());
    }

    // a package part: the XML declaration, then what the caller appends
    private static Utf8Buffer part(int capacity) {
        return new Utf8Buffer(capacity).append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
    }
}

package vn.vanban4j.render.internal;

import java.util.List;
import java.util.Locale;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.Images;
import vn.vanban4j.render.Profile;
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

/** The same block tree as a standalone HTML page, in the profile's fonts and sizes, for previews. */
public final class HtmlWriter {
    private final Profile profile;
    private final Document doc;
    private final boolean draft;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final StringBuilder notes = new StringBuilder();
    private int noteCount;
    private Para endMarkAfter;

    private final Images images;

    public HtmlWriter(Profile profile, Document doc, boolean draft, Images images) {
        this.profile = profile;
        this.doc = doc;
        this.draft = draft;
        this.images = images;
    }

    public String write(List<Block> blocks) {
        Profile.Page page = profile.page();
        out.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(doc.name())).append("</title><style>")
                .append("body{font-family:'").append(profile.font()).append("','Liberation Serif',serif;font-size:")
                .append(pt(profile.body().sizePt())).append(";max-width:").append(page.widthMm() - page.leftMm() - page.rightMm())
                .append("mm;margin:").append(page.topMm()).append("mm auto;padding:0 1em;color:#000}")
                .append("p{margin:0 0 ").append(pt(profile.body().spaceAfterPt())).append(";text-align:justify;text-indent:")
                .append(profile.body().firstLineIndentMm()).append("mm")
                .append(profile.body().lineSpacingPt() > 0 ? ";line-height:" + pt(profile.body().lineSpacingPt()) : "")
                .append("}.c{text-align:center;text-indent:0;margin:0}.hdr{width:100%;border-collapse:collapse}")
                .append(".hdr td{vertical-align:top;text-align:center}.grid{width:100%;border-collapse:collapse;margin:0 0 1em}")
                .append(".grid td{border:1px solid #000;padding:2px 4px;vertical-align:middle}.grid thead td{font-weight:bold;text-align:center}")
                .append(".appendix{break-before:page;margin-top:2em;border-top:1px dashed #999;padding-top:1em}")
                .append(".closing{width:100%;margin-top:1em}.closing td{vertical-align:top;width:50%}")
                .append(".notes{border-top:1px solid #000;margin-top:2em;font-size:").append(pt(profile.body().sizePt() - 2)).append("}")
                .append("</style></head><body>\n");
        endMarkAfter = profile.endMark() == null ? null : Blocks.endMarkParagraph(blocks);
        for (Block b : blocks) {
            block(b);
        }
        if (noteCount > 0) {
            out.append("<div class=\"notes\">").append(notes).append("</div>\n");
        }
        out.append("</body></html>\n");
        return out.toString();
    }

    private void block(Block block) {
        if (block instanceof PageHeader h) {
            header(h.subject(), h.logo());
        } else if (block instanceof Title t) {
            out.append("<p class=\"c\" style=\"font-weight:bold;font-size:").append(pt(profile.title().kindPt())).append("\">")
                    .append(esc(t.kind())).append("</p><p class=\"c\" style=\"font-weight:bold;font-size:")
                    .append(pt(profile.title().summaryPt())).append("\">");
            runs(t.summary());
            out.append("</p>");
            if (profile.title().rule() != null) {
                out.append("<p class=\"c\">").append(esc(profile.title().rule())).append("</p>");
            } else {
                rule(TextWidth.points(t.summary().stream().filter(r -> !r.footnote()).map(Run::text).collect(java.util.stream.Collectors.joining()),
                        profile.font(), profile.title().summaryPt(), true), 3);
            }
            out.append('\n');
        } else if (block instanceof Heading h) {
            Profile.Heading look = profile.heading(h.level());
            out.append("<p style=\"").append(look.bold() ? "font-weight:bold;" : "").append(look.italic() ? "font-style:italic;" : "")
                    .append(look.upper() ? "text-transform:uppercase" : "").append("\">");
            runs(h.runs());
            out.append("</p>\n");
        } else if (block instanceof Para p) {
            boolean italic = p.role().equals("basis") && profile.family() == Family.STATE;
            boolean centred = p.role().equals("authority") || p.role().equals("decides");
            out.append(italic ? "<p style=\"font-style:italic\">" : centred ? "<p class=\"c\" style=\"font-weight:bold;"
                    + (p.role().equals("authority") ? "text-transform:uppercase" : "") + "\">" : "<p>");
            runs(p == endMarkAfter ? Blocks.endingWith(p.runs(), profile.endMark()) : p.runs());
            out.append("</p>\n");
        } else if (block instanceof Addressees a) {
            String style = a.centred() ? "<p class=\"c\">" : "<p style=\"text-indent:0;margin-left:20mm\">";
            if (a.lines().size() == 1) {
                out.append(style).append("Kính gửi: ");
                runs(a.lines().get(0));
                out.append(".</p>\n");
            } else {
                out.append(style).append("Kính gửi:</p>");
                // each "- " under the colon, as in the DOCX
                String dash = a.centred() ? style : "<p style=\"text-indent:0;margin-left:calc(20mm + "
                        + pt(TextWidth.points("Kính gửi", profile.font(), profile.body().sizePt(), false)) + ")\">";
                for (int i = 0; i < a.lines().size(); i++) {
                    out.append(dash).append("- ");
                    runs(a.lines().get(i));
                    out.append(i == a.lines().size() - 1 ? "." : ";").append("</p>");
                }
                out.append('\n');
            }
        } else if (block instanceof Caption c) {
            out.append("<p class=\"c\" style=\"").append(c.role().equals("note") ? "font-style:italic" : "font-weight:bold").append("\">");
            runs(c.runs());
            out.append("</p>\n");
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Closing c) {
            closing(c);
        } else if (block instanceof Appendix a) {
            out.append("<section class=\"appendix\"").append(a.landscape() ? " data-orientation=\"landscape\"" : "").append(">\n");
            a.blocks().forEach(this::block);
            out.append("</section>\n");
        }
    }

    // the page-1 header as the DOCX sets it: issuer | titles, then number (and a letter's summary) | place and date, level
    private void header(List<Run> subject, String logo) {
        Profile.Header h = profile.header();
        out.append("<table class=\"hdr\" style=\"margin-bottom:").append(pt(profile.body().sizePt())).append("\"><tr><td style=\"width:")
                .append(h.leftWidthPercent()).append('%');
        long text = DocxWriter.twips(profile.page().widthMm() - profile.page().leftMm() - profile.page().rightMm());
        long left = Math.round(text * h.leftWidthPercent() / 100.0);
        Images.Image image = logo == null ? null : images.get(logo);
        long room = left;
        if (image != null) {
            // as in the DOCX: the logo at the column's left, the issuer's lines centred right of it, level with the title
            long[] size = Logo.extent(image);
            double widthMm = size[0] / (double) Logo.EMU_PER_MM;
            out.append(";position:relative;height:").append(mm(size[1] / (double) Logo.EMU_PER_MM)).append(";padding-left:")
                    .append(mm(widthMm + Logo.GAP_MM)).append("\">");
            img(logo, image, "position:absolute;left:0;top:0;width:" + mm(widthMm));
            room = left - DocxWriter.twips(widthMm + Logo.GAP_MM);
        } else {
            out.append("\">");
        }
        for (String l : doc.header().superiorLines()) {
            for (String part : HeaderFit.name(VietnameseText.upper(l), profile.font(), h.superiorPt(), false, room)) {
                line(part, HeaderFit.size(part, profile.font(), h.superiorPt(), false, room), "");
            }
        }
        double issuerWidth = 0;
        for (String l : doc.header().issuerLines()) {
            for (String part : HeaderFit.name(VietnameseText.upper(l), profile.font(), h.issuerPt(), true, room)) {
                double size = HeaderFit.size(part, profile.font(), h.issuerPt(), true, room);
                issuerWidth = Math.max(issuerWidth, Math.min(room / 20.0, TextWidth.points(part, profile.font(), size, true)));
                line(part, size, "font-weight:bold");
            }
        }
        if (h.issuerMark() != null) {
            line(h.issuerMark(), h.issuerPt(), "");
        } else {
            rule(issuerWidth, 2);
        }
        out.append("</td><td>");
        line(h.rightTitle(), h.rightTitlePt(), "font-weight:bold" + (h.motto() == null ? ";text-decoration:underline" : ""));
        if (h.motto() != null) {
            line(h.motto(), h.mottoPt(), "font-weight:bold;text-decoration:underline");
        }
        out.append("</td></tr><tr><td style=\"padding-top:6pt\">");
        line(h.numberPrefix() + HeaderText.number(doc, draft), h.numberPt(), "");
        if (!subject.isEmpty()) {
            out.append("<div style=\"margin-top:6pt;font-size:").append(pt(h.subjectPt())).append(h.subjectItalic() ? ";font-style:italic" : "")
                    .append("\">").append(h.subjectPrefix() == null ? "" : esc(h.subjectPrefix()));
            runs(subject);
            out.append("</div>");
        }
        out.append("</td><td style=\"padding-top:6pt\">");
        for (String l : HeaderFit.placeAndDate(HeaderText.placeAndDate(doc, draft), profile.font(), h.datePt(), false, text - left)) {
            line(l, h.datePt(), "font-style:italic");
        }
        if (draft) {
            line("DỰ THẢO", h.datePt(), "font-weight:bold");
        }
        out.append("</td></tr></table>\n");
    }

    // a rule centred under a line {@code lineAbovePt} wide: the share of it the DOCX draws
    private void rule(double lineAbovePt, double beforePt) {
        out.append("<div style=\"margin:").append(pt(beforePt)).append(" auto 0;max-width:").append(Math.round(DocxWriter.RULE_SHARE * 100))
                .append("%;width:").append(pt(lineAbovePt * DocxWriter.RULE_SHARE)).append(";border-top:1px solid #000\"></div>");
    }

    private void line(String text, double size, String style) {
        out.append("<div style=\"font-size:").append(pt(size)).append(style.isEmpty() ? "" : ";" + style).append("\">")
                .append(esc(text)).append("</div>");
    }

    private void closing(Closing closing) {
        Profile.Closing c = profile.closing();
        if (profile.endMark() != null && endMarkAfter == null) {
            out.append("<p>").append(esc(profile.endMark())).append("</p>");
        }
        List<SignatureBlock> signatures = closing.signatures().isEmpty()
                ? doc.signatures().stream().map(sig -> SignatureBlock.of(sig, profile.family())).toList() : closing.signatures();
        boolean hasRecipients = closing.recipients() != null ? !closing.recipients().isEmpty()
                : !doc.recipients().isEmpty() || doc.filing() != null;
        out.append("<table class=\"closing\"><tr>");
        if (signatures.size() <= 1) {
            out.append("<td>");
            if (hasRecipients) {
                recipients(c, closing);
            }
            out.append("</td>");
        }
        for (SignatureBlock s : signatures) {
            out.append("<td style=\"text-align:center\">");
            s.authorities().forEach(l -> lineOfRuns(l, c.authorityPt(), "font-weight:bold"));
            s.positions().forEach(l -> lineOfRuns(l, c.authorityPt(), c.positionBold() ? "font-weight:bold" : ""));
            Images.Image image = s.image() == null ? null : images.get(s.image());
            Images.Image seal = s.seal() == null ? null : images.get(s.seal());
            if (image != null || seal != null) {
                // the seal floats over the left third of the signature image
                out.append("<div style=\"position:relative;display:inline-block\">");
                if (image != null) {
                    img(s.image(), image, "max-width:40mm;display:block");
                }
                if (seal != null) {
                    img(s.seal(), seal, image == null ? "max-width:32mm" : "max-width:32mm;position:absolute;left:16.7%;top:50%;"
                            + "transform:translate(-50%,-50%)");
                }
                out.append("</div>");
            } else {
                out.append("<div style=\"height:").append(c.signatureSpaceLines() * 1.2).append("em\"></div>");
            }
            lineOfRuns(s.signer(), c.signerPt(), "font-weight:bold");
            out.append("</td>");
        }
        out.append("</tr></table>\n");
        if (signatures.size() > 1 && hasRecipients) {
            recipients(c, closing);
        }
    }

    private void img(String name, Images.Image image, String style) {
        out.append("<img alt=\"").append(esc(name)).append("\" style=\"").append(style).append("\" src=\"data:image/")
                .append(image.type()).append(";base64,").append(java.util.Base64.getEncoder().encodeToString(image.bytes()))
                .append("\">");
    }

    private void lineOfRuns(List<Run> runs, double size, String style) {
        out.append("<div style=\"font-size:").append(pt(size)).append(style.isEmpty() ? "" : ";" + style).append("\">");
        runs(runs);
        out.append("</div>");
    }

    private void recipients(Profile.Closing c, Closing closing) {
        String label = (c.labelBold() ? "font-weight:bold;" : "") + (c.labelItalic() ? "font-style:italic;" : "")
                + (c.labelUnderline() ? "text-decoration:underline" : "");
        line(c.recipientsLabel(), c.labelPt(), label);
        if (closing.recipients() != null) {
            closing.recipients().forEach(l -> lineOfRuns(l, c.recipientPt(), ""));
            return;
        }
        for (Recipient r : doc.recipients()) {
            line("- " + r.name() + (r.purpose() == null ? "" : " (" + r.purpose() + ")") + c.recipientSeparator(), c.recipientPt(), "");
        }
        if (doc.filing() != null) {
            line("- " + c.filingPrefix() + doc.filing() + ".", c.recipientPt(), "");
        }
    }

    private void table(Table t) {
        out.append("<table class=\"grid\">");
        if (!t.headerRows().isEmpty()) {
            out.append("<thead>");
            t.headerRows().forEach(this::row);
            out.append("</thead>");
        }
        out.append("<tbody>");
        for (Row r : t.rows()) {
            if (r.group()) {
                out.append("<tr><td colspan=\"").append(Math.max(1, t.widths().size())).append("\" style=\"font-weight:bold\">");
                r.cells().forEach(cell -> runs(cell.runs()));
                out.append("</td></tr>");
            } else {
                row(r.cells());
            }
        }
        out.append("</tbody></table>\n");
    }

    private void row(List<Cell> cells) {
        out.append("<tr>");
        for (Cell cell : cells) {
            out.append("<td").append(cell.colspan() > 1 ? " colspan=\"" + cell.colspan() + "\"" : "")
                    .append(cell.rowspan() > 1 ? " rowspan=\"" + cell.rowspan() + "\"" : "")
                    .append(cell.align() != null ? " style=\"text-align:" + cell.align() + "\"" : "").append('>');
            runs(cell.runs());
            out.append("</td>");
        }
        out.append("</tr>");
    }

    private void runs(List<Run> runs) {
        for (Run r : runs) {
            if (r.footnote()) {
                int n = ++noteCount;
                out.append("<sup><a href=\"#fn").append(n).append("\" id=\"ref").append(n).append("\">").append(n).append("</a></sup>");
                notes.append("<p id=\"fn").append(n).append("\"><sup>").append(n).append("</sup> ").append(esc(r.text()))
                        .append(" <a href=\"#ref").append(n).append("\">↩</a></p>");
                continue;
            }
            String text = esc(r.text());
            if (r.bold()) {
                text = "<b>" + text + "</b>";
            }
            if (r.italic()) {
                text = "<i>" + text + "</i>";
            }
            out.append(text);
        }
    }

    private static String mm(double length) {
        return String.format(Locale.ROOT, "%.1fmm", length);
    }

    private static String pt(double size) {
        return String.format(Locale.ROOT, "%.1fpt", size);
    }

    private static String esc(String text) {
        return TemplateData.escape(text);
    }
}

package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;

/**
 * The page-1 header and annex geometry NĐ 30 sets, measured in the DOCX against the text as the
 * Liberation fonts (Times New Roman's metric twins, the ones LibreOffice sets) draw it: rules 1/3 to 1/2
 * of the line above them, "Kính gửi:" dashes under the colon, the V/v summary 6 pt under the number,
 * header lines that fit their column, a rule under a state annex's title.
 */
class HeaderGeometryTest {
    private static final Renderer RENDERER = Renderer.standard();
    private static final Path FONTS = Path.of("/usr/share/fonts/truetype/liberation2");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    // the width in twips of text set in Liberation Serif, measured by the JDK from the font file
    private static double twips(String text, boolean bold, boolean italic, double pt) {
        String file = "LiberationSerif-" + (bold ? italic ? "BoldItalic" : "Bold" : italic ? "Italic" : "Regular") + ".ttf";
        Path path = FONTS.resolve(file);
        assumeTrue(Files.isRegularFile(path), "fonts-liberation2 (installed by .ci/run)");
        try {
            Font font = Font.createFont(Font.TRUETYPE_FONT, path.toFile()).deriveFont((float) pt);
            return font.getStringBounds(text, FRC).getWidth() * 20;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static XWPFDocument docx(Document document) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(RENDERER.docx(document)));
    }

    private static long ruleLength(XWPFParagraph rule, long column) {
        assertThat(rule.getText()).isEmpty();
        assertThat(rule.getBorderTop()).isEqualTo(Borders.SINGLE);
        return column - rule.getIndentationLeft() - rule.getIndentationRight();
    }

    private static long width(XWPFTableCell cell) {
        return cell.getWidth();
    }

    @Test
    void theRuleUnderTheIssuerIsAThirdToAHalfOfItsLine() throws IOException {
        for (String sample : List.of("125-UBND-KT", "1696-QD-UBND", "58-GM-UBND")) {
            try (XWPFDocument doc = docx(Samples.kindSample(sample))) {
                XWPFTableCell issuer = doc.getTables().get(0).getRow(0).getCell(0);
                List<XWPFParagraph> lines = issuer.getParagraphs();
                XWPFParagraph rule = lines.get(lines.size() - 1);
                double widest = lines.stream().filter(p -> !p.getText().isEmpty() && p.getRuns().get(0).isBold())
                        .mapToDouble(p -> twips(p.getText(), true, false, p.getRuns().get(0).getFontSizeAsDouble())).max().orElseThrow();
                double share = ruleLength(rule, width(issuer)) / widest;
                assertThat(share).as(sample + ": the rule against its issuer line").isBetween(1 / 3.0, 1 / 2.0);
            }
        }
    }

    @Test
    void theRuleUnderAStateTitleIsAThirdToAHalfOfTheSummary() throws IOException {
        Document plan = Samples.stateSamplePlan();
        try (XWPFDocument doc = docx(plan)) {
            List<XWPFParagraph> body = doc.getParagraphs();
            int kind = body.indexOf(body.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow());
            XWPFParagraph summary = body.get(kind + 1);
            long text = 9354; // 210 mm less 30 mm and 15 mm margins
            double line = Math.min(text, twips(summary.getText(), true, false, 14));
            assertThat(ruleLength(body.get(kind + 2), text) / line).isBetween(1 / 3.0, 1 / 2.0);
        }
    }

    @Test
    void kinhGuiDashesStandUnderTheColon() throws IOException {
        try (XWPFDocument doc = docx(Samples.kindSample("125-UBND-KT"))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            XWPFParagraph label = body.stream().filter(p -> p.getText().equals("Kính gửi:")).findFirst().orElseThrow();
            XWPFParagraph dash = body.get(body.indexOf(label) + 1);
            assertThat(dash.getText()).startsWith("- ");
            double colon = label.getIndentationLeft() + twips("Kính gửi", false, false, 14);
            assertThat((double) dash.getIndentationLeft()).as("the dash against the colon, twips").isCloseTo(colon,
                    org.assertj.core.data.Offset.offset(28.0)); // half a millimetre
        }
    }

    @Test
    void theLetterSummaryStandsSixPointsUnderTheNumber() throws IOException {
        try (XWPFDocument doc = docx(Samples.kindSample("125-UBND-KT"))) {
            XWPFParagraph subject = doc.getTables().get(0).getRow(1).getCell(0).getParagraphs().get(1);
            assertThat(subject.getText()).startsWith("V/v ");
            assertThat(subject.getSpacingBefore()).isEqualTo(120);
        }
    }

    @Test
    void headerLinesFitTheirColumnAndTheDateKeepsItsYear() throws IOException {
        for (String sample : List.of("12-CTr-DU", "25-CV-DU", "125-UBND-KT", "05-KL-TU")) {
            try (XWPFDocument doc = docx(Samples.kindSample(sample))) {
                XWPFTableCell issuer = doc.getTables().get(0).getRow(0).getCell(0);
                for (XWPFParagraph p : issuer.getParagraphs()) {
                    if (!p.getText().isBlank() && !p.getText().equals("*")) {
                        double size = p.getRuns().get(0).getFontSizeAsDouble();
                        assertThat(twips(p.getText(), p.getRuns().get(0).isBold(), false, size)).as(sample + ": " + p.getText())
                                .isLessThanOrEqualTo(width(issuer));
                    }
                }
                XWPFTableCell dateCell = doc.getTables().get(0).getRow(1).getCell(1);
                List<String> date = dateCell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
                for (String line : date) {
                    assertThat(twips(line, false, true, 14)).as(sample + ": " + line).isLessThanOrEqualTo(width(dateCell));
                }
                String last = date.get(date.size() - 1);
                assertThat(last).as(sample).matches("(.*, )?ngày \\d+ tháng \\d+ năm \\d{4}");
            }
        }
        // a body's name too wide for its column: broken before its place, never inside "THÀNH PHỐ", at its own size
        try (XWPFDocument doc = docx(Samples.stateSamplePlan())) {
            List<XWPFParagraph> issuer = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs();
            assertThat(issuer).extracting(XWPFParagraph::getText).startsWith("UBND TỈNH LAI CHÂU", "ỦY BAN NHÂN DÂN", "THÀNH PHỐ LAI CHÂU");
            assertThat(issuer.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
        }
        try (XWPFDocument doc = docx(Samples.kindSample("12-CTr-DU"))) {
            List<XWPFParagraph> issuer = doc.getTables().get(0).getRow(0).getCell(0).getParagraphs();
            assertThat(issuer).extracting(XWPFParagraph::getText).contains("ĐẢNG ỦY PHƯỜNG MINH HỌA"); // it fits: one line
            assertThat(issuer.get(1).getRuns().get(0).getFontSizeAsDouble()).as("HD 36's 14 pt kept").isEqualTo(14.0);
        }
        // a place too long for one line with its date: the place, then the whole date
        try (XWPFDocument doc = docx(Samples.kindSample("12-CTr-DU"))) {
            assertThat(doc.getTables().get(0).getRow(1).getCell(1).getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("Phường Minh Họa,", "ngày 10 tháng 9 năm 2026");
        }
    }

    @Test
    void aStateAnnexHasARuleUnderItsTitleAndNote() throws IOException {
        try (XWPFDocument doc = docx(Samples.kindSample("1696-QD-UBND"))) {
            List<XWPFParagraph> body = doc.getParagraphs();
            int title = body.indexOf(body.stream().filter(p -> p.getText().equals("DANH MỤC NỘI DUNG ỦY QUYỀN")).findFirst().orElseThrow());
            assertThat(body.get(title - 1).getText()).isEqualTo("Phụ lục");
            assertThat(body.get(title + 1).getText()).startsWith("(Kèm theo Quyết định số 1696/QĐ-UBND");
            double line = twips(body.get(title).getText(), true, false, 14);
            assertThat(ruleLength(body.get(title + 2), 9354) / line).isBetween(1 / 3.0, 1 / 2.0);
            assertThat(body.get(title + 3).getText()).startsWith("1.");
        }
    }

    @Test
    void aLogoStandsBesideTheIssuerWhoseFirstLineStaysLevelWithTheTitle(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/logo.png"), TemplateClosingTest.png(400, 300, java.awt.Color.RED));
        String plan = new String(Renderer.class.getResourceAsStream("/vn/vanban4j/render/templates/plan.ftlx").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("plan.ftlx"), plan.replace("<header/>", "<header logo=\"logo.png\"/>"));
        Renderer renderer = Renderer.fromTemplates(dir);
        for (Document sample : List.of(Samples.stateSamplePlan(), Samples.laiChauPlan())) {
            byte[] bytes = renderer.docx(sample);
            assertThat(OoxmlSchema.errors(bytes)).isEmpty();
            String xml = Zips.part(bytes, "word/document.xml");
            Matcher logo = Pattern.compile("<wp:anchor [^>]*layoutInCell=\"1\"[^>]*><wp:simplePos x=\"0\" y=\"0\"/>"
                    + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
                    + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                    + "<wp:extent cx=\"(\\d+)\" cy=\"(\\d+)\"/><wp:effectExtent [^>]*/><wp:wrapNone/>").matcher(xml);
            assertThat(logo.find()).as("the logo floats at the column's left, moving no text").isTrue();
            long logoWidth = Long.parseLong(logo.group(1)) / 635;
            long logoHeight = Long.parseLong(logo.group(2)) / 635;
            assertThat(logoWidth).as("16 mm wide, 4:3").isEqualTo(907);
            assertThat(logoHeight).isEqualTo(680);
            assertThat(xml.indexOf("<wp:anchor")).as("in the header's first row").isLessThan(xml.indexOf("</w:tr>"));
            assertThat(xml).doesNotContain("<wp:inline");
            try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes))) {
                org.apache.poi.xwpf.usermodel.XWPFTableRow row = doc.getTables().get(0).getRow(0);
                XWPFTableCell issuer = row.getCell(0);
                XWPFParagraph first = issuer.getParagraphs().get(0);
                XWPFParagraph title = row.getCell(1).getParagraphs().get(0);
                // level: the issuer column's first paragraph is a line of text, with the space before the title's has
                assertThat(first.getText()).as(sample.number().toString()).isNotBlank()
                        .isEqualTo(vn.vanban4j.model.VietnameseText.upper(sample.header().superiorLines().get(0)).substring(0, first.getText().length()));
                assertThat(first.getCTP().xmlText()).contains(":anchor");
                assertThat(first.getSpacingBefore()).isEqualTo(title.getSpacingBefore()).isZero();
                assertThat(row.getHeight()).as("the row is as tall as the logo at least").isGreaterThanOrEqualTo((int) logoHeight);
                for (XWPFParagraph p : issuer.getParagraphs()) {
                    assertThat((long) p.getIndentationLeft()).as("clear of the logo: " + p.getText()).isGreaterThan(logoWidth);
                    if (!p.getText().isBlank()) {
                        XWPFRun run = p.getRuns().get(p.getRuns().size() - 1);
                        assertThat(twips(p.getText(), run.isBold(), false, run.getFontSizeAsDouble())).as("fits beside the logo: " + p.getText())
                                .isLessThanOrEqualTo(width(issuer) - p.getIndentationLeft());
                    }
                }
            }
            assertThat(renderer.html(sample)).contains("position:relative;height:12.0mm;padding-left:17.5mm\"><img alt=\"logo.png\" "
                    + "style=\"position:absolute;left:0;top:0;width:16.0mm\"");
        }
    }
}

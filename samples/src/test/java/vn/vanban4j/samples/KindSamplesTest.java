package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Task;
import vn.vanban4j.render.Renderer;

/** Each kind sample rendered and read back from its DOCX: the structures each kind is known by. */
class KindSamplesTest {
    private static final Renderer RENDERER = Renderer.standard();

    private static XWPFDocument render(Document doc) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(RENDERER.docx(doc)));
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting \"" + start + "\" in " + texts(doc)));
    }

    private static XWPFTable closing(XWPFDocument doc) {
        return doc.getTables().stream().filter(t -> t.getText().contains("Nơi nhận:") || t.getText().contains("THƯ KÝ"))
                .findFirst().orElseThrow();
    }

    @Test
    void stateLetterHasNoKindLineAndPutsItsSubjectUnderTheNumber() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("125-UBND-KT"))) {
            XWPFTable header = doc.getTables().get(0);
            // the issuer breaks where the author broke it
            assertThat(header.getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .startsWith("ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI");
            assertThat(text(header.getRow(1).getCell(0)))
                    .isEqualTo("Số: 125/UBND-KT\nV/v tăng cường quản lý vật liệu xây dựng thông thường (mẫu minh họa của vanban4j)");
            assertThat(texts(doc)).doesNotContain("CÔNG VĂN").noneMatch(t -> t.equals("-----"));
            assertThat(texts(doc)).containsSubsequence("Kính gửi:", "- Các sở, ban, ngành thuộc UBND tỉnh;", "- Công an tỉnh;",
                    "- Ủy ban nhân dân các xã, phường.");
            assertThat(paragraph(doc, "Trong quá trình thực hiện").getText()).endsWith("xem xét, giải quyết./.");
            assertThat(text(closing(doc).getRow(0).getCell(0))).endsWith("- Lưu: VT, KT.");
        }
    }

    @Test
    void partyLetterFrom2026TakesTheHd05Profile() throws IOException {
        byte[] docx = RENDERER.docx(Samples.kindSample("25-CV-DU"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTableCell numberCell = doc.getTables().get(0).getRow(1).getCell(0);
            assertThat(text(numberCell)).isEqualTo("Số 25-CV/ĐU\nvề việc triển khai học tập chuyên đề năm 2026 (mẫu minh họa của vanban4j)");
            XWPFParagraph subject = numberCell.getParagraphs().get(1);
            assertThat(subject.getRuns()).allSatisfy(r -> {
                assertThat(r.isItalic()).isTrue();
                assertThat(r.getFontSizeAsDouble()).isEqualTo(12.0);
            });
            // one addressee stands on the "Kính gửi" line
            assertThat(texts(doc)).contains("Kính gửi: Các chi bộ trực thuộc.");
        }
        assertThat(Zips.part(docx, "word/settings.xml")).contains("<w:mirrorMargins/>");
    }

    @Test
    void decisionHasItsAuthorityBasesDecidesLineAndArticles() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("1696-QD-UBND"))) {
            List<String> texts = texts(doc);
            assertThat(texts).containsSubsequence("QUYẾT ĐỊNH", "Về việc ủy quyền cấp giấy phép sử dụng vật liệu nổ công nghiệp (mẫu minh họa của vanban4j)",
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "QUYẾT ĐỊNH:");
            XWPFParagraph decides = paragraph(doc, "QUYẾT ĐỊNH:");
            assertThat(decides.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(decides.getRuns().get(0).isBold()).isTrue();
            XWPFParagraph proposal = paragraph(doc, "Theo đề nghị của Giám đốc Sở Công Thương");
            assertThat(proposal.getRuns().get(0).isItalic()).isTrue();
            for (String article : new String[] {"Điều 1.", "Điều 2.", "Điều 3."}) {
                XWPFParagraph p = paragraph(doc, article + " ");
                assertThat(p.getRuns().get(0).text()).isEqualTo(article);
                assertThat(p.getRuns().get(0).isBold()).isTrue();
                assertThat(p.getRuns().get(1).isBold()).isFalse();
            }
            assertThat(text(closing(doc).getRow(0).getCell(0))).contains("- Như Điều 3;");
        }
    }

    @Test
    void resolutionDecidesWithQuyetNghiAndKeepsTheAuthorityLines() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("25-2026-NQ-HDND"))) {
            assertThat(texts(doc)).containsSubsequence("NGHỊ QUYẾT", "HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI", "KHÓA XVI, KỲ HỌP THỨ MƯỜI",
                    "QUYẾT NGHỊ:", "Điều 1. Phạm vi điều chỉnh");
            assertThat(text(doc.getTables().get(0).getRow(1).getCell(0))).isEqualTo("Số: 25/2026/NQ-HĐND");
        }
    }

    @Test
    void reportStacksTheAuthorityLinesAndEndsItsClosingSentence() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("45-BC-UBND"))) {
            assertThat(text(closing(doc).getRow(0).getCell(1)))
                    .startsWith("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n").endsWith("Hoàng Văn Minh Họa");
            assertThat(paragraph(doc, "Trên đây là báo cáo").getText()).endsWith("của Ủy ban nhân dân xã./.");
            // the data table's columns follow their relative widths 1 : 6 : 2
            XWPFTable table = doc.getTables().get(1);
            List<Long> grid = table.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
            assertThat(grid.get(1)).isBetween(grid.get(0) * 6 - 2, grid.get(0) * 6 + 2);
            assertThat(grid.get(2)).isBetween(grid.get(0) * 2 - 2, grid.get(0) * 2 + 2);
        }
    }

    @Test
    void submissionCentresItsAddressee() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("88-TTr-SCT"))) {
            assertThat(texts(doc)).containsSubsequence("TỜ TRÌNH", "Kính gửi: Ủy ban nhân dân tỉnh Lào Cai.");
            assertThat(paragraph(doc, "Kính gửi:").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            // in one's own right: the position alone above the name
            assertThat(text(closing(doc).getRow(0).getCell(1))).startsWith("GIÁM ĐỐC\n");
        }
    }

    @Test
    void invitationSaysWhenAndWhere() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("58-GM-UBND"))) {
            assertThat(texts(doc)).containsSubsequence("GIẤY MỜI", "Ủy ban nhân dân tỉnh trân trọng kính mời:",
                    "- Lãnh đạo Sở Nông nghiệp và Môi trường;", "- Chủ tịch Ủy ban nhân dân các xã, phường.",
                    "Thời gian: 08 giờ 00 phút, thứ Năm, ngày 10/9/2026", "Địa điểm: Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh");
            XWPFParagraph time = paragraph(doc, "Thời gian:");
            assertThat(time.getRuns().get(0).isBold()).isTrue();
            assertThat(text(closing(doc).getRow(0).getCell(1))).startsWith("TL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n");
        }
    }

    @Test
    void minutesSignSideBySideWithoutRecipients() throws IOException {
        try (XWPFDocument doc = render(Samples.kindSample("03-BB-DKT"))) {
            assertThat(texts(doc)).containsSubsequence("BIÊN BẢN", "Thời gian bắt đầu: 08 giờ 30 phút, ngày 18 tháng 3 năm 2026",
                    "Thành phần tham dự:", "Thư ký (người ghi biên bản): Bà Trần Thị B, thành viên Đoàn kiểm tra")
                    .noneMatch(t -> t.startsWith("Nơi nhận"));
            XWPFTable signatures = closing(doc);
            assertThat(signatures.getRow(0).getTableCells()).hasSize(2);
            assertThat(text(signatures.getRow(0).getCell(0))).startsWith("THƯ KÝ").endsWith("Trần Thị B");
            assertThat(text(signatures.getRow(0).getCell(1))).startsWith("TRƯỞNG ĐOÀN").endsWith("Nguyễn Văn A");
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs()).extracting(XWPFParagraph::getText)
                    .startsWith("SỞ CÔNG THƯƠNG", "ĐOÀN KIỂM TRA", "THEO QUYẾT ĐỊNH", "SỐ 1050/QĐ-SCT");
        }
    }

    @Test
    void programmeTaskTableHasWidthsMergedGroupsAndContinuedPageNumbers() throws IOException {
        byte[] docx = RENDERER.docx(Samples.kindSample("12-CTr-DU"));
        String xml = Zips.part(docx, "word/document.xml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable tasks = doc.getTables().stream().filter(t -> t.getText().contains("Nội dung nhiệm vụ")).findFirst().orElseThrow();
            List<Long> grid = tasks.getCTTbl().getTblGrid().getGridColList().stream()
                    .map(c -> ((java.math.BigInteger) c.getW()).longValue()).toList();
            assertThat(grid).hasSize(6);
            assertThat(grid.get(1)).isEqualTo(grid.stream().mapToLong(Long::longValue).max().orElseThrow());
            assertThat((double) grid.get(1) / grid.get(0)).isCloseTo(6 / 1.2, org.assertj.core.data.Offset.offset(0.01));
            // the header row repeats; group rows span the table in bold; task rows may break across pages
            assertThat(tasks.getRow(0).isRepeatHeader()).isTrue();
            assertThat(tasks.getRow(1).getTableCells()).hasSize(1);
            assertThat(tasks.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(6);
            assertThat(text(tasks.getRow(1).getCell(0))).isEqualTo("I NHÓM NHIỆM VỤ VỀ TUYÊN TRUYỀN");
            assertThat(tasks.getRow(1).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
            assertThat(tasks.getRow(2).isCantSplitRow()).isFalse();
            assertThat(tasks.getRows()).extracting(r -> text(r.getCell(0))).contains("II.1 Chuyển đổi số", "II.2 Cải cách hành chính");
            assertThat(text(tasks.getRow(2).getCell(4))).isEqualTo("quý IV/2026");
        }
        // the annex is landscape and continues the main text's page numbers (party-hd05-2026)
        List<String> sectPrs = Pattern.compile("<w:sectPr>.*?</w:sectPr>").matcher(xml).results().map(m -> m.group()).toList();
        assertThat(sectPrs).hasSize(2);
        assertThat(sectPrs.get(1)).contains("w:orient=\"landscape\"").doesNotContain("pgNumType");
    }

    @Test
    void headingsKeepWithTheirNextParagraph() throws IOException {
        try (XWPFDocument doc = render(Samples.laiChauPlan())) {
            XWPFParagraph heading = paragraph(doc, "I. MỤC ĐÍCH, YÊU CẦU");
            XWPFParagraph subheading = doc.getParagraphs().get(doc.getParagraphs().indexOf(heading) + 1);
            XWPFParagraph body = doc.getParagraphs().get(doc.getParagraphs().indexOf(heading) + 2);
            assertThat(subheading.getText()).isEqualTo("1. Mục đích");
            assertThat(body.getText()).startsWith("- Tiếp tục cụ thể hóa");
            assertThat(heading.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(subheading.getCTP().getPPr().isSetKeepNext()).isTrue();
            assertThat(body.getCTP().getPPr().isSetKeepNext()).isFalse();
        }
    }

    @Test
    void widowAndOrphanControlIsOnForEveryParagraph() throws IOException {
        String styles = Zips.part(RENDERER.docx(Samples.laiChauPlan()), "word/styles.xml");
        assertThat(styles).contains("<w:pPrDefault><w:pPr><w:widowControl/>");
    }

    @Test
    void stateTitleHasAShortRuleUnderIt() throws IOException {
        try (XWPFDocument doc = render(Samples.stateSamplePlan())) {
            XWPFParagraph summary = paragraph(doc, "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị năm 2023");
            XWPFParagraph rule = doc.getParagraphs().get(doc.getParagraphs().indexOf(summary) + 1);
            assertThat(rule.getText()).isEmpty();
            assertThat(rule.getCTP().getPPr().getPBdr().getTop().getVal().toString()).isEqualTo("single");
            long indent = ((java.math.BigInteger) rule.getCTP().getPPr().getInd().getLeft()).longValue();
            assertThat(indent).isGreaterThan(2000);
        }
    }

    @Test
    void hd36AnnexesRestartTheirPageNumbers() throws IOException {
        String xml = Zips.part(RENDERER.docx(Samples.caoBangPlan()), "word/document.xml");
        assertThat(xml).contains("<w:pgNumType w:start=\"1\"/>");
    }

    @Test
    void taskTableRowsAreTasksOfTheDocument() {
        Map<String, Document> all = Samples.all();
        assertThat(all).hasSize(15);
        Document programme = all.get("12-CTr-DU");
        assertThat(programme.tasks()).extracting(Task::deadline).contains("quý IV/2026", "trong năm 2027", "trong quý I/2027",
                "trước ngày 30/6/2027");
        assertThat(programme.tasks()).filteredOn(t -> "3".equals(t.marker())).singleElement()
                .satisfies(t -> assertThat(t.lead()).containsExactly("Ủy ban nhân dân phường"));
    }

    private static byte[] png(int width, int height) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLUE);
        g.drawLine(10, height - 20, width - 10, 20);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aSignatureImageStandsBetweenPositionAndName() throws Exception {
        Document report = Samples.kindSample("45-BC-UBND");
        vn.vanban4j.model.Signature s = report.signature();
        Document signed = vn.vanban4j.model.Plans.read(vn.vanban4j.model.Plans.toJson(report).replace(
                "\"signer\" : \"" + s.signer() + "\"", "\"signer\" : \"" + s.signer() + "\",\n    \"image\" : \"chu-ky.png\""), "signed.json");
        assertThat(signed.signature().image()).isEqualTo("chu-ky.png");
        Renderer renderer = RENDERER.withImages(Map.of("chu-ky.png", png(300, 120)));
        byte[] docx = renderer.docx(signed);
        assertThat(OoxmlSchema.errors(docx)).isEmpty();
        assertThat(renderer.docx(signed)).isEqualTo(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getPictureType()).isEqualTo(6)); // PNG
            XWPFTableCell cell = closing(doc).getRow(0).getCell(1);
            List<String> lines = cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int picture = 0;
            for (int i = 0; i < cell.getParagraphs().size(); i++) {
                if (!cell.getParagraphs().get(i).getRuns().isEmpty() && !cell.getParagraphs().get(i).getRuns().get(0).getEmbeddedPictures().isEmpty()) {
                    picture = i;
                }
            }
            assertThat(lines.get(picture - 1)).isEqualTo("PHÓ CHỦ TỊCH");
            assertThat(lines.get(picture + 1)).isEqualTo("Hoàng Văn Minh Họa");
            // 300 x 120 pixels at 96 dpi is wider than 40 mm: scaled to 40 mm, proportions kept
            long cx = cell.getParagraphs().get(picture).getRuns().get(0).getEmbeddedPictures().get(0).getCTPicture().getSpPr().getXfrm().getExt().getCx();
            assertThat(cx).isEqualTo(40 * 36000);
        }
        assertThat(renderer.html(signed)).contains("data:image/png;base64,");
        assertThatThrownBy(() -> RENDERER.docx(signed)).hasMessageContaining("the signature image \"chu-ky.png\" is not there");
        assertThatThrownBy(() -> RENDERER.withImages(Map.of("x.png", "GIF89a".getBytes()))).hasMessageContaining("x.png").hasMessageContaining("not a PNG or JPEG");
    }
}

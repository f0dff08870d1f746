package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;

/** The seed plans rendered to DOCX and read back with POI and docx4j: the layout of FORMATS.md. */
class SeedDocxTest {
    private static final Renderer RENDERER = Renderer.standard();

    private static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    private static XWPFRun firstRun(XWPFTableCell cell, String text) {
        for (XWPFParagraph p : cell.getParagraphs()) {
            if (p.getText().equals(text)) {
                return p.getRuns().get(0);
            }
        }
        throw new AssertionError("no paragraph \"" + text + "\" in " + text(cell));
    }

    @Test
    void laiChauHeaderNumberDateAndPage() throws Exception {
        byte[] docx = RENDERER.docx(Samples.laiChauPlan());
        try (XWPFDocument doc = read(docx)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            // Party practice margins 20 / 20 / 30 / 15 mm
            assertThat(sect.getPgMar().getTop()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(sect.getPgMar().getBottom()).isEqualTo(BigInteger.valueOf(1134));
            assertThat(sect.getPgMar().getLeft()).isEqualTo(BigInteger.valueOf(1701));
            assertThat(sect.getPgMar().getRight()).isEqualTo(BigInteger.valueOf(850));
            assertThat(sect.isSetTitlePg()).isTrue();

            XWPFTable header = doc.getTables().get(0);
            XWPFTableCell issuer = header.getRow(0).getCell(0);
            XWPFTableCell party = header.getRow(0).getCell(1);
            assertThat(text(issuer)).isEqualTo("ĐẢNG BỘ TỈNH LAI CHÂU\nTHÀNH ỦY LAI CHÂU\n*");
            XWPFRun superior = firstRun(issuer, "ĐẢNG BỘ TỈNH LAI CHÂU");
            assertThat(superior.isBold()).isFalse();
            assertThat(superior.getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(firstRun(issuer, "THÀNH ỦY LAI CHÂU").isBold()).isTrue();
            XWPFRun title = firstRun(party, "ĐẢNG CỘNG SẢN VIỆT NAM");
            assertThat(title.isBold()).isTrue();
            assertThat(title.getFontSizeAsDouble()).isEqualTo(15.0);
            assertThat(title.getUnderline().name()).isEqualTo("SINGLE");
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số 107-KH/ThU");
            XWPFRun date = firstRun(header.getRow(1).getCell(1), "TP. Lai Châu, ngày 26 tháng 12 năm 2022");
            assertThat(date.isItalic()).isTrue();

            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph kind = paragraphs.stream().filter(p -> p.getText().equals("KẾ HOẠCH")).findFirst().orElseThrow();
            assertThat(kind.getRuns().get(0).isBold()).isTrue();
            assertThat(kind.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(paragraphs).extracting(XWPFParagraph::getText)
                    .contains("thực hiện Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW"
                            + " \"Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2023",
                            "-----", "I. MỤC ĐÍCH, YÊU CẦU");

            // page 1 has an empty header; later pages carry the PAGE field, 14 pt, centred
            assertThat(doc.getHeaderFooterPolicy().getFirstPageHeader().getText()).isBlank();
            String pageHeader = doc.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0).getCTP().xmlText();
            assertThat(pageHeader).contains("PAGE").contains("w:val=\"center\"").contains("w:val=\"28\"");

            // the footnote listing the three Quy định is a real footnote
            var notes = doc.getFootnotes().stream().filter(n -> n.getCTFtnEdn().getId().intValue() > 0).toList();
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).getParagraphs().get(0).getText())
                    .contains("Quy định số 101-QĐ/TW", "Quy định số 55-QĐ/TW", "Quy định 08-QĐi/TW");

            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(text(closing.getRow(0).getCell(0))).startsWith("Nơi nhận:\n- Thường trực Tỉnh ủy (b/c),")
                    .endsWith("- Lưu VPThU.");
            String signature = text(closing.getRow(0).getCell(1));
            assertThat(signature).startsWith("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n").endsWith("Đặng Quang Chung");
            assertThat(firstRun(closing.getRow(0).getCell(1), "T/M BAN THƯỜNG VỤ").isBold()).isTrue();
            assertThat(firstRun(closing.getRow(0).getCell(1), "Đặng Quang Chung").isBold()).isTrue();
        }
    }

    @Test
    void caoBangHeaderSignatureAndAnnexes() throws Exception {
        Document plan = Samples.caoBangPlan();
        byte[] docx = RENDERER.docx(plan);
        try (XWPFDocument doc = read(docx)) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(text(header.getRow(0).getCell(0))).isEqualTo("TỈNH UỶ CAO BẰNG\n*");
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số 198-KH/TU");
            assertThat(text(header.getRow(1).getCell(1))).isEqualTo("Cao Bằng, ngày 18 tháng 01 năm 2023");
            // the body ends its section, then one section per annex, each numbered from 1; Biểu 3-5 landscape
            String xml = doc.getDocument().xmlText();
            assertThat(count(xml, "<w:sectPr")).isEqualTo(1 + plan.appendices().size());
            assertThat(count(xml, "w:orient=\"landscape\"")).isEqualTo(3);
            assertThat(count(xml, "<w:pgNumType w:start=\"1\"/>")).isEqualTo(plan.appendices().size());
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("BIỂU TỔNG HỢP", "ĐỀ CƯƠNG",
                    "(kèm theo Kế hoạch số 198-KH/TU, ngày 18/01/2023 của Tỉnh uỷ Cao Bằng)");
            // Biểu 4: two header rows, "Kết quả" spanning two columns, rows repeat and never split
            XWPFTable bieu4 = doc.getTables().stream().filter(t -> t.getText().contains("Nhiệm vụ hoặc vấn đề được xác định"))
                    .findFirst().orElseThrow();
            assertThat(bieu4.getRow(0).getCell(3).getText()).isEqualTo("Kết quả");
            assertThat(bieu4.getRow(0).getCell(3).getCTTc().getTcPr().getGridSpan().getVal()).isEqualTo(BigInteger.TWO);
            assertThat(bieu4.getRow(1).getCell(3).getText()).isEqualTo("Đã hoàn thành (nêu rõ kết quả)");
            assertThat(bieu4.getRow(0).isRepeatHeader()).isTrue();
            assertThat(bieu4.getRow(1).isRepeatHeader()).isTrue();
            assertThat(bieu4.getRow(2).isCantSplitRow()).isTrue();
            XWPFTable closing = doc.getTables().stream().filter(t -> t.getText().contains("Triệu Đình Lê")).findFirst().orElseThrow();
            assertThat(text(closing.getRow(0).getCell(1))).startsWith("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n")
                    .endsWith("Triệu Đình Lê");
            assertThat(text(closing.getRow(0).getCell(0))).endsWith("- Lưu Văn phòng Tỉnh uỷ.");
        }
    }

    @Test
    void sameInputSameBytesAndDocx4jOpensIt() throws Exception {
        byte[] first = RENDERER.docx(Samples.caoBangPlan());
        assertThat(RENDERER.docx(Samples.caoBangPlan())).isEqualTo(first);
        WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(first));
        assertThat(pkg.getMainDocumentPart().getContent()).isNotEmpty();
        assertThat(pkg.getMainDocumentPart().getFootnotesPart()).isNotNull();
    }

    @Test
    void draftLeavesNumberAndDayBlank() throws Exception {
        try (XWPFDocument doc = read(RENDERER.asDraft(true).docx(Samples.laiChauPlan()))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số       -KH/ThU");
            assertThat(text(header.getRow(1).getCell(1))).isEqualTo("TP. Lai Châu, ngày      tháng      năm 2022\nDỰ THẢO");
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

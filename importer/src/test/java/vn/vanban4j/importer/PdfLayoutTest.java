package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;

/**
 * Signed PDFs as e-office systems make them: a red seal drawn with hundreds of short strokes over the
 * header and the signature, around running text. The strokes must not be read as a table that cuts
 * the words ("ào Cai, ngày" out of "Lào Cai, ngày"). The PDF is drawn here, in the shape of the class.
 */
class PdfLayoutTest {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    @Test
    void aSealDrawnWithStrokesIsNotATable() throws IOException {
        byte[] pdf = letterWithSeal();
        Document doc = Importer.read(pdf, Importer.Format.PDF, "sealed.pdf").document();
        assertThat(doc.header().issuer()).isEqualTo("SỞ MINH HỌA");
        assertThat(doc.number()).hasToString("193/SMH-KT");
        assertThat(doc.place()).isEqualTo("Lào Cai");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("các xã, phường");
            assertThat(t.deadline()).isEqualTo("trước ngày 20/01/2026");
        });
    }

    @Test
    void aDayStampedALittleBelowTheDateLineBesideAHigherColumnIsTheDay() throws IOException {
        // e-office systems stamp the day at signing, a few points off the date line, which sits lower than the number beside it
        byte[] pdf = letter((cs, font, top) -> {
            String before = "Lào Cai, ngày ";
            cs.beginText();
            cs.setFont(font, 14);
            cs.newLineAtOffset(300, top - 44);
            cs.showText(before + "        tháng 01 năm 2026");
            cs.endText();
            cs.beginText();
            cs.setFont(font, 14);
            cs.newLineAtOffset(300 + font.getStringWidth(before) / 1000 * 14 + 4, top - 47);
            cs.showText("10");
            cs.endText();
        });
        Document doc = Importer.read(pdf, Importer.Format.PDF, "stamped.pdf").document();
        assertThat(doc.number()).hasToString("193/SMH-KT");
        assertThat(doc.place()).isEqualTo("Lào Cai");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(doc.summary()).isEqualTo("rà soát an toàn");
    }

    @Test
    void aBoxDrawnOverRunningTextIsNotATable() throws IOException {
        // a frame drawn over the right column, with two inner rules: the date line and the body run out of it
        byte[] pdf = letter((cs, font, top) -> {
            line(cs, font, 300, top - 40, "Lào Cai, ngày 10 tháng 01 năm 2026");
            for (float y : new float[] {top - 10, top - 250, top - 295}) {
                cs.moveTo(315, y);
                cs.lineTo(485, y);
            }
            for (float x : new float[] {404.5f, 457.5f}) { // its inner rules below the text, so they cut no word
                cs.moveTo(x, top - 250);
                cs.lineTo(x, top - 295);
            }
            cs.stroke();
        });
        Document doc = Importer.read(pdf, Importer.Format.PDF, "boxed.pdf").document();
        assertThat(doc.place()).isEqualTo("Lào Cai");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 1, 10));
        assertThat(doc.tasks()).singleElement().satisfies(t -> assertThat(t.deadline()).isEqualTo("trước ngày 20/01/2026"));
    }

    @Test
    void whiteShadingBehindTheLinesIsNotATable() throws IOException {
        // Word's white paragraph shading: a filled white box behind each line of the body, stacked edge to edge
        byte[] pdf = letter((cs, font, top) -> {
            line(cs, font, 300, top - 40, "Lào Cai, ngày 10 tháng 01 năm 2026");
            cs.setNonStrokingColor(1f, 1f, 1f);
            for (float y = top - 150; y < top - 100; y += 16) {
                cs.addRect(80, y, 420, 16);
                cs.fill();
                cs.addRect(82, y, 200, 16.4f);
                cs.fill();
            }
            cs.setNonStrokingColor(0f, 0f, 0f);
            line(cs, font, 90, top - 136, "và gửi về Sở Minh Họa để tổng hợp.");
        });
        ImportResult result = Importer.read(pdf, Importer.Format.PDF, "shaded.pdf");
        assertThat(result.findings()).noneMatch(f -> f.field().equals("$.tables"));
        assertThat(result.document().tasks()).singleElement().satisfies(t -> {
            assertThat(t.text()).contains("báo cáo kết quả trước ngày 20/01/2026").contains("gửi về Sở Minh Họa");
            assertThat(t.deadline()).isEqualTo("trước ngày 20/01/2026");
        });
    }

    @Test
    void aTaskTableWhoseBordersAreDrawnCellByCellGoesOnOverThePage() throws IOException {
        // Word's PDF: each cell's borders a thin filled box, a dot at each joint; the table's rows go on on page 2
        // without its header
        float[] xs = {60, 90, 300, 420, 540};
        String[][] page1 = {{"TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"},
            {"1.", "Thông báo kế hoạch bảo vệ", "Phòng Đào tạo", "Trước ngày 14/01/2026"},
            {"2.", "Nộp đơn đăng ký bảo vệ", "Sinh viên", "Trước ngày 18/01/2026"}};
        String[][] page2 = {{"3.", "Gửi tờ trình về Phòng Đào tạo", "Khoa Kỹ thuật", "Trước ngày 19/01/2026"},
            {"4.", "Tổ chức bảo vệ đồ án", "Hội đồng", "Trước ngày 23/01/2026"}};
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            for (String[][] rows : new String[][][] {page1, page2}) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float top = 780;
                    if (rows == page1) {
                        line(cs, font, 60, 800, "TRƯỜNG ĐẠI HỌC MINH HỌA");
                        line(cs, font, 300, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                        line(cs, font, 70, 784, "PHÒNG ĐÀO TẠO");
                        line(cs, font, 330, 784, "Độc lập - Tự do - Hạnh phúc");
                        line(cs, font, 60, 764, "Số: 12/TB-ĐT");
                        line(cs, font, 300, 764, "Minh Họa, ngày 10 tháng 01 năm 2026");
                        line(cs, font, 250, 740, "THÔNG BÁO");
                        line(cs, font, 200, 724, "Kế hoạch bảo vệ đồ án tốt nghiệp");
                        top = 700;
                    }
                    for (int r = 0; r < rows.length; r++) {
                        float y = top - r * 30;
                        for (int c = 0; c < 4; c++) {
                            line(cs, font, xs[c] + 4, y - 18, rows[r][c]);
                            cs.addRect(xs[c] + 0.5f, y, xs[c + 1] - xs[c] - 0.5f, 0.5f); // the top border of this cell only
                            cs.addRect(xs[c], y - 30, 0.5f, 30); // its left border
                            cs.addRect(xs[c], y, 0.5f, 0.5f); // the joint
                        }
                        cs.addRect(xs[4], y - 30, 0.5f, 30);
                        cs.fill();
                    }
                    float bottom = top - rows.length * 30;
                    for (int c = 0; c < 4; c++) {
                        cs.addRect(xs[c] + 0.5f, bottom, xs[c + 1] - xs[c] - 0.5f, 0.5f);
                    }
                    cs.fill();
                    if (rows == page2) {
                        line(cs, font, 330, bottom - 40, "TRƯỞNG PHÒNG");
                        line(cs, font, 330, bottom - 100, "Trần Minh Hòa");
                    }
                }
            }
            doc.save(out);
            Document read = Importer.read(out.toByteArray(), Importer.Format.PDF, "table.pdf").document();
            assertThat(read.tasks()).extracting(t -> t.text()).containsExactly("Thông báo kế hoạch bảo vệ", "Nộp đơn đăng ký bảo vệ",
                    "Gửi tờ trình về Phòng Đào tạo", "Tổ chức bảo vệ đồ án");
            assertThat(read.tasks()).extracting(t -> t.lead().get(0)).containsExactly("Phòng Đào tạo", "Sinh viên", "Khoa Kỹ thuật",
                    "Hội đồng");
            assertThat(read.tasks()).extracting(t -> t.deadline()).containsExactly("Trước ngày 14/01/2026", "Trước ngày 18/01/2026",
                    "Trước ngày 19/01/2026", "Trước ngày 23/01/2026");
        }
    }

    private static byte[] letterWithSeal() throws IOException {
        return letter((cs, font, top) -> {
            line(cs, font, 300, top - 40, "Lào Cai, ngày 10 tháng 01 năm 2026");
            // the seal: short strokes a few points apart, over the place-and-date and the body
            cs.setStrokingColor(0.9f, 0.1f, 0.1f);
            for (float y = top - 250; y < top - 20; y += 16) {
                for (float x = 250; x < 480; x += 4) {
                    cs.moveTo(x, y);
                    cs.lineTo(x + 3, y);
                    cs.moveTo(x, y);
                    cs.lineTo(x, y - 14);
                }
                cs.moveTo(250, y);
                cs.lineTo(480, y);
            }
            cs.stroke();
        });
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(PDPageContentStream cs, PDType0Font font, float top) throws IOException;
    }

    // a Sở's letter on one A4 page; {@code dateAndMore} draws its place-and-date and whatever else the case needs
    private static byte[] letter(Drawing dateAndMore) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = 800;
                line(cs, font, 60, top, "UBND TỈNH MINH HỌA");
                line(cs, font, 300, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
                line(cs, font, 70, top - 16, "SỞ MINH HỌA");
                line(cs, font, 330, top - 16, "Độc lập - Tự do - Hạnh phúc");
                line(cs, font, 60, top - 40, "Số: 193/SMH-KT");
                line(cs, font, 60, top - 58, "V/v rà soát an toàn");
                line(cs, font, 200, top - 90, "Kính gửi: Ủy ban nhân dân các xã, phường.");
                line(cs, font, 90, top - 120, "Sở Minh Họa đề nghị các xã, phường báo cáo kết quả trước ngày 20/01/2026.");
                line(cs, font, 300, top - 170, "GIÁM ĐỐC");
                line(cs, font, 300, top - 230, "Trần Minh Hòa");
                dateAndMore.draw(cs, font, top);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream cs, PDType0Font font, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    @Test
    void linesEveryPageRepeatsAreNotText() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            String[][] pages = {
                {"UBND TỈNH MINH HỌA", "Số: 12/SMH-KT", "Minh Họa, ngày 10 tháng 01 năm 2026", "V/v rà soát an toàn",
                    "Kính gửi: Ủy ban nhân dân các xã.", "1. Các xã rà soát các cơ sở trước ngày 20/01/2026."},
                {"2. Các xã báo cáo kết quả trước ngày 30/01/2026."},
                {"3. Các xã tổ chức kiểm tra trong quý I/2026.", "GIÁM ĐỐC", "Trần Minh Hòa"}};
            for (int p = 0; p < pages.length; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    if (p > 0) {
                        line(cs, font, 200, 820, "Công văn số 12/SMH-KT của Sở Minh Họa");
                    }
                    for (String text : pages[p]) {
                        line(cs, font, 70, y, text);
                        y -= 20;
                    }
                    line(cs, font, 250, 40, "Trang " + (p + 1) + "/3");
                }
            }
            doc.save(out);
            ImportResult result = Importer.read(out.toByteArray(), Importer.Format.PDF, "pages.pdf");
            Document read = result.document();
            java.util.List<String> texts = new java.util.ArrayList<>(read.preamble());
            read.sections().forEach(section -> Document.visit(section, b -> {
                if (b instanceof vn.vanban4j.model.Paragraph p) {
                    texts.add(p.text());
                }
            }));
            result.findings().forEach(f -> texts.add(String.valueOf(f.value())));
            assertThat(texts).noneMatch(t -> t.contains("Trang ") || t.contains("của Sở Minh Họa"));
            assertThat(read.tasks()).extracting(t -> t.text()).containsExactly("Các xã rà soát các cơ sở trước ngày 20/01/2026.",
                    "Các xã báo cáo kết quả trước ngày 30/01/2026.", "Các xã tổ chức kiểm tra trong quý I/2026.");
        }
    }

    @Test
    void footnotesAtTheFootOfThePageAreApartFromTheText() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String text : new String[] {"UBND TỈNH MINH HỌA", "Số: 12/SMH-KT", "Minh Họa, ngày 10 tháng 01 năm 2026",
                    "V/v rà soát an toàn", "Kính gửi: Ủy ban nhân dân các xã."}) {
                    line(cs, font, 70, y, text);
                    y -= 20;
                }
                line(cs, font, 70, y, "Sở Minh Họa đề nghị các xã thực hiện Quyết định số 15/QĐ-UBND");
                cs.beginText(); // the mark: a small raised "1"
                cs.setFont(font, 7);
                cs.newLineAtOffset(70 + font.getStringWidth("Sở Minh Họa đề nghị các xã thực hiện Quyết định số 15/QĐ-UBND") / 1000 * 12, y + 5);
                cs.showText("1");
                cs.endText();
                line(cs, font, 70, y - 20, "và báo cáo trước ngày 20/01/2026.");
                line(cs, font, 300, y - 80, "GIÁM ĐỐC");
                line(cs, font, 300, y - 140, "Trần Minh Hòa");
                cs.beginText();
                cs.setFont(font, 9);
                cs.newLineAtOffset(70, 60);
                cs.showText("1 Quyết định về an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh.");
                cs.endText();
            }
            doc.save(out);
            Document read = Importer.read(out.toByteArray(), Importer.Format.PDF, "notes.pdf").document();
            assertThat(read.tasks()).singleElement().satisfies(t -> {
                assertThat(t.text()).isEqualTo("Sở Minh Họa đề nghị các xã thực hiện Quyết định số 15/QĐ-UBND và báo cáo trước ngày 20/01/2026.");
                assertThat(t.footnotes()).singleElement().satisfies(f -> {
                    assertThat(f.after()).isEqualTo("Quyết định số 15/QĐ-UBND");
                    assertThat(f.text()).isEqualTo("Quyết định về an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh.");
                });
            });
        }
    }

    @Test
    void annexesNumberedAtopTheirPagesAreNoRunningTitleAndTheNameUnderTheSignatureStaysTheSigner() throws IOException {
        // "PHỤ LỤC 1" and "PHỤ LỤC 2" each open a page: the same words but for the number, yet two annexes
        String[][] pages = {
            {"UBND TỈNH MINH HỌA", "Số: 19/KH-UBND", "Minh Họa, ngày 05 tháng 6 năm 2026", "KẾ HOẠCH", "Chuyển đổi số năm 2026",
                "I. NHIỆM VỤ", "Các sở, ngành thực hiện các nhiệm vụ tại Phụ lục 1 và Phụ lục 2.", "Nơi nhận:", "- Lưu: VT.", "CHỦ TỊCH",
                "Nguyễn Minh Hùng"},
            {"PHỤ LỤC 1", "DANH MỤC CÁC NHIỆM VỤ NĂM 2026", "1. Sở Nội vụ rà soát tài liệu lưu trữ trong năm 2026."},
            {"PHỤ LỤC 2", "PHÂN CÔNG THEO DÕI CÁC CHỈ TIÊU", "1. Sở Y tế theo dõi tỷ lệ hồ sơ bệnh án điện tử trước ngày 30/11/2026."}};
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = PDType0Font.load(doc, FONT.toFile());
            for (String[] lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (String text : lines) {
                        line(cs, font, text.equals(text.toUpperCase(java.util.Locale.ROOT)) ? 200 : 70, y, text);
                        y -= 20;
                    }
                }
            }
            doc.save(out);
            Document read = Importer.read(out.toByteArray(), Importer.Format.PDF, "plan.pdf").document();
            assertThat(read.appendices()).extracting(a -> a.heading()).containsExactly("PHỤ LỤC 1", "PHỤ LỤC 2");
            assertThat(read.signature().signer()).isEqualTo("Nguyễn Minh Hùng");
            assertThat(read.tasks()).extracting(t -> t.lead().get(0)).contains("Sở Nội vụ", "Sở Y tế");
        }
    }
}

package vn.vanban4j.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** Small documents of each format for the jobs to read: a seed plan as DOCX, a letter as PDF, a plan as text, a broken file. */
final class TestInputs {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    /** A state plan as text extracted from a PDF would give it. */
    static final String PLAN_TEXT = String.join("\n",
            "ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "HUYỆN MINH HỌA           Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND           Minh Họa, ngày 05 tháng 3 năm 2026",
            "",
            "KẾ HOẠCH",
            "Kiểm tra an toàn phòng cháy tại các trường học năm 2026",
            "",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Bảo đảm an toàn cho học sinh và giáo viên.",
            "II. NỘI DUNG",
            "1. Phòng Giáo dục và Đào tạo rà soát hệ thống phòng cháy của các trường, hoàn thành trước ngày 30/4/2026.",
            "2. Công an huyện tổ chức kiểm tra tại các trường trong quý III năm 2026.",
            "",
            "TM. ỦY BAN NHÂN DÂN",
            "CHỦ TỊCH",
            "Nguyễn Văn Minh",
            "");

    private TestInputs() {
    }

    /** The Lai Châu seed plan (107-KH/ThU) rendered by the library. */
    static byte[] docx() {
        return Renderer.standard().docx(Samples.laiChauPlan());
    }

    /** A one-page letter of a department, drawn with PDFBox. */
    static byte[] pdf() throws IOException {
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
                line(cs, font, 300, top - 40, "Lào Cai, ngày 10 tháng 01 năm 2026");
                line(cs, font, 60, top - 58, "V/v rà soát an toàn");
                line(cs, font, 200, top - 90, "Kính gửi: Ủy ban nhân dân các xã, phường.");
                line(cs, font, 90, top - 120, "Sở Minh Họa đề nghị các xã, phường báo cáo kết quả trước ngày 20/01/2026.");
                line(cs, font, 300, top - 170, "GIÁM ĐỐC");
                line(cs, font, 300, top - 230, "Trần Minh Hòa");
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

    /** Writes the three documents, a DOCX that is no zip and a file of another format into {@code dir}. */
    static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("2026"));
        Files.write(dir.resolve("107-KH-ThU.docx"), docx());
        Files.write(dir.resolve("2026/193-SMH-KT.pdf"), pdf());
        Files.writeString(dir.resolve("2026/45-KH-UBND.txt"), PLAN_TEXT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("broken.docx"), "not a zip", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("notes.odt"), "another format", StandardCharsets.UTF_8);
    }
}

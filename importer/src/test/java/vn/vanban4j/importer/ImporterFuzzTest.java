package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/**
 * Fuzz properties: whatever bytes come in as a DOCX, a PDF or text, the importer returns a document
 * or refuses with an {@link ImportException} naming the input; no other exception, no hang (the
 * limits' time bounds each try).
 */
class ImporterFuzzTest {
    private static final byte[] DOCX = Renderer.standard().docx(Samples.stateSamplePlan());
    private static final byte[] PDF = pdf();
    private static final List<String> FRAGMENTS = List.of("UBND TỈNH MINH HỌA", "SỞ Y TẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ĐẢNG CỘNG SẢN VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-SYT", "Số 15-KH/TU", "Số:", "215 /PGDĐT",
            "Minh Họa, ngày 05 tháng 3 năm 2026", "Minh Họa,", "ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "V/v rà soát", "Kính gửi:",
            "- Các sở, ban, ngành;", "I. TỔ CHỨC THỰC HIỆN", "1. Sở Y tế:", "a) Rà soát, hoàn thành trước ngày 15/3/2026.",
            "- Đơn vị chủ trì: Phòng Y.", "Thời gian hoàn thành: quý II/2026.", "Đề nghị các trường báo cáo trước ngày 10-6.",
            "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH", "Trần Minh Hòa", "|", "**", "*", "1.1.1.1.1", "\t", "    ",
            "\u0301\u0301\u0301", "\f", "./.", "(", ")", ":", "PHỤ LỤC", "Biểu 1", "Điều 1.");

    private static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf").toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 800;
                for (String line : List.of("UBND TỈNH MINH HỌA", "Số: 12/SMH-KT     Minh Họa, ngày 10 tháng 01 năm 2026",
                        "V/v rà soát", "Sở Minh Họa đề nghị các xã báo cáo trước ngày 20/01/2026.")) {
                    cs.beginText();
                    cs.setFont(font, 12);
                    cs.newLineAtOffset(60, y);
                    cs.showText(line);
                    cs.endText();
                    y -= 20;
                }
                cs.addRect(50, 600, 200, 100);
                cs.stroke();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Flip(int at, int value) {
    }

    @Provide
    Arbitrary<List<Flip>> flips() {
        return Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 255))
                .as(Flip::new).list().ofMinSize(1).ofMaxSize(8);
    }

    private static byte[] mutate(byte[] bytes, List<Flip> flips) {
        byte[] out = bytes.clone();
        for (Flip f : flips) {
            out[f.at() % out.length] = (byte) f.value();
        }
        return out;
    }

    private static void readsOrRefuses(byte[] bytes, Importer.Format format) {
        try {
            assertThat(Importer.read(bytes, format, "fuzz").document()).isNotNull();
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }

    @Property(tries = 150)
    void aDamagedDocxIsReadOrRefused(@ForAll("flips") List<Flip> flips) {
        readsOrRefuses(mutate(DOCX, flips), Importer.Format.DOCX);
    }

    @Property(tries = 150)
    void aDamagedPdfIsReadOrRefused(@ForAll("flips") List<Flip> flips) {
        readsOrRefuses(mutate(PDF, flips), Importer.Format.PDF);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("\n", "\n\n", " ", "      "));
        return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Property(tries = 400)
    void anyTextIsReadOrRefused(@ForAll("texts") String text) {
        try {
            assertThat(Importer.readText(text, "fuzz").document()).isNotNull();
        } catch (ImportException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }
}

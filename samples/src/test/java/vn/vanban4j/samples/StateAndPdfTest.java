package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/** The state layout read back from DOCX; the PDF read back with pdftotext; the HTML preview. */
class StateAndPdfTest {
    private static final Renderer RENDERER = Renderer.standard();
    private static final PdfConverter PDF = PdfConverter.standard();

    @TempDir
    Path dir;

    @AfterAll
    static void stopOffice() {
        PDF.close();
    }

    private static String text(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
    }

    @Test
    void stateLayout() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(RENDERER.docx(Samples.stateSamplePlan())))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(text(header.getRow(0).getCell(0))).startsWith("UBND TỈNH LAI CHÂU\nỦY BAN NHÂN DÂN\nTHÀNH PHỐ LAI CHÂU"); // too wide for one line: broken before its place
            assertThat(text(header.getRow(0).getCell(1)))
                    .isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
            assertThat(header.getRow(0).getCell(1).getParagraphs().get(1).getRuns().get(0).getUnderline().name())
                    .isEqualTo("SINGLE");
            assertThat(header.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
            assertThat(text(header.getRow(1).getCell(0))).isEqualTo("Số: 15/KH-UBND");
            assertThat(text(header.getRow(1).getCell(1))).isEqualTo("TP. Lai Châu, ngày 10 tháng 01 năm 2023");
            // legal bases italic, "./." after the last paragraph
            XWPFParagraph basis = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Căn cứ Chỉ thị")).findFirst()
                    .orElseThrow();
            assertThat(basis.getRuns().get(0).isItalic()).isTrue();
            // "./." ends the last paragraph of the body instead of standing alone
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("./.")
                    .anyMatch(t -> t.startsWith("Thủ trưởng các cơ quan") && t.endsWith("để xem xét, giải quyết./."));
            // the enacting sentence is not a basis: upright
            XWPFParagraph enacting = doc.getParagraphs().stream().filter(p -> p.getText().startsWith("Ủy ban nhân dân thành phố ban hành"))
                    .findFirst().orElseThrow();
            assertThat(enacting.getRuns().get(0).isItalic()).isFalse();
            XWPFTable closing = doc.getTables().get(doc.getTables().size() - 1);
            assertThat(text(closing.getRow(0).getCell(0))).startsWith("Nơi nhận:\n- Thường trực Thành ủy (b/c);")
                    .endsWith("- Lưu: VT, VP.");
            assertThat(closing.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isItalic()).isTrue();
            assertThat(text(closing.getRow(0).getCell(1))).startsWith("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n");
        }
    }

    @Test
    void htmlPreviewUsesTheProfileFontsAndTheSameText() {
        String html = RENDERER.html(Samples.laiChauPlan());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("font-family:'Times New Roman','Liberation Serif'")
                .contains("THÀNH ỦY LAI CHÂU", "Số 107-KH/ThU", "TP. Lai Châu, ngày 26 tháng 12 năm 2022", "T/M BAN THƯỜNG VỤ",
                        "Đặng Quang Chung", "id=\"fn1\"");
        assertThat(RENDERER.html(Samples.laiChauPlan())).isEqualTo(html);
    }

    @Test
    void pdfPagesTitlePositionAndPageNumbers() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils (installed by .ci/run)");
        Path pdf = dir.resolve("107.pdf");
        Files.write(pdf, PDF.pdf(RENDERER.docx(Samples.laiChauPlan())));
        String info = run("pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        assertThat(pages).isBetween(8, 12);
        String first = run("pdftotext", "-layout", "-f", "1", "-l", "1", pdf.toString(), "-");
        String firstLine = first.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
        assertThat(firstLine.indexOf("ĐẢNG CỘNG SẢN VIỆT NAM")).isGreaterThan(firstLine.indexOf("ĐẢNG BỘ TỈNH LAI CHÂU"));
        assertThat(first).doesNotContain("\n1\n");
        String second = run("pdftotext", "-layout", "-f", "2", "-l", "2", pdf.toString(), "-");
        assertThat(second.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip()).isEqualTo("2");
    }

    @Test
    void aDocumentWithFootnotesStartsPageOneWhereOneWithoutDoes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/pdftotext")), "poppler-utils (installed by .ci/run)");
        byte[] withNotes = RENDERER.docx(Samples.laiChauPlan());
        byte[] without = RENDERER.docx(Samples.caoBangPlan());
        assertThat(Zips.part(withNotes, "word/footnotes.xml")).contains("<w:footnote w:id=\"1\">");
        assertThat(Zips.part(without, "word/footnotes.xml")).doesNotContain("<w:footnote w:id=\"1\">");
        // LibreOffice sets the header table a line lower when a footnote is anywhere in the document, unless a paragraph precedes it
        assertThat(Zips.part(withNotes, "word/document.xml")).contains("<w:body><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\""
                + " w:line=\"1\" w:lineRule=\"exact\"/>");
        assertThat(Zips.part(without, "word/document.xml")).contains("<w:body><w:tbl>");
        assertThat(firstWordTop(withNotes, "107.pdf")).as("the header's top, pt from the page's top")
                .isCloseTo(firstWordTop(without, "198.pdf"), org.assertj.core.data.Offset.offset(0.5));
    }

    // where the first word of page 1 begins, in points from the page's top, as pdftotext -bbox reads the PDF
    private double firstWordTop(byte[] docx, String name) throws Exception {
        Path pdf = dir.resolve(name);
        Files.write(pdf, PDF.pdf(docx));
        String words = run("pdftotext", "-f", "1", "-l", "1", "-bbox", pdf.toString(), "-");
        java.util.regex.Matcher top = java.util.regex.Pattern.compile("<word [^>]*yMin=\"([0-9.]+)\"").matcher(words);
        assertThat(top.find()).as(words).isTrue();
        return Double.parseDouble(top.group(1));
    }

    @Test
    void missingLibreOfficeIsAClearError() {
        try (PdfConverter none = PdfConverter.withOfficeHome(dir.resolve("no-office"), Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> none.pdf(new byte[] {1})).isInstanceOf(RenderException.class)
                    .hasMessageContaining("LibreOffice is not installed").hasMessageContaining("libreoffice-writer-nogui");
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}

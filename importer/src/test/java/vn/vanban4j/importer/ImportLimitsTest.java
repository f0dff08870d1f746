package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Received files built to exhaust the host, each made here and small: every one ends in a few
 * seconds with one line naming the file and the limit's setting (ImportLimits), never a hang, a
 * StackOverflowError or an OutOfMemoryError.
 */
class ImportLimitsTest {
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    private static ImportException refusal(byte[] bytes, Importer.Format format, ImportLimits limits) {
        return assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                Importer.read(bytes, format, "hostile." + format.name().toLowerCase(java.util.Locale.ROOT), limits);
            } catch (ImportException e) {
                return e;
            }
            throw new AssertionError("read without a refusal");
        });
    }

    // ---- DOCX

    private static byte[] docxWithBody(String bodyXml) throws IOException {
        ByteArrayOutputStream base = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("x");
            doc.write(base);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(base.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            + "wordprocessingml/2006/main\"><w:body>" + bodyXml + "</w:body></w:document>").getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void twentyThousandFootnoteMarksInOneParagraph() throws IOException {
        String marks = "<w:r><w:footnoteReference w:id=\"1\"/></w:r>".repeat(20_000);
        byte[] docx = docxWithBody("<w:p>" + marks + "</w:p>");
        assertThat(refusal(docx, Importer.Format.DOCX, ImportLimits.DEFAULT))
                .hasMessage("hostile.docx: holds more than 5000 footnotes and footnote marks; the limit is ImportLimits.footnotes");
    }

    @Test
    void tablesNestedTenThousandDeep() throws IOException {
        String open = "<w:tbl><w:tr><w:tc>".repeat(10_000);
        String close = "</w:tc></w:tr></w:tbl>".repeat(10_000);
        byte[] docx = docxWithBody(open + "<w:p/>" + close);
        assertThat(refusal(docx, Importer.Format.DOCX, ImportLimits.DEFAULT).getMessage())
                .startsWith("hostile.docx: word/document.xml nests deeper than 200 levels").endsWith("the limit is ImportLimits.xmlDepth");
    }

    @Test
    void aDtdOrBrokenXmlIsNamedNotCalledNotADocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">]><d>&a;</d>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(refusal(out.toByteArray(), Importer.Format.DOCX, ImportLimits.DEFAULT).getMessage())
                .startsWith("hostile.docx: word/document.xml declares a DTD");
        byte[] broken = docxWithBody("<w:p><w:r>");
        assertThat(refusal(broken, Importer.Format.DOCX, ImportLimits.DEFAULT).getMessage())
                .startsWith("hostile.docx: word/document.xml is not well-formed XML (line 1, column");
    }

    @Test
    void aZipBombStopsAtTheUnzippedLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        ImportLimits limits = new ImportLimits(64L << 20, 4L << 20, 1_000, 200, 100_000, 5_000, 2_000, 100_000, 16L << 20, 2_000,
                20_000_000, 200_000, Duration.ofSeconds(60));
        assertThat(refusal(out.toByteArray(), Importer.Format.DOCX, limits).getMessage())
                .startsWith("hostile.docx: unzips to more than 4 MB").endsWith("the limit is ImportLimits.unzippedBytes");
    }

    // ---- PDF

    @Test
    void formsThatDrawEachOtherABillionTimes() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            PDFormXObject inner = form(pdf, "BT /F1 12 Tf 10 10 Td (x) Tj ET", null);
            for (int level = 0; level < 30; level++) { // each form draws the one below it twice: 2^30 drawings
                inner = form(pdf, "/Fx Do /Fx Do", inner);
            }
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("Fx"), inner);
            page.setResources(resources);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.drawForm(inner);
            }
            pdf.save(out);
            assertThat(refusal(out.toByteArray(), Importer.Format.PDF, ImportLimits.DEFAULT))
                    .hasMessage("hostile.pdf: holds more than 2000 form drawings on a page; the limit is ImportLimits.formCalls");
        }
    }

    private static PDFormXObject form(PDDocument pdf, String content, PDFormXObject drawn) throws IOException {
        PDStream stream = new PDStream(pdf);
        try (var os = stream.createOutputStream()) {
            os.write(content.getBytes(StandardCharsets.US_ASCII));
        }
        PDFormXObject form = new PDFormXObject(stream);
        form.setBBox(new PDRectangle(0, 0, 100, 100));
        PDResources resources = new PDResources();
        resources.put(COSName.getPDFName("F1"), new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        if (drawn != null) {
            resources.put(COSName.getPDFName("Fx"), drawn);
        }
        form.setResources(resources);
        return form;
    }

    @Test
    void aPageOfTooManyGlyphsOrTooMuchContentOrTooManyPages() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 1);
                cs.newLineAtOffset(10, 10);
                cs.showText("a".repeat(120_000));
                cs.endText();
            }
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
            byte[] bytes = out.toByteArray();
            assertThat(refusal(bytes, Importer.Format.PDF, ImportLimits.DEFAULT))
                    .hasMessage("hostile.pdf: holds more than 100000 glyphs on a page; the limit is ImportLimits.glyphsPerPage");
            ImportLimits smallContent = new ImportLimits(64L << 20, 256L << 20, 1_000, 200, 100_000, 5_000, 2_000, 200_000, 64 << 10,
                    2_000, 20_000_000, 200_000, Duration.ofSeconds(60));
            assertThat(refusal(bytes, Importer.Format.PDF, smallContent))
                    .hasMessage("hostile.pdf: a page's content unpacks to more than 64 KB; the limit is ImportLimits.contentBytes");
            assertThat(refusal(bytes, Importer.Format.PDF, ImportLimits.DEFAULT.withPages(2)))
                    .hasMessage("hostile.pdf: holds more than 2 pages; the limit is ImportLimits.pages");
        }
    }

    // ---- text

    @Test
    void textLinesOfSpacesMarksAndNumbersCostLinearTime() {
        String header = "UBND TỈNH MINH HỌA\nSố: 12/KH-UBND          Minh Họa, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nThử\n";
        // a megabyte of spaces on one line: refused by its length, at once
        assertThat(refusal((header + " ".repeat(1 << 20) + "x").getBytes(StandardCharsets.UTF_8), Importer.Format.TEXT,
                ImportLimits.DEFAULT)).hasMessage("hostile.text: line 5 is longer than 200000 characters; the limit is ImportLimits.lineChars");
        // under the line limit, spaces, stacked combining marks and a 2,000-deep outline number read in linear time
        assertTimeoutPreemptively(QUICKLY, () -> {
            Importer.readText(header + "1. Các sở thực hiện" + " ".repeat(150_000) + "x\n", "spaces.txt");
            Importer.readText(header + "1. Các sở thực hiện a" + "\u0301".repeat(150_000) + "\n", "marks.txt");
            Importer.readText(header + "1" + ".1".repeat(2_000) + " Các sở thực hiện\n", "outline.txt");
            // a paragraph of 11,000 sentences each naming a unit, paragraphs of 4,500 dated pieces of work after a colon
            Importer.readText(header + "1. " + "Sở Y tế báo cáo. ".repeat(11_000) + "\n", "sentences.txt");
            Importer.readText(header + ("1. Sở Y tế chỉ đạo: " + "xây dựng kế hoạch trước ngày 15/3/2026; ".repeat(4_500) + "\n").repeat(3),
                    "dates.txt");
        });
    }

    @Test
    void textOfTooManyLinesOrCharactersOrTime() {
        String text = "dòng\n".repeat(2_000);
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Importer.readText(text, "many.txt", ImportLimits.DEFAULT.withParagraphs(1_000)))))
                .hasMessage("many.txt: holds more than 1000 lines; the limit is ImportLimits.paragraphs");
        assertThatThrownBy(() -> Importer.readText(text.repeat(20), "slow.txt", ImportLimits.DEFAULT.withTime(Duration.ofNanos(1))))
                .isInstanceOf(ImportException.class).hasMessage("slow.txt: the import ran longer than 0 s; the limit is ImportLimits.time");
    }

    @Test
    void textThatIsNotUtf8IsNamed() {
        byte[] utf16 = "UBND TỈNH MINH HỌA".getBytes(StandardCharsets.UTF_16);
        assertThat(refusal(utf16, Importer.Format.TEXT, ImportLimits.DEFAULT))
                .hasMessage("hostile.text: the text is UTF-16; save it as UTF-8 text");
        byte[] latin1 = "Sô: 12/KH-UBND".getBytes(StandardCharsets.ISO_8859_1); // a legacy 8-bit code page
        assertThat(refusal(latin1, Importer.Format.TEXT, ImportLimits.DEFAULT).getMessage())
                .startsWith("hostile.text: the text is not UTF-8 (byte 2)");
    }

    // ---- files

    @Test
    void onlyRegularFilesAreRead(@TempDir Path dir) throws Exception {
        Path zero = dir.resolve("zero.txt");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Importer.read(zero)))).hasMessageStartingWith("zero.txt: not a regular file");
        Path fifo = dir.resolve("pipe.docx");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        assertThat(assertTimeoutPreemptively(QUICKLY, () -> org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> Importer.read(fifo)))).hasMessageStartingWith("pipe.docx: not a regular file");
        Path big = dir.resolve("big.txt");
        Files.write(big, new byte[2_000]);
        assertThatThrownBy(() -> Importer.read(big, ImportLimits.DEFAULT.withFileBytes(1_000)))
                .hasMessage("big.txt: larger than 1000 bytes; the limit is ImportLimits.fileBytes");
    }
}

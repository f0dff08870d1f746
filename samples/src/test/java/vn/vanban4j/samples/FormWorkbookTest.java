package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FilledForm;
import vn.vanban4j.render.FormWorkbook.FormErrors;

class FormWorkbookTest {
    private final List<Appendix> forms = Samples.caoBangReportForms();

    @Test
    void blankWorkbookHasASheetPerFormLockedHeadersAndNumberValidation() throws Exception {
        byte[] blank = FormWorkbook.blank(forms, "Huyện ủy Hòa An");
        assertThat(FormWorkbook.blank(forms, "Huyện ủy Hòa An")).isEqualTo(blank);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(blank))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheetName(0)).isEqualTo("Biểu 1");
            assertThat(book.getSheetName(4)).isEqualTo("Biểu 5");
            XSSFSheet bieu1 = book.getSheet("Biểu 1");
            assertThat(bieu1.getProtect()).isTrue();
            assertThat(bieu1.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Tổng số chi, đảng bộ, đơn vị trực thuộc");
            assertThat(bieu1.getRow(2).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(bieu1.getRow(3).getCell(1).getCellStyle().getLocked()).isFalse();
            assertThat(bieu1.getRow(3).getCell(3).getCellFormula()).contains("C4").contains("B4");
            List<? extends DataValidation> validations = bieu1.getDataValidations();
            assertThat(validations).hasSize(4); // every INTEGER column
            assertThat(validations.get(0).getValidationConstraint().getValidationType())
                    .isEqualTo(org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType.INTEGER);
            // Biểu 4: two header rows, "Kết quả" merged over its two columns
            XSSFSheet bieu4 = book.getSheet("Biểu 4");
            assertThat(bieu4.getRow(2).getCell(3).getStringCellValue()).isEqualTo("Kết quả");
            assertThat(bieu4.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Chưa hoàn thành (nguyên nhân)");
            assertThat(bieu4.getMergedRegions()).anySatisfy(r -> assertThat(r.formatAsString()).isEqualTo("D3:E3"));
        }
    }

    @Test
    void filledWorkbookReadsBack() throws Exception {
        byte[] filled = fill(book -> {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue(40);
            row.getCell(2).setCellValue(36);
            row.getCell(4).setCellValue(80);
            row.getCell(5).setCellValue(2100);
            var bieu3 = book.getSheet("Biểu 3").getRow(3);
            bieu3.getCell(1).setCellValue("Mô hình Dân vận khéo");
            bieu3.getCell(2).setCellValue("Nguyễn Văn B, Bí thư");
        });
        Map<String, FilledForm> read = FormWorkbook.read(filled, forms, "hoa-an.xlsx");
        assertThat(read.get("Biểu 1").rows()).singleElement().satisfies(row -> {
            assertThat(row.get(1)).isEqualTo(40L);
            assertThat(row.get(2)).isEqualTo(36L);
            assertThat(row.get(5)).isEqualTo(2100L);
        });
        assertThat(read.get("Biểu 3").rows()).singleElement()
                .satisfies(row -> assertThat(row.get(1)).isEqualTo("Mô hình Dân vận khéo"));
        assertThat(read.get("Biểu 2").rows()).isEmpty();
    }

    @Test
    void everyErrorNamesSheetAndCellAndNothingIsImported() throws Exception {
        byte[] filled = fill(book -> {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue("mười");
            row.getCell(2).setCellValue(12);
            row.getCell(3).removeFormula(); // typed over the computed percent
            row.getCell(3).setCellValue(90);
            var bieu2 = book.getSheet("Biểu 2").getRow(3);
            bieu2.getCell(1).setCellValue(7);
            bieu2.getCell(2).setCellValue(-3);
        });
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(filled, forms, "bad.xlsx"));
        assertThat(errors.problems()).containsExactly(
                "Biểu 1!B4: 'mười' is not a number",
                "Biểu 1!D4: a percent typed in; it is computed from held and units",
                "Biểu 2!C4: -3.0 is not a whole number of zero or more");
        assertThat(errors.getMessage()).startsWith("bad.xlsx: 3 problems");
    }

    @Test
    void hugeFiguresAreRefusedNotWrappedOrRounded() throws Exception {
        byte[] filled = fill(book -> {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue(9e18);
            row.getCell(2).setCellValue(1e300);
        });
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(filled, forms, "big.xlsx"));
        assertThat(errors.problems()).containsExactly(
                "Biểu 1!B4: 9000000000000000000 is larger than any count a unit reports (at most 1000000000000)",
                "Biểu 1!C4: " + String.format(java.util.Locale.ROOT, "%.0f", 1e300)
                        + " is larger than any count a unit reports (at most 1000000000000)");
    }

    @Test
    void aCountLargerThanItsTotalIsAnError() throws Exception {
        byte[] filled = fill(book -> {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue(10);
            row.getCell(2).setCellValue(12);
        });
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(filled, forms, "x.xlsx"));
        assertThat(errors.problems()).containsExactly("Biểu 1!4: 12 is larger than its total 10");
    }

    @Test
    void aMillionRowsAreRefusedBeforeParsing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] row = "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                zip.write(row);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(bytes.toByteArray(), forms, "lon.xlsx"));
        assertThat(errors.problems()).containsExactly("worksheet sheet1 holds more than 5000 rows (WorkbookLimits.rowsPerSheet)");
        assertThat(errors.getMessage()).startsWith("lon.xlsx");
        assertThat(System.nanoTime() - start).as("refused without parsing").isLessThan(2_000_000_000L);
    }

    @Test
    void aZipBombIsRefusedAfterTheLimitNotAtTheEnd() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(1 << 20);
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(bytes.toByteArray(), forms, "bom.xlsx"));
        assertThat(errors.problems()).containsExactly(
                "unzips to more than 20 MB (WorkbookLimits.uncompressedBytes); a zip bomb, or far more than a form holds");
    }

    @Test
    void anEncryptedWorkbookIsNamedAsSuch() throws Exception {
        byte[] plain = FormWorkbook.blank(forms, "Đơn vị");
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("matkhau");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(encrypted);
        }
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(encrypted.toByteArray(), forms, "mk.xlsx"));
        assertThat(errors.problems()).containsExactly("an encrypted (password-protected) workbook or an old Excel 97-2003 file;"
                + " save it as an .xlsx workbook without a password");
    }

    @Test
    void notAWorkbookAndOverlongTextAreNamed() throws Exception {
        FormErrors text = catchThrowableOfType(FormErrors.class,
                () -> FormWorkbook.read("Đơn vị,Số\n".getBytes(StandardCharsets.UTF_8), forms, "x.xlsx"));
        assertThat(text.problems()).containsExactly("not an XLSX workbook (an .xlsx file is a zip archive; this one is not)");
        byte[] filled = fill(book -> book.getSheet("Biểu 3").getRow(3).getCell(1).setCellValue("x".repeat(6000)));
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(filled, forms, "dai.xlsx"));
        assertThat(errors.problems()).containsExactly(
                "Biểu 3!B4: a text of 6000 characters; a cell holds at most 5000 (WorkbookLimits.textChars)");
    }

    private byte[] fill(java.util.function.Consumer<XSSFWorkbook> edit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.blank(forms, "Đơn vị")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}

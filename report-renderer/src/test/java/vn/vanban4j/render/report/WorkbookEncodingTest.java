package vn.vanban4j.render.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.WorkbookLimits;

/** Rows and cells are counted however a worksheet's XML is encoded, and wherever in the archive the sheet lies. */
class WorkbookEncodingTest {
    private static final WorkbookLimits SMALL = new WorkbookLimits(5L << 20, 20L << 20, 50, 1_000, 5_000);

    private static byte[] workbook(String sheetPart, Charset charset, int rows, int cellsPerRow) throws Exception {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"" + charset.name() + "\"?>\n"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 1; r <= rows; r++) {
            sheet.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < cellsPerRow; c++) {
                sheet.append("<c t=\"n\"><v>1</v></c>");
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            // other parts first, a sheet among them: each is read to its end before the sheet under test comes
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/media/image1.png"));
            zip.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet0.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c><v>1</v></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(sheetPart));
            zip.write(sheet.toString().getBytes(charset));
        }
        return bytes.toByteArray();
    }

    private static List<String> refusal(byte[] xlsx) {
        FormErrors errors = catchThrowableOfType(FormErrors.class, () -> FormWorkbook.read(xlsx, List.of(), "u16.xlsx", SMALL));
        assertThat(errors).as("refused").isNotNull();
        assertThat(errors.getMessage()).startsWith("u16.xlsx: ");
        return errors.problems();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16", "UTF-16LE", "UTF-16BE", "UTF-8"})
    void rowsAreCountedInEveryEncoding(String encoding) throws Exception {
        assertThat(refusal(workbook("xl/worksheets/sheet1.xml", Charset.forName(encoding), 51, 0)))
                .containsExactly("worksheet sheet1 holds more than 50 rows (WorkbookLimits.rowsPerSheet)");
    }

    @Test
    void cellsAreCountedInUtf16() throws Exception {
        assertThat(refusal(workbook("xl/worksheets/sheet1.xml", StandardCharsets.UTF_16, 40, 26)))
                .containsExactly("holds more than 1000 cells (WorkbookLimits.cells)");
    }

    @Test
    void aWorksheetOutsideTheWorksheetsFolderCountsToo() throws Exception {
        assertThat(refusal(workbook("xl/elsewhere/data.xml", StandardCharsets.UTF_16, 51, 0)))
                .containsExactly("worksheet xl/elsewhere/data holds more than 50 rows (WorkbookLimits.rowsPerSheet)");
    }

    @Test
    void withinTheLimitsTheCountLetsTheWorkbookThrough() throws Exception {
        // not refused by the counts: the bare archive then fails as an unreadable workbook, not as too many rows
        assertThat(refusal(workbook("xl/worksheets/sheet1.xml", StandardCharsets.UTF_16, 50, 19)))
                .singleElement().asString().doesNotContain("rows").doesNotContain("cells (");
    }
}

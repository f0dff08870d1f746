package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FormErrors;

/**
 * Fuzz properties: a unit's workbook with damaged bytes or damaged sheet XML is read or refused with
 * FormErrors naming the file; no other exception escapes.
 */
class WorkbookFuzzTest {
    private static final List<Appendix> FORMS = Samples.caoBangReportForms();
    private static final byte[] FILLED = filled();
    private static final Map<String, byte[]> PARTS = unzip(FILLED);
    private static final List<String> XML_TOKENS = List.of("<", ">", "/>", "\"", "<row r=\"0\">", "<c r=\"ZZZZ99\">",
            "<c t=\"s\"><v>99999</v></c>", "<v>-1e308</v>", "<v>abc</v>", "t=\"b\"", "<f>1/0</f>", "&amp;", "&#0;", "</row>",
            "<is><t>x</t></is>", "r=\"A1048577\"", "");

    private static byte[] filled() {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.blank(FORMS, "Huyện ủy Hòa An")));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = book.getSheet("Biểu 1").getRow(3);
            row.getCell(1).setCellValue(40);
            row.getCell(2).setCellValue(36);
            book.getSheet("Biểu 3").getRow(3).getCell(1).setCellValue("Mô hình Dân vận khéo");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    private static void readOrRefused(byte[] workbook) {
        try {
            assertThat(FormWorkbook.read(workbook, FORMS, "fuzz.xlsx")).isNotNull();
        } catch (FormErrors e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).doesNotContain("\n"));
        }
    }

    @Provide
    Arbitrary<byte[]> damagedBytes() {
        Arbitrary<int[]> flip = Combinators.combine(Arbitraries.integers().between(0, FILLED.length - 1),
                Arbitraries.integers().between(0, 255)).as((at, value) -> new int[] {at, value});
        return Combinators.combine(flip.list().ofMinSize(1).ofMaxSize(8), Arbitraries.integers().between(64, FILLED.length))
                .as((flips, length) -> {
                    byte[] bytes = java.util.Arrays.copyOf(FILLED, length);
                    for (int[] f : flips) {
                        if (f[0] < bytes.length) {
                            bytes[f[0]] = (byte) f[1];
                        }
                    }
                    return bytes;
                });
    }

    @Property
    void damagedBytesAreReadOrRefused(@ForAll("damagedBytes") byte[] workbook) {
        readOrRefused(workbook);
    }

    @Provide
    Arbitrary<byte[]> damagedSheets() {
        List<String> sheets = PARTS.keySet().stream().filter(n -> n.startsWith("xl/worksheets/") || n.equals("xl/sharedStrings.xml")
                || n.equals("xl/workbook.xml")).toList();
        return Combinators.combine(Arbitraries.of(sheets), Arbitraries.integers().between(0, 100_000),
                Arbitraries.integers().between(0, 30), Arbitraries.of(XML_TOKENS)).as((part, at, cut, token) -> {
                    String xml = new String(PARTS.get(part), StandardCharsets.UTF_8);
                    int start = Math.min(at, xml.length());
                    String damaged = xml.substring(0, start) + token + xml.substring(Math.min(xml.length(), start + cut));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    try (ZipOutputStream zip = new ZipOutputStream(out)) {
                        for (Map.Entry<String, byte[]> e : PARTS.entrySet()) {
                            zip.putNextEntry(new ZipEntry(e.getKey()));
                            zip.write(e.getKey().equals(part) ? damaged.getBytes(StandardCharsets.UTF_8) : e.getValue());
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return out.toByteArray();
                });
    }

    @Property
    void damagedSheetXmlIsReadOrRefused(@ForAll("damagedSheets") byte[] workbook) {
        readOrRefused(workbook);
    }
}

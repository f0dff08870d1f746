package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.internal.ImportMessages;
import vn.vanban4j.model.MessageBundleCheck;

class ImportMessagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Test
    void bundlesHoldEveryKeyInBothLanguages() {
        assertThat(MessageBundleCheck.problems(ImportMessages.class)).isEmpty();
    }

    @Test
    void aScannedPdfIsRefusedAsHavingNoTextLayerInBothLanguages() throws IOException {
        byte[] scan;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage(PDRectangle.A4));
            pdf.save(out);
            scan = out.toByteArray();
        }
        ImportException e = catchThrowableOfType(ImportException.class, () -> Importer.read(scan, Importer.Format.PDF, "scan.pdf"));

        assertThat(e.code()).isEqualTo(Reason.NO_TEXT);
        assertThat(e.getMessage()).startsWith("scan.pdf: the PDF has no text layer");
        assertThat(e.message(VI)).startsWith("scan.pdf: tệp PDF không có lớp chữ");
        assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    }

    @Test
    void aTextThatIsNoDocumentNamesEachMissingFieldInVietnamese() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> Importer.readText("Ký bởi: Bộ Công Thương\nCơ quan: Bộ Công thương\n", "scan.txt"));

        assertThat(e.code()).isEqualTo(Reason.NOT_A_DOCUMENT);
        assertThat(e.message(VI)).startsWith("scan.txt: không phải văn bản hành chính có thể nhập: không tìm thấy loại văn bản")
                .contains(", cơ quan ban hành, ", "số, ký hiệu");
        assertThat(e.getMessage()).contains("cannot find the kind", ", the issuing body, ");
    }

    @Test
    void limitsAndEncodingsHaveTheirCodeAndSizesTheirUnits() {
        ImportException large = catchThrowableOfType(ImportException.class, () -> Importer.read(new byte[2048],
                Importer.Format.TEXT, "big.txt", ImportLimits.DEFAULT.withFileBytes(1024)));
        ImportException utf16 = catchThrowableOfType(ImportException.class, () -> Importer.read(
                "\uFEFFKế hoạch".getBytes(StandardCharsets.UTF_16LE), Importer.Format.TEXT, "a.txt"));
        ImportException unknown = catchThrowableOfType(ImportException.class, () -> Importer.read(java.nio.file.Path.of("a.odt")));

        assertThat(large.code()).isEqualTo(Reason.LIMIT);
        assertThat(large.getMessage()).isEqualTo("big.txt: larger than 1 KB; the limit is ImportLimits.fileBytes");
        assertThat(large.message(VI)).isEqualTo("big.txt: lớn hơn 1 KB; giới hạn là ImportLimits.fileBytes");
        assertThat(utf16.code()).isEqualTo(Reason.ENCODING);
        assertThat(utf16.message(VI)).isEqualTo("a.txt: văn bản ở dạng UTF-16; hãy lưu lại ở dạng văn bản UTF-8");
        assertThat(unknown.code()).isEqualTo(Reason.FORMAT);
    }

    @Test
    void anExceptionMadeFromPlainTextKeepsItInEveryLanguage() {
        ImportException e = new ImportException("x.pdf", "a host's reason");

        assertThat(e.code()).isEqualTo(Reason.OTHER);
        assertThat(e.message(VI)).isEqualTo("x.pdf: a host's reason");
    }
}

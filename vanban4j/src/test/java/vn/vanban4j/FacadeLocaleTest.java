package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.vanban4j.importer.Importer;

/** The facade describes the library's errors in its locale: Vietnamese by default, English on request. */
class FacadeLocaleTest {
    @Test
    void errorsAreDescribedInVietnameseByDefaultAndInEnglishWithTheLocale() {
        try (Vanban4j vanban = Vanban4j.standard()) {
            Vanban4j english = vanban.withLocale(Locale.ENGLISH);
            Throwable json = catchThrowable(() -> vanban.read("{\"kind\": \"PLAN\"}", "kh.json"));
            Throwable docx = catchThrowable(() -> vanban.importDocument("not a zip".getBytes(StandardCharsets.UTF_8),
                    Importer.Format.DOCX, "cv.docx"));

            assertThat(vanban.locale().getLanguage()).isEqualTo("vi");
            assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
            assertThat(vanban.describe(json)).startsWith("kh.json: ").contains("lỗi\n", "$.family: thiếu trường bắt buộc");
            assertThat(english.describe(json)).isEqualTo(json.getMessage()).contains("$.family: required field is missing");
            assertThat(vanban.describe(docx)).isEqualTo("cv.docx: không phải tệp DOCX (không phải gói zip của Word 2007 trở lên)");
            assertThat(english.describe(docx)).isEqualTo("cv.docx: not a DOCX file (not a Word 2007+ zip package)");
            assertThat(vanban.describe(new IllegalStateException("host"))).isEqualTo("host");
        }
    }
}

package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;

/**
 * Header fields of real documents as text extraction leaves them (short excerpts of the corpus in
 * src/test/resources/corpus): issuer lines split or side by side, blanks of a draft's number and
 * date wide enough to look like columns, the date line before or after the national title, page
 * numbers above the header. The expected values are read off the excerpts.
 */
class CorpusHeaderTest {

    private static ImportResult read(String name) throws IOException {
        try (InputStream in = CorpusHeaderTest.class.getResourceAsStream("/corpus/" + name + ".txt")) {
            return Importer.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".txt");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "04 | PLAN            | -               | ỦY BAN NHÂN DÂN TỈNH LÀO CAI | /KH-UBND     | Lào Cai   |            | Triển khai thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy",
        "05 | REPORT          | -               | UỶ BAN NHÂN DÂN TỈNH LÀO CAI | /BC-UBND     | Lào Cai   |            | Công tác quản lý nhà nước về địa chất, khoáng sản năm 2025 trên địa bàn tỉnh Lào Cai",
        "07 | OFFICIAL_LETTER | -               | ỦY BAN NHÂN DÂN TỈNH LÀO CAI | /UBND-KT     | Lào Cai   |            | tăng cường công tác quản lý bảo vệ khoáng sản chưa khai thác trên địa bàn",
        "08 | PLAN            | SỞ CÔNG THƯƠNG  | ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT | 1105/KH-ĐKT | Lào Cai | 2026-03-10 | Kiểm tra việc chấp hành Quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai",
        "09 | PLAN            | UBND TỈNH BẮC GIANG | SỞ GIÁO DỤC VÀ ĐÀO TẠO   | /KH-SGDĐT    | Bắc Giang | 2020-03-27 | Đẩy mạnh phòng, chống bạo hành trẻ",
        "10 | PLAN            | UBND HUYỆN HIỆP HÒA | PHÒNG GIÁO DỤC VÀ ĐÀO TẠO | /KH-PGD&ĐT  | Hiệp Hòa  |            | Thực hiện nhiệm vụ pháp chế năm học 2020-2021",
    })
    void headerFieldsOfRealExtractions(String name, DocumentKind kind, String superior, String issuer, String number,
            String place, LocalDate date, String summary) throws IOException {
        ImportResult result = read(name);
        Document doc = result.document();
        assertThat(doc.family()).isEqualTo(Family.STATE);
        assertThat(doc.kind()).isEqualTo(kind);
        assertThat(doc.header().superior() == null ? "-" : doc.header().superior().replace('\n', ' ')).isEqualTo(superior);
        assertThat(doc.header().issuerName()).isEqualTo(issuer);
        assertThat(doc.number().toString().strip()).isEqualTo(number);
        assertThat(doc.place()).isEqualTo(place);
        assertThat(doc.issueDate()).isEqualTo(date);
        assertThat(doc.summary()).startsWith(summary);
        // a draft's blank day and month are found, and left empty
        assertThat(result.missingHeaderFields()).isEmpty();
        assertThat(result.finding("$.issueDate")).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(Finding.Status.FOUND));
    }

    @Test
    void letterAddresseesOnePerLine() throws IOException {
        assertThat(read("07").document().addressees()).containsExactly("Các sở, ban, ngành thuộc UBND tỉnh",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
                "Ủy ban nhân dân các xã, phường");
    }

    @Test
    void ocrSlipsAndStraySpacesInAPartyHeader() {
        String text = """
                  TÍNH ỦY LÀO CAI                     ĐẢNG CỘNG SẢN VIỆT NAM
                         *
                  Số 104 -CTr/TU                 Lào Cai, ngày 0 7 tháng 9 năm 2026

                                      CHƯƠNG TRÌNH
                          hành động thực hiện Nghị quyết số 12-NQ/TW
                Thực hiện Nghị quyết số 12-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động như sau:
                I. MỤC TIÊU
                1. Các cấp ủy hoàn thành việc quán triệt trong quý IV/2026.
                """;
        ImportResult result = Importer.readText(text, "ocr.txt");
        Document doc = result.document();
        assertThat(doc.family()).isEqualTo(Family.PARTY);
        assertThat(doc.header().issuer()).isEqualTo("TỈNH ỦY LÀO CAI");
        assertThat(result.finding("$.header")).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(Finding.Status.CORRECTED));
        assertThat(doc.number()).hasToString("104-CTr/TU");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(doc.kind()).isEqualTo(DocumentKind.PROGRAM);
        assertThat(doc.tasks()).singleElement().satisfies(t -> {
            assertThat(t.deadline()).isEqualTo("quý IV/2026");
            assertThat(t.lead()).containsExactly("Các cấp ủy");
        });
    }

    @Test
    void aScanWithoutTextOrAnythingElseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Importer.readText("Ký bởi: Bộ Công Thương\nCơ quan: Bộ Công thương\n", "scan.txt"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("scan.txt: ").hasMessageContaining("cannot find");
        assertThatThrownBy(() -> Importer.read("not a zip".getBytes(StandardCharsets.UTF_8), Importer.Format.DOCX, "x.docx"))
                .isInstanceOf(ImportException.class).hasMessageContaining("not a DOCX");
        assertThatThrownBy(() -> Importer.read("%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8), Importer.Format.PDF, "x.pdf"))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("x.pdf: ");
    }
}

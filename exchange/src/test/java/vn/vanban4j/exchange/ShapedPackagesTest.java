package vn.vanban4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.AuthorityLine;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.SigningAuthority;

/**
 * Packages written by hand in the shape of the platform kit's samples (new, update, revocation,
 * replacement, a status message): every field read where the samples put it.
 */
class ShapedPackagesTest {
    private final EdXml edxml = EdXml.standard();

    static ExchangeMessage read(EdXml edxml, String name) throws IOException {
        try (InputStream in = ShapedPackagesTest.class.getResourceAsStream(name)) {
            return edxml.read(in, name);
        }
    }

    @Test
    void readsANewPackageAsTheSamplesWriteIt() throws IOException {
        DocumentPackage read = (DocumentPackage) read(edxml, "shaped-new.edxml");
        Envelope e = read.envelope();
        assertThat(e.from()).isEqualTo(new Organ("000.00.00.G99", "Văn phòng Minh Họa", "Văn phòng Minh Họa",
                "Số 1 Đường Minh Họa, Hà Nội", "vanthu@minhhoa.example", "0240000000", "0240000001", "minhhoa.example"));
        assertThat(e.to()).extracting(Organ::organId).containsExactly("000.00.00.H98", "000.00.00.H97");
        assertThat(e.to().get(0).address()).isEqualTo("Số 3 Đường Minh Họa, Tỉnh Minh Họa");
        assertThat(e.code()).isEqualTo("7816/VPMH-TTĐT");
        assertThat(e.codeNumber()).isEqualTo("7816");
        assertThat(e.codeNotation()).isEqualTo("VPMH-TTĐT");
        assertThat(e.dueDate()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(e.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(e.appendixes()).containsExactly("Danh sách đơn vị kết nối");
        assertThat(e.timestamp()).isEqualTo(LocalDateTime.of(2025, 9, 30, 8, 30));
        assertThat(e.business()).isEqualTo(BusinessType.NEW);
        assertThat(e.staff()).isEqualTo(new Staff("Văn thư văn phòng", "Trần Thị Văn Thư", "vanthu@minhhoa.example",
                "84900000000"));

        Document doc = read.document();
        assertThat(doc.kind()).isEqualTo(DocumentKind.OFFICIAL_LETTER);
        assertThat(doc.number().toString()).isEqualTo("7816/VPMH-TTĐT");
        assertThat(doc.place()).isEqualTo("Hà Nội");
        assertThat(doc.issueDate()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(doc.summary()).isEqualTo("kết nối, liên thông phần mềm quản lý văn bản");
        assertThat(doc.header().issuer()).isEqualTo("Văn phòng Minh Họa");
        assertThat(doc.header().superior()).isNull();
        assertThat(doc.signature().authorities()).containsExactly(new AuthorityLine(SigningAuthority.BY_ORDER, "BỘ TRƯỞNG"));
        assertThat(doc.signature().position()).isEqualTo("Cục trưởng Cục Minh Họa");
        assertThat(doc.signature().signer()).isEqualTo("Nguyễn Văn Minh Họa");
        assertThat(doc.recipients()).containsExactly(Recipient.of("Các bộ, cơ quan ngang bộ"),
                new Recipient("UBND các tỉnh, thành phố", "để t/h"));

        // a zip is no body the importer reads: the document is the envelope's alone
        assertThat(read.bodySource()).isNull();
        assertThat(doc.sections()).isEmpty();
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.contentId()).isEqualTo("cid:209");
            assertThat(a.name()).isEqualTo("cong-van-minh-hoa.zip");
            assertThat(a.contentType()).isEqualTo("application/zip");
            assertThat(new String(a.bytes(), StandardCharsets.UTF_8)).isEqualTo("PK-not-really-a-zip: sample attachment");
            assertThat(a.size()).isEqualTo(a.bytes().length);
        });
    }

    @Test
    void readsUpdateRevocationAndReplacement() throws IOException {
        DocumentPackage update = (DocumentPackage) read(edxml, "shaped-update.edxml");
        assertThat(update.envelope().business()).isEqualTo(BusinessType.UPDATE);
        assertThat(update.document().number().toString()).isEqualTo("7816/VPMH-TTĐT");

        DocumentPackage revocation = (DocumentPackage) read(edxml, "shaped-revocation.edxml");
        assertThat(revocation.envelope().business()).isEqualTo(BusinessType.REVOCATION);
        assertThat(revocation.envelope().responseFor()).isEqualTo(new ResponseFor("000.00.00.G99", "267/VPMH-TTĐT",
                LocalDate.of(2025, 8, 6), "000.00.00.G99,2025/08/06,267/VPMH-TTĐT"));

        DocumentPackage replacement = (DocumentPackage) read(edxml, "shaped-replacement.edxml");
        assertThat(replacement.envelope().business()).isEqualTo(BusinessType.REPLACEMENT);
        assertThat(replacement.envelope().replacements()).containsExactly(new Envelope.Replacement(
                "000.00.00.G99,2025/01/30,7806/VPMH-TTĐT", List.of("000.00.00.H98", "000.00.00.H97")));
    }

    @Test
    void readsAStatusMessageAsTheSamplesWriteIt() throws IOException {
        StatusMessage status = (StatusMessage) read(edxml, "shaped-status-03.edxml");
        assertThat(status.code()).isEqualTo(StatusCode.ACCEPTED);
        assertThat(status.code().state()).contains(TrackingState.ACCEPTED);
        assertThat(status.from().organId()).isEqualTo("000.00.00.H98");
        assertThat(status.responseFor()).isEqualTo(new ResponseFor("000.00.00.G99", "7816/VPMH-TTĐT",
                LocalDate.of(2025, 9, 30), "000.00.00.G99,2025/09/30,7816/VPMH-TTĐT"));
        assertThat(status.staff()).isEqualTo(new Staff("Phòng hành chính", "Lê Thị Minh Họa",
                "vanthu@tinhminhhoa.example", "84900000001"));
        assertThat(status.description()).startsWith("Văn thư - Phòng Văn thư - Lưu trữ: Tiếp nhận");
        assertThat(status.timestamp()).isEqualTo(LocalDateTime.of(2025, 9, 30, 11, 8, 36));
    }
}

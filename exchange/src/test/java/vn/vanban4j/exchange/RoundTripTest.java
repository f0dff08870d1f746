package vn.vanban4j.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Signature;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.samples.Samples;

/** Every sample kind packed with its rendered DOCX and read back: the same header fields, the same attachment bytes. */
class RoundTripTest {
    static final Instant SENT = Instant.parse("2026-03-02T03:15:30Z"); // 10:15:30 in Vietnam
    static final Organ FROM = new Organ("000.00.00.H14", "UBND tỉnh Cao Bằng", "Văn phòng UBND tỉnh Cao Bằng",
            "Số 011 Hoàng Đình Giong", "vp@caobang.gov.vn", "0206 3852 139", null, "caobang.gov.vn");
    static final List<Organ> TO = List.of(Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An"),
            Organ.of("000.00.00.G22", "Văn phòng Chính phủ"));

    static Stream<Document> documents() {
        return Samples.all().values().stream().filter(d -> !d.number().isDraft() && d.issueDate() != null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void packsAndReadsBackEveryKind(Document document) throws IOException {
        byte[] docx = Renderer.standard().docx(document);
        Dispatch dispatch = Dispatch.of(FROM, TO, SENT).withUrgency(Urgency.VERY_URGENT)
                .withDueDate(LocalDate.of(2026, 3, 31)).withStaff(new Staff("Văn thư", "Lê Thị Văn Thư", null, null));
        EdXml edxml = EdXml.standard();
        byte[] packed = pack(edxml, document, dispatch, List.of(Attachment.of("van-ban.docx", docx)));

        DocumentPackage read = (DocumentPackage) edxml.read(new ByteArrayInputStream(packed), "p.edxml");
        Document back = read.document();
        assertThat(back.kind()).isEqualTo(document.kind());
        assertThat(back.family()).isEqualTo(document.family());
        assertThat(back.number()).isEqualTo(document.number());
        assertThat(back.place()).isEqualTo(document.place());
        assertThat(back.issueDate()).isEqualTo(document.issueDate());
        assertThat(back.summary()).isEqualTo(document.summary() == null ? "" : document.summary().replace('\n', ' ').strip());
        assertThat(back.recipients()).isEqualTo(document.recipients());
        Signature signature = document.signature();
        if (signature != null) {
            assertThat(back.signature().signer()).isEqualTo(signature.signer());
            assertThat(back.signature().position()).isEqualTo(signature.position().replace('\n', ' '));
            assertThat(back.signature().authorityLines(back.family())).isEqualTo(
                    signature.authorityLines(document.family()).stream().map(l -> l.replace('\n', ' ')).toList());
        }
        assertThat(back.header().issuerName()).isEqualTo(FROM.organName());
        assertThat(back.header().superior()).isEqualTo(FROM.organizationInCharge());
        // the body came from the attached DOCX through the importer
        assertThat(read.bodySource()).isEqualTo("van-ban.docx");
        Document imported = Importer.read(docx, Importer.Format.DOCX, "van-ban.docx").document();
        assertThat(back.sections()).isNotEmpty().isEqualTo(imported.sections());
        assertThat(back.preamble()).isEqualTo(imported.preamble());

        Envelope envelope = read.envelope();
        assertThat(envelope).isEqualTo(edxml.envelope(document, dispatch));
        assertThat(envelope.from()).isEqualTo(FROM);
        assertThat(envelope.to()).isEqualTo(TO);
        assertThat(envelope.documentId()).isEqualTo("000.00.00.H14," + document.issueDate().toString().replace('-', '/')
                + "," + document.number());
        assertThat(envelope.urgency()).isEqualTo(Urgency.VERY_URGENT);
        assertThat(envelope.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(envelope.timestamp()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 15, 30));
        assertThat(envelope.typeName()).isEqualTo(document.kind().vietnameseName());
        assertThat(envelope.business()).isEqualTo(BusinessType.NEW);
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.bytes()).isEqualTo(docx);
            assertThat(a.contentId()).isEqualTo("cid:1");
            assertThat(a.contentType()).isEqualTo(Attachment.contentType("x.docx"));
        });
        // deterministic: the same input writes the same bytes
        assertThat(pack(edxml, document, dispatch, List.of(Attachment.of("van-ban.docx", docx)))).isEqualTo(packed);
    }

    @org.junit.jupiter.api.Test
    void keepsTextThatXmlEscapes() throws IOException {
        Organ school = new Organ("000.21.30.H14", "UBND huyện <Hòa An>", "Phòng GD&ĐT \"Hòa An\"", null, null, null, null, null);
        Document document = Samples.kindSample("125-UBND-KT");
        Dispatch dispatch = Dispatch.of(school, List.of(FROM), SENT);
        EdXml edxml = EdXml.standard();
        DocumentPackage read = (DocumentPackage) edxml.read(
                new ByteArrayInputStream(pack(edxml, document, dispatch, List.of())), "p.edxml");
        assertThat(read.envelope()).isEqualTo(edxml.envelope(document, dispatch));
        assertThat(read.document().header().issuer()).isEqualTo("Phòng GD&ĐT \"Hòa An\"");
        assertThat(read.document().header().superior()).isEqualTo("UBND huyện <Hòa An>");
        assertThat(read.attachments()).isEmpty();
    }

    static byte[] pack(EdXml edxml, Document document, Dispatch dispatch, List<Attachment> attachments)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        edxml.pack(document, dispatch, attachments, out);
        return out.toByteArray();
    }

    @org.junit.jupiter.api.Test
    void aDocumentWithoutANumberOrADraftIsNotPackedAndTheErrorSaysWhy() {
        Document plan = Samples.caoBangPlan();
        Document unnumbered = new Document(plan.kind(), plan.family(), plan.header(), null, plan.place(), plan.issueDate(),
                plan.summary(), plan.addressees(), plan.meeting(), plan.decidingAuthority(), plan.preamble(), plan.enacting(),
                plan.sections(), plan.conclusion(), plan.reportingSchedule(), plan.personalPlans(), plan.funding(),
                plan.recipients(), plan.filing(), plan.signatures(), plan.appendices());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EdXml.standard().envelope(unnumbered, Dispatch.of(FROM, TO, SENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the document Kế hoạch (không số) has no number; a package sends a numbered document");
    }
}

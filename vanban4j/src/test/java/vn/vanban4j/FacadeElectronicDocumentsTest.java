package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.exchange.Attachment;
import vn.vanban4j.exchange.Dispatch;
import vn.vanban4j.exchange.DocumentPackage;
import vn.vanban4j.exchange.ExchangeMessage;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.model.Document;
import vn.vanban4j.signatures.SignatureReport;
import vn.vanban4j.test.Fixtures;

/** The facade over the e-government modules: an edXML package made and read back, a received PDF's signatures. */
class FacadeElectronicDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void aRenderedPlanTravelsAsAnEdxmlPackageAndComesBack() throws Exception {
        Document plan = Fixtures.statePlan();
        try (Vanban4j vanban = Vanban4j.standard()) {
            byte[] docx = vanban.render(plan, Vanban4j.Format.DOCX);
            Path edxml = dir.resolve("15-KH-UBND.edxml");
            Dispatch dispatch = Dispatch.of(Organ.of("000.00.01.H29", "UBND thành phố Lai Châu"),
                    List.of(Organ.of("000.00.02.H29", "Phòng Nội vụ")), Instant.parse("2023-01-10T02:00:00Z"));
            vanban.pack(plan, dispatch, List.of(Attachment.of("15-KH-UBND.docx", docx)), edxml);
            ExchangeMessage read = vanban.readPackage(edxml);
            assertThat(read).isInstanceOf(DocumentPackage.class);
            DocumentPackage received = (DocumentPackage) read;
            assertThat(received.document().number()).isEqualTo(plan.number());
            assertThat(received.document().issueDate()).isEqualTo(plan.issueDate());
            assertThat(received.attachments()).hasSize(1);
            assertThat(received.attachments().get(0).bytes()).isEqualTo(docx);
        }
    }

    @Test
    void aReceivedSignedPdfNamesItsSigners() throws Exception {
        Path pdf = Path.of("..", "..", "shared", "corpus", "originals", "CV-6791-SNNMT-17-7-2026-y-kien-tham-dinh-CCN-Bao-Dap.pdf");
        assumeTrue(Files.isRegularFile(pdf) || System.getenv("CI") != null, "../shared/corpus/originals beside the repository");
        try (Vanban4j vanban = Vanban4j.standard()) {
            List<SignatureReport> signatures = vanban.verify(Files.readAllBytes(pdf), "CV-6791.pdf");
            assertThat(signatures).hasSize(4).allMatch(SignatureReport::intact);
            assertThat(signatures.get(0).signer()).isEqualTo("Phạm Bình Minh");
            assertThat(signatures.get(0).body()).isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
        }
    }
}

package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.test.Fixtures;

/** The same document gives the same PDF bytes: LibreOffice's conversion time and random id are replaced. */
class ReproduciblePdfTest {
    private static final Document DOC = Fixtures.statePlan();

    @Test
    void theSameDocumentGivesTheSamePdfBytes() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        try (Vanban4j vanban = Vanban4j.standard().withPdfConverter(PdfConverter.standard().withProcesses(1)
                .withTimeout(Duration.ofSeconds(60)))) {
            byte[] first = vanban.render(DOC, Vanban4j.Format.PDF);
            Thread.sleep(1100); // LibreOffice's own dates have a resolution of a second
            byte[] second = vanban.render(DOC, Vanban4j.Format.PDF);
            assertThat(first).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            assertThat(second).isEqualTo(first);

            try (PDDocument pdf = Loader.loadPDF(first)) {
                Calendar created = pdf.getDocumentInformation().getCreationDate();
                assertThat(created.toInstant()).isEqualTo(DOC.issueDate().atStartOfDay(java.time.ZoneOffset.ofHours(7)).toInstant());
                assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(created.toInstant());
                COSArray id = pdf.getDocument().getTrailer().getCOSArray(COSName.ID);
                assertThat(id).isNotNull();
                assertThat(id.size()).isEqualTo(2);
                assertThat(pdf.getNumberOfPages()).isPositive();
            }

            // the renderer's own PDF path gives the same bytes; another document another id
            try (PdfConverter converter = PdfConverter.standard().withProcesses(1).withTimeout(Duration.ofSeconds(60))) {
                assertThat(Renderer.standard().pdf(DOC, converter)).isEqualTo(first);
                Document other = Document.builder(DOC.kind(), DOC.family()).header(DOC.header()).number("16/KH-UBND")
                        .place(DOC.place()).issueDate(DOC.issueDate()).summary(DOC.summary()).build();
                byte[] otherPdf = Renderer.standard().pdf(other, converter);
                try (PDDocument a = Loader.loadPDF(first); PDDocument b = Loader.loadPDF(otherPdf)) {
                    assertThat(b.getDocument().getTrailer().getCOSArray(COSName.ID).getString(0))
                            .isNotEqualTo(a.getDocument().getTrailer().getCOSArray(COSName.ID).getString(0));
                }
            }
        }
    }
}

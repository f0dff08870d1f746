package vn.vanban4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.importer.ImportResult;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;
import vn.vanban4j.test.Fixtures;

/** The facade reads what a body receives: a document it rendered comes back with its header; limits hold. */
class FacadeImportTest {
    @TempDir
    Path dir;

    @Test
    void aRenderedPlanReadsBackWithItsHeader() throws Exception {
        Document plan = Fixtures.laiChauPlan();
        try (Vanban4j vanban = Vanban4j.standard()) {
            Path docx = dir.resolve("107-KH-ThU.docx");
            vanban.render(plan, Vanban4j.Format.DOCX, docx);
            ImportResult fromFile = vanban.importDocument(docx);
            assertThat(fromFile.document().number()).isEqualTo(plan.number());
            assertThat(fromFile.document().issueDate()).isEqualTo(plan.issueDate());
            assertThat(fromFile.document().kind()).isEqualTo(plan.kind());

            ImportResult fromBytes = vanban.importDocument(Files.readAllBytes(docx), Importer.Format.DOCX, "upload");
            assertThat(fromBytes.document().number()).isEqualTo(plan.number());
        }
    }

    @Test
    void theFacadesImportLimitsApply() throws Exception {
        Path text = dir.resolve("cv.txt");
        Files.writeString(text, "UBND TỈNH LAI CHÂU\nSỞ NỘI VỤ\nSố: 12/SNV-VP\nLai Châu, ngày 3 tháng 3 năm 2026\n"
                + "V/v báo cáo công tác\nKính gửi: Các phòng\n" + "Nội dung. ".repeat(200));
        try (Vanban4j vanban = Vanban4j.standard()) {
            assertThat(vanban.importDocument(text).document().number().toString()).isEqualTo("12/SNV-VP");
            Vanban4j small = vanban.withImportLimits(ImportLimits.DEFAULT.withFileBytes(1000));
            assertThatThrownBy(() -> small.importDocument(text)).isInstanceOf(ImportException.class)
                    .hasMessageContaining("cv.txt").hasMessageContaining("ImportLimits.fileBytes");
        }
    }
}

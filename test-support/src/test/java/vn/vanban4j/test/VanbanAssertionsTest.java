package vn.vanban4j.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.vanban4j.test.VanbanAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Section;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.Obligations;

/** The test-support artifact on the samples, as a host's tests would use it. */
class VanbanAssertionsTest {
    @TempDir
    Path dir;

    @Test
    void aRenderedStatePlanReadsBackAsAPersonSeesIt() {
        // the expected values are the state sample's JSON fields and Nghị định 30's A4 margins
        RenderedDocx docx = RenderedDocx.of(Renderer.standard().docx(Fixtures.statePlan()));
        assertThat(docx).hasNumber("15/KH-UBND")
                .hasPlaceAndDate("TP. Lai Châu, ngày 10 tháng 01 năm 2023")
                .hasTitle("KẾ HOẠCH", "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị năm 2023 (mẫu minh họa của vanban4j)")
                .hasHeadings("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG THỰC HIỆN", "III. TỔ CHỨC THỰC HIỆN")
                .hasTasks("1. Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố đưa nội dung Chuyên đề năm 2023",
                        "2. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND thành phố tổng hợp")
                .hasSignature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Minh họa")
                .hasRecipients("- Thường trực Thành ủy (b/c);", "- Chủ tịch, các Phó Chủ tịch UBND thành phố;",
                        "- Các phòng, ban, đơn vị thuộc UBND thành phố;", "- Lưu: VT, VP.")
                .hasAnnexes(0).hasLandscapeSections(0)
                .hasPage(210, 297, 20, 20, 30, 15);
    }

    @Test
    void aFailureSaysWhatTheDocumentHolds() {
        RenderedDocx docx = RenderedDocx.of(Renderer.standard().docx(Fixtures.statePlan()));
        assertThatThrownBy(() -> assertThat(docx).hasNumber("16/KH-UBND"))
                .hasMessageContaining("expected the number <16/KH-UBND> but the header says <15/KH-UBND>");
        assertThatThrownBy(() -> assertThat(docx).hasHeadings("II. NỘI DUNG THỰC HIỆN", "I. MỤC ĐÍCH, YÊU CẦU"))
                .hasMessageContaining("<I. MỤC ĐÍCH, YÊU CẦU> is missing");
        assertThatThrownBy(() -> assertThat(docx).hasTasks("2. Phòng Nội vụ", "1. Các phòng"))
                .hasMessageContaining("expected the task <1. Các phòng> after the task before it");
    }

    @Test
    void plansAndObligations() {
        Document laiChau = Fixtures.laiChauPlan();
        assertThat(laiChau).hasNumber("107-KH/ThU").hasNoErrors();
        assertThat(Fixtures.statePlan()).hasTasks(2).hasTaskWithDeadline("Phòng Nội vụ chủ trì", "trước ngày 05/11/2023");
        var set = Obligations.derive(laiChau, Fixtures.laiChauOrgChart(), DeadlineRules.standard(), java.util.Map.of());
        // 107-KH/ThU, "5. Chế độ thông tin báo cáo": Ban Tổ chức Thành ủy reports "Quý I trước ngày 31/3/2023" (a
        // Friday) and "báo cáo năm trước ngày 10/11/2023" (a Friday)
        assertThat(set).owes("Ban Tổ chức Thành ủy", Obligation.Kind.REPORT, LocalDate.of(2023, 3, 31))
                .owes("Ban Tổ chức Thành ủy", Obligation.Kind.REPORT, LocalDate.of(2023, 11, 10));
        assertThatThrownBy(() -> assertThat(set).owes("Không có đơn vị này", Obligation.Kind.REPORT, LocalDate.of(2023, 11, 6)))
                .hasMessageContaining("<Không có đơn vị này> owes no REPORT");
    }

    @Test
    void aGoldenFileShowsWhatChangedInWords() throws Exception {
        Path golden = dir.resolve("15-KH-UBND.golden.txt");
        byte[] first = Renderer.standard().docx(Fixtures.statePlan());
        assertThatThrownBy(() -> DocxGolden.assertMatches(golden, first)).hasMessageContaining("wrote the golden file");
        DocxGolden.assertMatches(golden, first);
        org.assertj.core.api.Assertions.assertThat(Files.readString(golden)).contains("[center b 14 keep] KẾ HOẠCH");

        Document plan = Fixtures.statePlan();
        Section first0 = plan.sections().get(0);
        Document changed = new Document(plan.kind(), plan.family(), plan.header(), plan.number(), plan.place(), plan.issueDate(),
                plan.summary(), plan.addressees(), plan.meeting(), plan.decidingAuthority(), plan.preamble(), plan.enacting(),
                java.util.List.of(new Section(first0.number(), "MỤC ĐÍCH", first0.content()), plan.sections().get(1),
                        plan.sections().get(2)), plan.conclusion(), plan.reportingSchedule(), plan.personalPlans(), plan.funding(),
                plan.recipients(), plan.filing(), plan.signatures(), plan.appendices());
        assertThatThrownBy(() -> DocxGolden.assertMatches(golden, Renderer.standard().docx(changed)))
                .hasMessageContaining("16 - [both b 14 keep] I. MỤC ĐÍCH, YÊU CẦU\n").hasMessageContaining("16 + [both b 14 keep] I. MỤC ĐÍCH\n");
    }
}

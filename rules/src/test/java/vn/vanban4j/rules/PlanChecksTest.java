package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.rules.Diagnostic.Severity;

/** The span a plan covers (VB011) and drafts without a number or date (VB012). */
class PlanChecksTest {
    private final DeadlineRules rules = DeadlineRules.standard();

    private static Document.Builder plan(String number, LocalDate issued, String summary, Task task) {
        return Document.builder(DocumentKind.PLAN, Family.STATE)
                .header(Header.of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"))
                .number(number).place("Lai Châu").issueDate(issued).summary(summary)
                .section(Section.builder("II.", "NHIỆM VỤ").task(task).build());
    }

    private static Task reportBy(String deadline) {
        return Task.builder("Tổng kết, báo cáo kết quả thực hiện").lead("Sở Nội vụ").deadline(deadline).build();
    }

    private List<Diagnostic> check(Document plan) {
        return PlanChecks.check(plan, rules);
    }

    private static List<String> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(Diagnostic::code).toList();
    }

    @Test
    void aTaskDeadlineAfterTheIssueYearIsNotOutsideWhenTheSummaryNamesNoSpan() {
        Document plan = plan("15/KH-UBND", LocalDate.of(2026, 11, 20), "Triển khai công tác chuyển đổi số",
                reportBy("trước ngày 15/01/2027")).build();

        assertThat(check(plan)).isEmpty();
    }

    @Test
    void aDeadlineAfterTheYearTheSummaryStatesIsOutside() {
        Document plan = plan("15/KH-UBND", LocalDate.of(2026, 3, 2), "Triển khai công tác chuyển đổi số năm 2026",
                reportBy("Hoàn thành trong quý II/2027")).build();

        List<Diagnostic> diagnostics = check(plan);

        assertThat(codes(diagnostics)).containsExactly("VB011");
        assertThat(diagnostics.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(diagnostics.get(0).path()).isEqualTo("$.sections[0].content[0].deadline");
        assertThat(diagnostics.get(0).message()).contains("30/06/2027").contains("hết 31/12/2026");
    }

    @Test
    void aDeadlineInsideAStatedSpanIsNotOutside() {
        Document plan = plan("15/KH-UBND", LocalDate.of(2026, 3, 2),
                "Thực hiện Chương trình chuyển đổi số giai đoạn 2026 - 2030", reportBy("trước ngày 15/01/2027")).build();

        assertThat(codes(check(plan))).doesNotContain("VB011");
    }

    @Test
    void aDraftWithoutNumberOrDateIsReported() {
        Document draft = plan("/KH-UBND", null, "Triển khai công tác chuyển đổi số năm 2026",
                Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").build()).build();

        List<Diagnostic> diagnostics = check(draft);

        assertThat(draft.number().isDraft()).isTrue();
        assertThat(diagnostics).usingRecursiveFieldByFieldElementComparatorIgnoringFields("text")
                .containsExactly(new Diagnostic("VB012", Severity.WARNING, "$.number",
                "văn bản là dự thảo: chưa có số và ngày ban hành; thời hạn được tính như ban hành hôm nay"));
    }

    @Test
    void aNumberedDocumentWithoutADateIsReported() {
        Document undated = plan("15/KH-UBND", null, "Triển khai công tác chuyển đổi số năm 2026",
                Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").build()).build();

        assertThat(check(undated)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("text")
                .containsExactly(new Diagnostic("VB012", Severity.WARNING, "$.issueDate",
                "văn bản là dự thảo: chưa có ngày ban hành; thời hạn được tính như ban hành hôm nay"));
    }

    @Test
    void aDatedDocumentWithoutANumberIsReported() {
        Document unnumbered = plan("/KH-UBND", LocalDate.of(2026, 3, 2), "Triển khai công tác chuyển đổi số năm 2026",
                Task.builder("Rà soát thủ tục hành chính").lead("Sở Nội vụ").build()).build();

        assertThat(check(unnumbered)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("text")
                .containsExactly(new Diagnostic("VB012", Severity.WARNING, "$.number",
                "văn bản là dự thảo: chưa có số"));
    }

    @Test
    void aReceivedCopyPrintedWithoutANumberIsReportedAsSuchNotAsADraft() {
        Document copy = Document.builder(DocumentKind.NOTICE, Family.STATE).header(Header.of("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"))
                .place("Lai Châu").issueDate(LocalDate.of(2026, 3, 2)).summary("Lịch tiếp công dân")
                .section(Section.builder("1.", null).task(Task.builder("Tổ chức tiếp công dân").lead("Văn phòng").build()).build())
                .build();

        assertThat(copy.number()).isNull();
        assertThat(check(copy)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("text")
                .containsExactly(new Diagnostic("VB012", Severity.WARNING, "$.number",
                "văn bản không ghi số, ký hiệu: bản nhận được in không có số"));
    }
}

package vn.vanban4j.test;

import vn.vanban4j.model.Document;
import vn.vanban4j.rules.ObligationSet;

/**
 * Entry point for vanban4j's AssertJ assertions:
 * <pre>{@code
 * import static vn.vanban4j.test.VanbanAssertions.assertThat;
 *
 * assertThat(RenderedDocx.of(docx)).hasNumber("107-KH/ThU").hasTitle("KẾ HOẠCH", "...").hasAnnexes(2);
 * assertThat(plan).hasTasks(32).hasNoErrors();
 * assertThat(obligations).owes("Ban Tuyên giáo", Obligation.Kind.REPORT, LocalDate.of(2023, 12, 15));
 * }</pre>
 */
public final class VanbanAssertions {
    private VanbanAssertions() {
    }

    public static DocxAssert assertThat(RenderedDocx docx) {
        return new DocxAssert(docx);
    }

    public static PlanAssert assertThat(Document document) {
        return new PlanAssert(document);
    }

    public static ObligationsAssert assertThat(ObligationSet obligations) {
        return new ObligationsAssert(obligations);
    }
}

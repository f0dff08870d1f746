package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.PlanFormatException.Problem;
import vn.vanban4j.model.internal.ModelMessages;

class MessagesTest {
    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    @Test
    void bundlesHoldEveryKeyInBothLanguages() {
        assertThat(MessageBundleCheck.problems(ModelMessages.class)).isEmpty();
    }

    @Test
    void aMissingFieldIsNamedWithItsPathInVietnameseAndEnglish() {
        String json = Plans.toJson(PlansJsonTest.smallPlan()).replace("\"signer\" : \"Nguyễn Văn A\"", "\"signerName\" : \"A\"");
        PlanFormatException error = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "ke-hoach.json"));
        Problem missing = error.problems().stream().filter(p -> p.path().equals("$.signatures[0].signer")).findFirst().orElseThrow();

        assertThat(missing.code()).isEqualTo(Problem.Code.REQUIRED);
        assertThat(missing.message()).isEqualTo("required field is missing");
        assertThat(missing.message(VI)).isEqualTo("thiếu trường bắt buộc");
        assertThat(missing.describe(VI)).isEqualTo("$.signatures[0].signer: thiếu trường bắt buộc");
        assertThat(error.message(VI)).startsWith("ke-hoach.json: 2 lỗi\n")
                .contains("$.signatures[0].signerName: trường không có trong mẫu; Signature chỉ có ");
        assertThat(error.getMessage()).startsWith("ke-hoach.json: 2 problems\n");
        assertThat(error.message(Locale.FRENCH)).isEqualTo(error.getMessage());
    }

    @Test
    void nestedPartsAreTranslatedWithTheWhole() {
        String json = Plans.toJson(PlansJsonTest.smallPlan()).replace("\"place\" : \"TP. Y\"", "\"place\" : [1]");
        Problem problem = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "a.json")).problems().get(0);

        assertThat(problem.code()).isEqualTo(Problem.Code.WRONG_TYPE);
        assertThat(problem.toString()).isEqualTo("$.place: expected text, found a list");
        assertThat(problem.describe(VI)).isEqualTo("$.place: cần văn bản, nhưng gặp một danh sách");
    }

    @Test
    void aSyntaxErrorKeepsTheParserTextAndTranslatesTheRest() {
        Problem problem = catchThrowableOfType(PlanFormatException.class, () -> Plans.read("{\n  \"kind\" : }", "a.json"))
                .problems().get(0);

        assertThat(problem.code()).isEqualTo(Problem.Code.JSON_SYNTAX);
        assertThat(problem.describe(VI)).startsWith("dòng 2, cột 12: không phải JSON hợp lệ: Unexpected character ('}'");
        assertThat(problem.toString()).startsWith("line 2, column 12: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void aProblemMadeFromPlainTextReadsTheSameInEveryLanguage() {
        Problem problem = new Problem("$.x", "a host's own words");

        assertThat(problem.code()).isEqualTo(Problem.Code.OTHER);
        assertThat(problem.message(VI)).isEqualTo("a host's own words");
    }

    @Test
    void apostrophesAndBracesSurviveMessageFormat() {
        Problem problem = catchThrowableOfType(PlanFormatException.class, () -> Plans.read("[1]", "a.json")).problems().get(0);

        assertThat(problem.message()).isEqualTo("expected an object ({ ... }), found a list");
        assertThat(problem.message(VI)).isEqualTo("cần một đối tượng ({ ... }), nhưng gặp một danh sách");
    }
}

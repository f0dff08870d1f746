package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import vn.vanban4j.model.PlanFormatException.Problem;

/** A JSON syntax error has its line and column as fields of their own; its path is a JSON path. */
class PlanSyntaxPositionTest {
    @Test
    void aSyntaxErrorHasLineAndColumnApartFromItsPath() {
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class,
                () -> Plans.read("{\n  \"kind\": \"PLAN\",,\n}", "broken.json"));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.hasPosition()).isTrue();
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(18);
            assertThat(p.path()).startsWith("$").doesNotContain("line");
            assertThat(p.message()).startsWith("not valid JSON: ");
            // the message reads as before
            assertThat(p.toString()).startsWith("line 2, column 18: not valid JSON: ");
        });
        assertThat(e.getMessage()).startsWith("broken.json: 1 problem\n  line 2, column 18: not valid JSON: ");
    }

    @Test
    void theSyntaxErrorsPathIsWhereTheReaderWas() {
        String json = "{\n  \"kind\": \"PLAN\",\n  \"sections\": [ { \"title\": \"A\" }, { \"title\": \"B\" \"x\": 1 } ]\n}";
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.read(json, "b.json"));
        Problem p = e.problems().get(0);
        assertThat(p.path()).isEqualTo("$.sections[1].title");
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isPositive();
    }

    @Test
    void otherProblemsHaveAPathAndNoPosition() {
        PlanFormatException e = catchThrowableOfType(PlanFormatException.class, () -> Plans.read("{\"kind\": \"NO_SUCH\"}", "k.json"));
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.hasPosition()).isFalse();
            assertThat(p.line()).isNull();
            assertThat(p.column()).isNull();
            assertThat(p.path()).startsWith("$");
            assertThat(p.toString()).isEqualTo(p.path() + ": " + p.message());
        });
    }

    @Test
    void theTwoArgumentConstructorStays() {
        Problem p = new Problem("$.number", "required field is missing");
        assertThat(p).isEqualTo(new Problem("$.number", "required field is missing", null, null));
        assertThat(p.toString()).isEqualTo("$.number: required field is missing");
        assertThat(Problem.syntax("$", 3, 7, "x").toString()).isEqualTo("line 3, column 7: x");
    }
}

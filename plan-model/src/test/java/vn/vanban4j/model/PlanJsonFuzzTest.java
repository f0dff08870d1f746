package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Fuzz properties: whatever text comes in, the JSON reader and DocumentNumber fail only with
 * their documented errors (PlanFormatException, IllegalArgumentException), never anything else.
 */
class PlanJsonFuzzTest {
    private static final String VALID = resource("/v010/15-KH-UBND.json");
    private static final List<String> TOKENS = List.of("{", "}", "[", "]", "\"", ":", ",", "null", "true", "0", "-1",
            "1e999", "\"\\u0000\"", "\"\\ud800\"", "\"kind\"", "\"sections\"", "\"type\"", "\"task\"", "\"2023-02-30\"",
            "\"\"", "[]", "{}", "\"\\n\"", "9999999999999999999999", "\"x\":1");

    private static String resource(String name) {
        try (InputStream in = PlanJsonFuzzTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Mutation(int at, int length, String insert) {
        String apply(String text) {
            int start = Math.min(at, text.length());
            int end = Math.min(text.length(), start + length);
            return text.substring(0, start) + insert + text.substring(end);
        }
    }

    @Provide
    Arbitrary<String> mutatedPlans() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, VALID.length()),
                Arbitraries.integers().between(0, 40),
                Arbitraries.oneOf(Arbitraries.of(TOKENS), Arbitraries.strings().ofMaxLength(6), Arbitraries.just("")))
                .as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4).map(ms -> {
            String text = VALID;
            for (Mutation m : ms) {
                text = m.apply(text);
            }
            return text;
        });
    }

    @Property
    void aMutatedPlanReadsOrFailsWithItsPath(@ForAll("mutatedPlans") String json) {
        try {
            Document doc = Plans.read(json, "fuzz.json");
            assertThat(Plans.read(Plans.toJson(doc), "again.json")).isEqualTo(doc);
        } catch (PlanFormatException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.path()).matches("(\\$.*|line \\d+, column \\d+|byte \\d+)").doesNotContain("\n"));
            assertThat(e.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("\n"));
        }
    }

    @Property
    void anyTextReadsOrFailsWithAPlanFormatException(@ForAll @StringLength(max = 200) String json) {
        try {
            Plans.read(json, "fuzz.json");
        } catch (PlanFormatException e) {
            assertThat(e.getMessage()).startsWith("fuzz.json");
        }
    }

    @Property
    void aDocumentNumberParsesOrFailsNamingTheText(@ForAll @StringLength(max = 40) String text) {
        try {
            DocumentNumber number = DocumentNumber.parse(text);
            assertThat(DocumentNumber.parse(number.toString())).isEqualTo(number);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.of("12", "/", "-", "KH", "TU", "UBND", "CV", "&", "ThU", "2026", "NQ", "HĐND", " ", "số", "0")
                .list().ofMaxSize(7).map(parts -> String.join("", parts));
    }

    @Property
    void aNumberLikeTextParsesOrFailsNamingTheText(@ForAll("numberLike") String text) {
        aDocumentNumberParsesOrFailsNamingTheText(text);
    }
}

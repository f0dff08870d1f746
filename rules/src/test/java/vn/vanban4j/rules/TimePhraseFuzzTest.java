package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Fuzz properties: the time-phrase parser never throws on text, and resolving a phrase fails only
 * with the documented IllegalArgumentException for dates outside the working calendar.
 */
class TimePhraseFuzzTest {
    private static final DeadlineRules RULES = DeadlineRules.standard();
    private static final PhraseContext CONTEXT = PhraseContext.issuedOn(LocalDate.of(2026, 3, 31));

    @Provide
    Arbitrary<String> phraseLike() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("trước", "ngày", "tháng", "năm", "quý", "hằng", "hàng", "định kỳ", "chậm nhất", "sau", "khi",
                        "trong", "từ", "đến", "hết", "giai đoạn", "nhiệm kỳ", "Hội nghị", "6 tháng đầu năm", "cuối năm",
                        "I", "II", "III", "IV", "V", "/", "-", "–", ",", ".", "(", ")", "0,5", "01", "31", "12", "2023",
                        "2026", "2030", "0000", "9999", "99999999999", "29/02", "30/02", "tuần", "ngày làm việc", "kể từ",
                        "thường xuyên", "phấn đấu", "lộ trình", "vào", "tới"),
                Arbitraries.integers().between(-5, 100_000).map(String::valueOf),
                Arbitraries.strings().ofMaxLength(4));
        return token.list().ofMaxSize(10).map(parts -> String.join(" ", parts));
    }

    private static void parseAndResolve(String text) {
        TimePhrase phrase = TimePhrases.parse(text, CONTEXT);
        assertThat(phrase).isNotNull();
        assertThat(TimePhrases.findAll(text, CONTEXT)).isNotNull();
        try {
            DueDate due = RULES.resolve(phrase, CONTEXT, Map.of());
            assertThat(due.status()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("calendar covers");
        }
    }

    @Property
    void anyPhraseLikeTextParsesAndResolvesOrSaysTheCalendarRange(@ForAll("phraseLike") String text) {
        parseAndResolve(text);
    }

    @Property
    void anyTextParsesWithoutThrowing(@ForAll @StringLength(max = 120) String text) {
        parseAndResolve(text);
    }
}

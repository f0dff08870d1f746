package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban4j.rules.TimePhrase.Frequency;
import vn.vanban4j.rules.TimePhrase.Recurring;
import vn.vanban4j.rules.TimePhrase.Relative;

/**
 * The deadline forms of 2026 programmes, plans and letters (task-table cells, multi-year targets,
 * duties on a condition), each with its kind and due date as a reader of the document would give it.
 */
class ProgrammePhrasesTest {
    private final DeadlineRules rules = DeadlineRules.standard();

    @ParameterizedTest(name = "{0} (issued {1})")
    @CsvSource(delimiter = '|', value = {
        // bare years and year ranges in a deadline column: the end of the (last) year
        "2030                                   | 2026-09-07 | period   | 2030-12-31",
        "2027                                   | 2026-12-31 | period   | 2027-12-31",
        "năm 2027                               | 2026-09-07 | period   | 2027-12-31",
        "2026 - 2027                            | 2026-09-07 | window   | 2027-12-31",
        "2026 – 2027                            | 2026-09-07 | window   | 2027-12-31",
        "2026-2027                              | 2026-09-07 | window   | 2027-12-31",
        "2026 đến 2028                          | 2026-09-07 | window   | 2029-01-02",
        "năm 2026 đến năm 2027                  | 2026-09-07 | window   | 2027-12-31",
        "giai đoạn 2026 - 2030                  | 2026-09-07 | window   | 2030-12-31",
        "giai đoạn 2026 đến năm 2030            | 2026-09-07 | window   | 2030-12-31",
        "nhiệm kỳ 2025 - 2030                   | 2026-09-07 | window   | 2030-12-31",
        "Từ năm 2026 đến năm 2028               | 2026-09-07 | window   | 2029-01-02",
        // targets: "đến năm ...", "phấn đấu ...", "lộ trình ...", "vào năm ..."
        "đến năm 2030                           | 2026-09-07 | period   | 2030-12-31",
        "phấn đấu đến năm 2030 đạt 100%         | 2026-09-07 | period   | 2030-12-31",
        "lộ trình đến năm 2028                  | 2026-09-07 | period   | 2029-01-02",
        "đến hết năm 2027                       | 2026-09-07 | period   | 2027-12-31",
        "vào năm 2027                           | 2026-09-07 | period   | 2027-12-31",
        // a date without "ngày"
        "trước 30/6/2027                        | 2026-09-07 | date     | 2027-06-30",
        "hoàn thành trước 31/10/2026            | 2026-09-07 | date     | 2026-11-02",
        "chậm nhất 15/01/2027                   | 2026-09-07 | date     | 2027-01-15",
        "30/6/2027                              | 2026-09-07 | date     | 2027-06-30",
        // OCR spacing
        "trước 3 0/6/2027                       | 2026-09-07 | date     | 2027-06-30",
        "2026  -  2027                          | 2026-09-07 | window   | 2027-12-31",
        // a monthly duty without "ngày": the 25th of the month the plan is in, then each month
        "trước 25 hằng tháng                    | 2026-09-07 | recurring| 2026-09-25",
        "trước 25 hằng tháng                    | 2026-09-28 | recurring| 2026-10-26",
        "trước ngày 25 hàng tháng               | 2026-12-26 | recurring| 2027-01-25",
    })
    void phrase(String phrase, LocalDate issued, String kind, LocalDate due) {
        DueDate result = rules.resolve(phrase, PhraseContext.issuedOn(issued), Map.of());
        assertThat(result.phrase().kind()).as(result.reason()).isEqualTo(kind);
        assertThat(result.due()).as(result.reason()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Cung cấp thông tin khi có yêu cầu                          | có yêu cầu",
        "báo cáo ngay sau khi sự cố phát sinh                       | sự cố phát sinh",
        "thẩm định khi có nhà đầu tư đề xuất                        | có nhà đầu tư đề xuất",
    })
    void dutiesOnAConditionArePendingNotUnrecognised(String phrase, String event) {
        DueDate result = rules.resolve(phrase, PhraseContext.issuedOn(LocalDate.of(2026, 9, 7)), Map.of());
        assertThat(result.phrase()).isInstanceOfSatisfying(Relative.class, r -> {
            assertThat(r.condition()).isTrue();
            assertThat(r.event()).isEqualTo(event);
        });
        assertThat(result.status()).isEqualTo(DueDate.Status.PENDING);
        assertThat(result.due()).isNull();
        // once the host records the request, the duty falls due that day
        DueDate known = rules.resolve(phrase, PhraseContext.issuedOn(LocalDate.of(2026, 9, 7)),
                Map.of(event, LocalDate.of(2026, 10, 6)));
        assertThat(known.due()).isEqualTo(LocalDate.of(2026, 10, 6));
    }

    @Test
    void periodicWithoutAPeriodIsRecurringWithThePeriodToBeSet() {
        DueDate result = rules.resolve("báo cáo định kỳ", PhraseContext.issuedOn(LocalDate.of(2026, 9, 7)), Map.of());
        assertThat(result.phrase()).isInstanceOfSatisfying(Recurring.class, r -> assertThat(r.frequency()).isEqualTo(Frequency.UNSET));
        assertThat(result.due()).isNull();
        assertThat(result.reason()).contains("chưa nêu chu kỳ");
    }

    @Test
    void documentDatesAreNotDeadlines() {
        PhraseContext context = PhraseContext.issuedOn(LocalDate.of(2026, 9, 7));
        assertThat(TimePhrases.findAll("Thực hiện Chương trình số 104-CTr/TU, ngày 30/8/2026 của Tỉnh ủy", context)).isEmpty();
        assertThat(TimePhrases.findAll("Căn cứ Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở", context)).isEmpty();
        // a year inside running text is not a bare year
        assertThat(TimePhrases.parse("Luật Đất đai năm 2024 và các văn bản hướng dẫn", context).kind()).isEqualTo("unrecognised");
    }

    @Test
    void yearsWithoutAnOfficialScheduleSaySo() {
        DueDate due = rules.resolve("trước ngày 15/3/2027", PhraseContext.issuedOn(LocalDate.of(2026, 9, 7)), Map.of());
        assertThat(due.reason()).contains("không có lịch nghỉ chính thức năm 2027: dùng ngày nghỉ theo Bộ luật Lao động");
        DueDate official = rules.resolve("trước ngày 15/3/2026", PhraseContext.issuedOn(LocalDate.of(2026, 1, 7)), Map.of());
        assertThat(official.reason()).doesNotContain("không có lịch nghỉ chính thức");
    }
}

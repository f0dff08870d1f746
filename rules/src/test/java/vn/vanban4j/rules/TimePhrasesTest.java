package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban4j.rules.TimePhrase.DateLimit;
import vn.vanban4j.rules.TimePhrase.Duration;
import vn.vanban4j.rules.TimePhrase.Frequency;
import vn.vanban4j.rules.TimePhrase.Period;
import vn.vanban4j.rules.TimePhrase.PeriodUnit;
import vn.vanban4j.rules.TimePhrase.Recurring;
import vn.vanban4j.rules.TimePhrase.Relative;
import vn.vanban4j.rules.TimePhrase.Unit;

/** Every time phrase of the seed plans (DEADLINES.md), with its kind and its due date on the 2023-2024 calendar. */
class TimePhrasesTest {
    /** 107-KH/ThU was issued 26/12/2022 for 2023; 198-KH/TU on 18/01/2023. */
    static final PhraseContext LAI_CHAU = new PhraseContext(LocalDate.of(2022, 12, 26), 2023);
    static final PhraseContext CAO_BANG = new PhraseContext(LocalDate.of(2023, 1, 18), 2023);
    private final DeadlineRules rules = DeadlineRules.standard();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // phrase | plan | kind | due (empty: none)
        "Thời gian dự kiến trong tháng 12/2022 | L | period | 2023-01-03",
        "Hoàn thành trước ngày 14/3/2023 | L | date | 2023-03-14",
        "Hoàn thành trước ngày 10/3/2023 | L | date | 2023-03-10",
        "Hoàn thành trong tháng 4/2023 | L | period | 2023-05-04",
        "Hoàn thành trong tháng 7/2023 | L | period | 2023-07-31",
        "Hoàn thành xây dựng kế hoạch trong tháng 12/2022 | L | period | 2023-01-03",
        "Thời gian hoàn thành xây dựng kế hoạch trước ngày 15/01/2023 | L | date | 2023-01-16",
        "Cuối năm 2023 | L | period | 2024-01-02",
        "Hoàn thành trong quý II/2023 | L | period | 2023-06-30",
        "Quý I trước ngày 31/3/2023 | L | date | 2023-03-31",
        "báo cáo 06 tháng trước ngày 20/6/2023 | L | date | 2023-06-20",
        "báo cáo năm trước ngày 10/11/2023 | L | date | 2023-11-10",
        "Quý IV | L | period | 2024-01-02",
        "Trong quý I/2023 | C | period | 2023-03-31",
        "Thời gian: 0,5 ngày, hoàn thành trong quý I/2023 | C | period | 2023-03-31",
        "hoàn thành chậm nhất 01 tháng sau Hội nghị trực tuyến toàn tỉnh | C | relative | ",
        "Chậm nhất 01 tháng sau khi được tham dự Hội nghị học tập, quán triệt Chuyên đề năm 2023 | C | relative | ",
        "Thời gian thực hiện: Hoàn thành trong quý I năm 2023 | C | period | 2023-03-31",
        "trước ngày 20/12/2023 | C | date | 2023-12-20",
        "trước ngày 10/12/2023 | C | date | 2023-12-11",
        "Trong quý III/2023 | C | period | 2023-10-02",
        "Từ tháng 9 đến tháng 10/2023 | C | window | 2023-10-31",
        "thực hiện thường xuyên | C | continuous | ",
        "theo định kỳ hàng quý | C | recurring | 2023-03-31",
        "định kỳ hằng quý | C | recurring | 2023-03-31",
        "sinh hoạt định kỳ hằng tháng | C | recurring | 2023-01-31",
        "Thời gian hoàn thành Chương trình: Quý I/2023 | C | period | 2023-03-31",
        "Thời gian hoàn thành kế hoạch: Quý I/2023 | C | period | 2023-03-31",
        "trong năm | C | period | 2024-01-02",
        "cuối năm | C | period | 2024-01-02",
        // wording of other real plans
        "trước ngày 20 hằng tháng | C | recurring | 2023-01-27",
        "trong quý IV năm 2026 | C | period | 2026-12-31",
        "Quý II/2026 | C | period | 2026-06-30",
        "trong tháng 01/2026 | C | period | 2026-02-02",
        "6 tháng đầu năm | C | period | 2023-06-30",
        "giai đoạn 2026 - 2030 | C | window | 2030-12-31",
        "định kỳ 6 tháng | C | recurring | 2023-06-30",
        "gửi hồ sơ trước 30 ngày làm việc của các đợt trao tặng | C | recurring | ",
        "tổng hợp danh sách đảng viên sau mỗi đợt | C | recurring | ",
        "lập danh sách theo từng đợt | C | recurring | ",
        "Dự kiến 04/08-20/08/2023 | C | window | 2023-08-21", // a Sunday: the next working day
        "báo cáo trong thời gian 01/6 - 15/6/2026 | C | window | 2026-06-15",
        // a span of months without "từ", or with a dash, as task tables write it
        "Thời gian thực hiện: Tháng 7 đến tháng 12/2026. | C | window | 2026-12-31",
        "Tháng 7- 12/2026 | C | window | 2026-12-31",
        "tháng 8 – tháng 11/2026 | C | window | 2026-11-30",
        "tháng 12/2025 - 01/2026 | C | window | 2026-02-02", // 31/01/2026 a Saturday
        "0,5 ngày | C | duration | ",
        "đầu tháng 12/2022 | L | period | 2022-12-01",
        "giữa năm 2023 | C | period | 2023-06-30",
        "trước ngày 0 7/11/2020 | C | date | 2020-11-09",
        "Căn cứ chức năng, nhiệm vụ được giao | C | unrecognised | ",
    })
    void seedPhrases(String phrase, String plan, String kind, LocalDate due) {
        PhraseContext context = plan.equals("L") ? LAI_CHAU : CAO_BANG;
        TimePhrase parsed = TimePhrases.parse(phrase, context);
        assertThat(parsed.kind()).isEqualTo(kind);
        DueDate result = rules.resolve(parsed, context, Map.of());
        assertThat(result.due()).isEqualTo(due);
        assertThat(result.reason()).isNotBlank();
    }

    @Test
    void relativeWaitsForItsEventThenCountsByMonths() {
        TimePhrase phrase = TimePhrases.parse("hoàn thành chậm nhất 01 tháng sau Hội nghị trực tuyến toàn tỉnh", CAO_BANG);
        assertThat(phrase).isInstanceOfSatisfying(Relative.class, r -> {
            assertThat(r.amount()).isEqualTo(1);
            assertThat(r.unit()).isEqualTo(Unit.MONTHS);
            assertThat(r.event()).isEqualTo("Hội nghị trực tuyến toàn tỉnh");
        });
        DueDate pending = rules.resolve(phrase, CAO_BANG, Map.of());
        assertThat(pending.status()).isEqualTo(DueDate.Status.PENDING);
        assertThat(pending.reason()).contains("Hội nghị trực tuyến toàn tỉnh");
        // DEADLINES.md worked results: 31/01/2023 -> 28/02/2023; 30/03/2024 -> 02/05/2024
        assertThat(rules.resolve(phrase, CAO_BANG, Map.of("hội nghị trực tuyến toàn tỉnh", LocalDate.of(2023, 1, 31))).due())
                .isEqualTo(LocalDate.of(2023, 2, 28));
        DueDate holiday = rules.resolve(phrase, CAO_BANG, Map.of("Hội nghị trực tuyến toàn tỉnh", LocalDate.of(2024, 3, 30)));
        assertThat(holiday.due()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(holiday.reason()).contains("30/04/2024 là Ngày Chiến thắng và Quốc tế Lao động -> 02/05/2024");
    }

    @Test
    void aLimitCountedFromTheDocumentsOwnSigningStartsAtItsIssueDate() {
        // issued 18/01/2023: 30 days from the day after -> 17/02/2023; 90 days -> 18/04/2023
        assertThat(rules.resolve("trong thời hạn 30 ngày kể từ ngày ký", CAO_BANG, Map.of()).due()).isEqualTo(LocalDate.of(2023, 2, 17));
        assertThat(rules.resolve("90 ngày kể từ ngày ban hành Quyết định này, phù hợp với điều kiện thực tế", CAO_BANG, Map.of()).due())
                .isEqualTo(LocalDate.of(2023, 4, 18));
        // an event of another document or body is still waited for
        assertThat(rules.resolve("30 ngày kể từ ngày ban hành Nghị quyết của Hội đồng nhân dân tỉnh", CAO_BANG, Map.of()).status())
                .isEqualTo(DueDate.Status.PENDING);
    }

    @Test
    void aLimitCountedFromTheDocumentsTakingEffectStartsOnTheDayItSaysItTakesEffect() {
        String limit = "trong thời hạn 03 ngày kể từ ngày Quyết định có hiệu lực thi hành";
        // an altered decision's last article: in effect from a day of its own (Sunday 15/03/2026 + 3 days -> 18/03/2026)
        PhraseContext fromADay = PhraseContext.of(decision(LocalDate.of(2026, 3, 2),
                "Quyết định này có hiệu lực thi hành từ ngày 15 tháng 03 năm 2026."));
        assertThat(fromADay.effective()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(rules.resolve(limit, fromADay, Map.of()).due()).isEqualTo(LocalDate.of(2026, 3, 18));
        // in effect from its signing, the sentence without "này", broken as a PDF breaks it, or read as a numbered heading
        PhraseContext fromSigning = PhraseContext.of(decision(LocalDate.of(2025, 11, 16), "Quyết định có hiệu lực thi hành\nkể từ ngày ký."));
        PhraseContext fromHeading = PhraseContext.of(vn.vanban4j.model.Document.builder(vn.vanban4j.model.DocumentKind.DECISION,
                vn.vanban4j.model.Family.STATE).header(vn.vanban4j.model.Header.of("UBND TỈNH A", "SỞ Y TẾ")).number("13/QĐ-SYT").issueDate(LocalDate.of(2025, 11, 16))
                .section(vn.vanban4j.model.Section.builder("Điều 3.", "Hiệu lực và trách nhiệm thi hành")
                        .block(vn.vanban4j.model.Section.builder("1.", "Quyết định có hiệu lực thi hành kể từ ngày ký").build()).build()).build());
        assertThat(fromHeading.effective()).isEqualTo(LocalDate.of(2025, 11, 16));
        assertThat(rules.resolve(limit, fromSigning, Map.of()).due()).isEqualTo(LocalDate.of(2025, 11, 19));
        assertThat(rules.resolve("Trong thời gian 90 ngày kể từ ngày Quyết định này có hiệu lực thi hành, các bộ ... công bố chỉ tiêu",
                PhraseContext.of(decision(LocalDate.of(2025, 11, 12), "Quyết định này có hiệu lực kể từ ngày ký.")), Map.of()).due())
                .isEqualTo(LocalDate.of(2026, 2, 10));
        // some days after signing, and 01/01 falls on a holiday, which the limit keeps as written
        assertThat(PhraseContext.of(decision(LocalDate.of(2025, 12, 22), "Nghị quyết này có hiệu lực sau 10 ngày kể từ ngày ký.")).effective())
                .isEqualTo(LocalDate.of(2026, 1, 1));
        // another act's taking effect is waited for, and so is the document's own when it does not say when
        assertThat(rules.resolve("trong thời hạn 30 ngày kể từ ngày Luật Đất đai có hiệu lực", fromSigning, Map.of()).status())
                .isEqualTo(DueDate.Status.PENDING);
        PhraseContext silent = PhraseContext.of(decision(LocalDate.of(2025, 11, 16), "Quyết định số 12/QĐ-UBND có hiệu lực từ ngày 01/01/2020."));
        assertThat(silent.effective()).isNull();
        assertThat(rules.resolve(limit, silent, Map.of()).status()).isEqualTo(DueDate.Status.PENDING);
    }

    private static vn.vanban4j.model.Document decision(LocalDate issued, String lastArticle) {
        return vn.vanban4j.model.Document.builder(vn.vanban4j.model.DocumentKind.DECISION, vn.vanban4j.model.Family.STATE)
                .header(vn.vanban4j.model.Header.of("UBND TỈNH A", "SỞ Y TẾ")).number("12/QĐ-SYT").issueDate(issued)
                .section(vn.vanban4j.model.Section.builder("Điều 3.", null).paragraph(lastArticle).build()).build();
    }

    @Test
    void reasonsExplainTheRollForward() {
        DueDate q3 = rules.resolve("Trong quý III/2023", CAO_BANG, Map.of());
        assertThat(q3.reason()).isEqualTo("hết quý III/2023 là 30/09/2023; 30/09/2023 là thứ Bảy -> 02/10/2023");
        DueDate yearEnd = rules.resolve("Cuối năm 2023", CAO_BANG, Map.of());
        assertThat(yearEnd.reason()).contains("31/12/2023 là Chủ nhật -> 02/01/2024");
    }

    @Test
    void optionsSwitchRollForwardAndExclusiveBefore() {
        assertThat(rules.withRollForward(false).resolve("Trong quý III/2023", CAO_BANG, Map.of()).due())
                .isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(rules.withBeforeInclusive(false).resolve("trước ngày 14/3/2023", CAO_BANG, Map.of()).due())
                .isEqualTo(LocalDate.of(2023, 3, 13));
    }

    @Test
    void findsEveryPhraseOfATaskLine() {
        List<TimePhrase> found = TimePhrases.findAll("- Các huyện, thành uỷ ... Thời gian: 0,5 ngày, hoàn thành chậm nhất"
                + " 01 tháng sau Hội nghị trực tuyến toàn tỉnh.", CAO_BANG);
        assertThat(found).extracting(TimePhrase::kind).containsExactly("duration", "relative");
        assertThat(found.get(0)).isInstanceOfSatisfying(Duration.class,
                d -> assertThat(d.amount()).isEqualByComparingTo(new BigDecimal("0.5")));
        assertThat(found.get(1).match().text()).isEqualTo("chậm nhất 01 tháng sau Hội nghị trực tuyến toàn tỉnh");
    }

    @Test
    void documentDatesAreNotDeadlines() {
        List<TimePhrase> found = TimePhrases.findAll("Thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị;"
                + " báo cáo trước ngày 10/12/2023.", CAO_BANG);
        assertThat(found).singleElement().satisfies(p -> assertThat(p.match().text()).isEqualTo("trước ngày 10/12/2023"));
    }

    @Test
    void noPartOfADocumentsDateWrittenInWordsIsADeadline() {
        // "ngày 19 tháng 11 năm 2015" is the decision's date; "tháng 11 năm 2015" inside it is no period either
        assertThat(TimePhrases.findAll("Bãi bỏ Chương III Quyết định số 20/2015/QĐ-UBND ngày 19 tháng 11 năm 2015 của UBND tỉnh.",
                CAO_BANG)).isEmpty();
        assertThat(TimePhrases.findAll("Thực hiện Công văn số 12/UBND-VP ngày 05 tháng 3 năm 2023, các sở báo cáo trong tháng 4/2023.",
                CAO_BANG)).extracting(p -> p.match().text()).containsExactly("tháng 4/2023");
    }

    @Test
    void acceptsNfdHangAndArabicQuarters() {
        String nfd = Normalizer.normalize("Hoàn thành trong quý 2/2023", Normalizer.Form.NFD);
        assertThat(TimePhrases.parse(nfd, CAO_BANG)).isInstanceOfSatisfying(Period.class, p -> {
            assertThat(p.unit()).isEqualTo(PeriodUnit.QUARTER);
            assertThat(p.end()).isEqualTo(LocalDate.of(2023, 6, 30));
        });
        assertThat(TimePhrases.parse("hàng  tháng", CAO_BANG)).isInstanceOfSatisfying(Recurring.class,
                r -> assertThat(r.frequency()).isEqualTo(Frequency.MONTHLY));
        assertThat(TimePhrases.parse("trước ngày 31/ 3/2023", CAO_BANG).kind()).isEqualTo("date");
    }

    @Test
    void aDayAndMonthAfterAWordOfLimitAndTheOlderSpellingOfQuarter() {
        // a task table's deadline cells: "Trước 10/5", "Quí I/2023"
        assertThat(TimePhrases.parse("Trước 10/5", CAO_BANG)).isInstanceOfSatisfying(DateLimit.class,
                d -> assertThat(d.date()).isEqualTo(LocalDate.of(2023, 5, 10)));
        assertThat(TimePhrases.parse("chậm nhất 15/01/2024", CAO_BANG)).isInstanceOfSatisfying(DateLimit.class,
                d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 1, 15)));
        assertThat(TimePhrases.parse("Quí I/2023", CAO_BANG)).isInstanceOfSatisfying(Period.class,
                p -> assertThat(p.end()).isEqualTo(LocalDate.of(2023, 3, 31)));
        // a share is no date, nor a day and month with nothing that makes it a limit
        assertThat(TimePhrases.findAll("phấn đấu đến 2/3 số xã đạt chuẩn", CAO_BANG)).isEmpty();
        assertThat(TimePhrases.findAll("đạt tỷ lệ trước 3/4%", CAO_BANG)).isEmpty();
    }

    @Test
    void impossibleDateIsUnrecognisedNotAnException() {
        TimePhrase phrase = TimePhrases.parse("trước ngày 31/2/2023", CAO_BANG);
        assertThat(phrase.kind()).isEqualTo("unrecognised");
        assertThat(((TimePhrase.Unrecognised) phrase).reason()).contains("31/2/2023");
        assertThat(TimePhrases.parse("", CAO_BANG).kind()).isEqualTo("unrecognised");
    }

    @Test
    void recurringOccurrencesOverAYear() {
        Recurring quarterly = (Recurring) TimePhrases.parse("hằng quý", CAO_BANG);
        assertThat(rules.occurrences(quarterly, LocalDate.of(2023, 1, 18), LocalDate.of(2023, 12, 31))).containsExactly(
                LocalDate.of(2023, 3, 31), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 10, 2), LocalDate.of(2024, 1, 2));
    }

    /** Phrases of real documents beyond the seeds: day-month with a hyphen, a weekday before the date, spans, events. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // phrase | kind | due on the calendar as written (no roll forward), issued 20/5/2026
        "trước ngày 10-6 | date | 2026-06-10",
        "vào ngày 15-8 | date | 2026-08-15",
        "vào ngày thứ Hai, 12/10/2026 | date | 2026-10-12",
        "ngày 05.12.2026 | date | 2026-12-05",
        "thời kỳ 2026 - 2035 | window | 2035-12-31",
        "03 năm (2026 - 2028) | window | 2028-12-31",
        "ngay khi các vụ việc, sự cố phát sinh | relative | ",
        "đột xuất khi được yêu cầu | relative | ",
    })
    void phrasesOfRealDocuments(String text, String kind, LocalDate due) {
        PhraseContext context = PhraseContext.issuedOn(LocalDate.of(2026, 5, 20));
        List<TimePhrase> found = TimePhrases.findAll(text, context);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found.get(0).kind()).isEqualTo(kind);
        assertThat(found.get(0).match().text()).isEqualTo(text);
        assertThat(rules.withRollForward(false).resolve(found.get(0), context, Map.of()).due()).isEqualTo(due);
    }
}

package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {
    private final LunarCalendar calendar = LunarCalendar.vietnamese();

    /** DEADLINES.md: Tết, Giỗ Tổ and the leap month, 2020-2030 (0 = no leap month). */
    @ParameterizedTest
    @CsvSource({
        "2020, 2020-01-25, 2020-04-02, 4",
        "2021, 2021-02-12, 2021-04-21, 0",
        "2022, 2022-02-01, 2022-04-10, 0",
        "2023, 2023-01-22, 2023-04-29, 2",
        "2024, 2024-02-10, 2024-04-18, 0",
        "2025, 2025-01-29, 2025-04-07, 6",
        "2026, 2026-02-17, 2026-04-26, 0",
        "2027, 2027-02-06, 2027-04-16, 0",
        "2028, 2028-01-26, 2028-04-04, 5",
        "2029, 2029-02-13, 2029-04-23, 0",
        "2030, 2030-02-02, 2030-04-12, 0",
    })
    void tetGioToAndLeapMonth(int year, LocalDate tet, LocalDate gioTo, int leapMonth) {
        assertThat(calendar.lunarNewYear(year)).isEqualTo(tet);
        assertThat(calendar.toSolar(new LunarDate(year, 3, 10, false))).isEqualTo(gioTo);
        assertThat(calendar.toLunar(gioTo)).isEqualTo(new LunarDate(year, 3, 10, false));
        if (leapMonth == 0) {
            assertThat(calendar.leapMonth(year)).isEmpty();
        } else {
            assertThat(calendar.leapMonth(year)).hasValue(leapMonth);
        }
    }

    /** Years where Tết in Vietnam (UTC+7) is a day or a month before the Chinese New Year (UTC+8). */
    @ParameterizedTest
    @CsvSource({"1985, 1985-01-21", "2007, 2007-02-17", "2030, 2030-02-02", "2053, 2053-02-18"})
    void tetDiffersFromChina(int year, LocalDate tet) {
        assertThat(calendar.lunarNewYear(year)).isEqualTo(tet);
    }

    @Test
    void leapMonthDaysConvert() {
        // 2023 had a leap second month: 22/3/2023 is 1/2 nhuận
        assertThat(calendar.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, 1, true));
        assertThat(calendar.toLunar(LocalDate.of(2023, 1, 21))).isEqualTo(new LunarDate(2022, 12, 30, false));
    }

    @Test
    void everyDayFrom1900To2100RoundTrips() {
        LocalDate day = LocalDate.of(1900, 1, 1);
        LocalDate end = LocalDate.of(2100, 12, 31);
        LunarDate previous = calendar.toLunar(day.minusDays(1));
        while (!day.isAfter(end)) {
            LunarDate lunar = calendar.toLunar(day);
            assertThat(calendar.toSolar(lunar)).isEqualTo(day);
            // consecutive days: next day of month, or day 1 of the next month
            if (lunar.day() != 1) {
                assertThat(lunar.day()).isEqualTo(previous.day() + 1);
            } else {
                assertThat(previous.day()).isIn(29, 30);
            }
            previous = lunar;
            day = day.plusDays(1);
        }
    }
}

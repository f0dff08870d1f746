package vn.vanban4j.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.rules.WorkingCalendar.DayOff;

class WorkingCalendarTest {
    private final WorkingCalendar calendar = WorkingCalendar.vietnam();

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 3, 14))).isTrue(); // Tuesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 30))).isFalse(); // Saturday
        assertThat(calendar.whyOff(LocalDate.of(2023, 9, 30))).contains("thứ Bảy");
    }

    @Test
    void overlay2023() {
        // Tết 20/1 to 26/1; 2/1 off for 1/1 on Sunday; 29/4 to 3/5; 1/9 to 4/9
        for (LocalDate d = LocalDate.of(2023, 1, 20); !d.isAfter(LocalDate.of(2023, 1, 26)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 27))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 1, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 4))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 9, 5))).isTrue();
    }

    @Test
    void overlay2024WithMakeUpSaturday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse(); // Monday, bridged
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue(); // Saturday worked back
        assertThat(calendar.makeUpWorkingDays(2024)).extracting(DayOff::date).containsExactly(LocalDate.of(2024, 5, 4));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 4, 18))).isFalse(); // Giỗ Tổ, by the rules
        assertThat(calendar.whyOff(LocalDate.of(2024, 4, 18))).contains("Giỗ Tổ Hùng Vương");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 15))).isTrue();
    }

    private void off(String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.parse(from).minusDays(1))).as("day before " + from).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse(to).plusDays(1))).as("day after " + to).isTrue();
    }

    @Test
    void overlays2020To2022AsPublished() {
        off("2020-01-23", "2020-01-29"); // Tết Canh Tý, Thursday to Wednesday
        off("2020-09-02", "2020-09-02"); // Quốc khánh one day under the 2012 code: Wednesday only
        off("2021-02-10", "2021-02-16"); // Tết Tân Sửu
        off("2021-09-02", "2021-09-05"); // Quốc khánh Thursday and Friday, then the weekend
        off("2022-01-29", "2022-02-06"); // Tết Nhâm Dần, nine days
        off("2022-09-01", "2022-09-04"); // Quốc khánh Thursday and Friday, then the weekend
        assertThat(calendar.isWorkingDay(LocalDate.of(2022, 4, 11))).isFalse(); // Giỗ Tổ on Sunday 10/4, compensated
        for (int year = 2020; year <= 2026; year++) {
            assertThat(calendar.overlay(year)).as("overlay " + year).isPresent();
            assertThat(calendar.overlay(year).get().source()).as("source " + year).isNotBlank();
        }
    }

    @Test
    void overlay2025AsPublished() {
        // Tết Ất Tỵ: Saturday 25/1 to Sunday 2/2, nine days, no Saturday worked back
        for (LocalDate d = LocalDate.of(2025, 1, 25); !d.isAfter(LocalDate.of(2025, 2, 2)); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 24))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        // 30/4 - 1/5: Friday 2/5 bridged, Saturday 26/4 worked back
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.makeUpWorkingDays(2025)).extracting(DayOff::date).containsExactly(LocalDate.of(2025, 4, 26));
        // Quốc khánh: Monday 1/9 and Tuesday 2/9; Giỗ Tổ Monday 7/4 by the rules
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 7))).isFalse();
        assertThat(calendar.overlay(2025)).isPresent();
        assertThat(calendar.overlay(2027)).isEmpty();
    }

    @Test
    void rulesGiveSubstituteDaysInYearsWithoutOverlay() {
        // 2028: 1/1 Saturday -> Monday 3/1 off; Giỗ Tổ 4/4/2028 Tuesday
        assertThat(calendar.overlay(2028)).isEmpty();
        assertThat(calendar.whyOff(LocalDate.of(2028, 1, 3))).contains("Nghỉ bù Tết Dương lịch");
        assertThat(calendar.isWorkingDay(LocalDate.of(2028, 4, 4))).isFalse();
        // 2027: 30/4 Friday, 1/5 Saturday -> Monday 3/5 off
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 4))).isTrue();
        // Tết 2027 (6/2): eve and four days
        assertThat(calendar.daysOff(2027)).extracting(DayOff::date).contains(LocalDate.of(2027, 2, 5),
                LocalDate.of(2027, 2, 9));
    }

    @Test
    void nextAndPlusWorkingDays() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2023, 12, 29))).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(calendar.onOrAfter(LocalDate.of(2023, 9, 30))).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 1, 19), 1)).isEqualTo(LocalDate.of(2023, 1, 27));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 1, 27), -1)).isEqualTo(LocalDate.of(2023, 1, 19));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 3, 13), 5)).isEqualTo(LocalDate.of(2023, 3, 20));
    }

    @Test
    void hostAddsAYearAsData() {
        YearOverlay culture = YearOverlay.parse("""
                { "year" : 2027,
                  "extraDaysOff" : [ { "date" : "2027-11-24", "name" : "Ngày Văn hóa Việt Nam" } ] }""", "2027.json");
        WorkingCalendar withCulture = calendar.withOverlay(culture);
        assertThat(withCulture.isWorkingDay(LocalDate.of(2027, 11, 24))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 11, 24))).isTrue();
        assertThat(withCulture.daysOff(2027)).extracting(DayOff::name).contains("Ngày Văn hóa Việt Nam");
    }

    @Test
    void badOverlayNamesThePath() {
        assertThatThrownBy(() -> YearOverlay.parse("{ \"year\" : 2027, \"holidays\" : [ { \"replaces\" : [ \"XMAS\" ],"
                + " \"from\" : \"2027-12-25\", \"to\" : \"2027-12-25\" } ] }", "2027.json"))
                .isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("2027.json")
                .hasMessageContaining("$.holidays[0].replaces[0]: \"XMAS\" is not one of");
    }
}

package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void longDatePadsDaysBelowTenAndMonthsOneAndTwo() {
        assertThat(VietnameseText.longDate(LocalDate.of(2023, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2023");
        assertThat(VietnameseText.longDate(LocalDate.of(2022, 12, 26))).isEqualTo("ngày 26 tháng 12 năm 2022");
        assertThat(VietnameseText.longDate(LocalDate.of(2023, 1, 18))).isEqualTo("ngày 18 tháng 01 năm 2023");
        assertThat(VietnameseText.longDate(LocalDate.of(2024, 2, 29))).isEqualTo("ngày 29 tháng 02 năm 2024");
        assertThat(VietnameseText.longDate(LocalDate.of(2023, 4, 3))).isEqualTo("ngày 03 tháng 4 năm 2023");
        assertThat(VietnameseText.longDate(LocalDate.of(2023, 6, 29))).isEqualTo("ngày 29 tháng 6 năm 2023");
    }

    @Test
    void namesCompareAcrossUnicodeFormsAndTonePlacement() {
        String nfd = Normalizer.normalize("Tỉnh ủy Cao Bằng", Normalizer.Form.NFD);
        assertThat(VietnameseText.sameName("Tỉnh uỷ Cao Bằng", nfd)).isTrue();
        assertThat(VietnameseText.sameName("TỈNH UỶ CAO BẰNG", "Tỉnh ủy Cao Bằng")).isTrue();
        assertThat(VietnameseText.sameName("văn hoá", "văn hóa")).isTrue();
        assertThat(VietnameseText.sameName("Ban  Tuyên giáo ", "Ban Tuyên giáo")).isTrue();
        assertThat(VietnameseText.sameName("Tỉnh ủy", "Thành ủy")).isFalse();
        assertThat(VietnameseText.sameName("quý", "quỷ")).isFalse();
    }

    @Test
    void upperCaseUsesVietnameseRules() {
        assertThat(VietnameseText.upper("Thành ủy Lai Châu")).isEqualTo("THÀNH ỦY LAI CHÂU");
        assertThat(VietnameseText.upper("đảng bộ")).isEqualTo("ĐẢNG BỘ");
    }
}

package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @ParameterizedTest
    @CsvSource({
        "107-KH/ThU, PARTY, 107, KH, ThU, ",
        "198-KH/TU, PARTY, 198, KH, TU, ",
        "01-KL/TW, PARTY, 1, KL, TW, ",
        "08-QĐi/TW, PARTY, 8, QĐi, TW, ",
        "94-HD/BTGTU, PARTY, 94, HD, BTGTU, ",
        "15/KH-UBND, STATE, 15, KH, UBND, ",
        "134/KH-UBND, STATE, 134, KH, UBND, ",
        "05/BNV-VP, STATE, 5, , BNV, VP",
        "215/PGDĐT, STATE, 215, , PGDĐT, ",
        "87/PGD&ĐT, STATE, 87, , PGD&ĐT, ",
        "45/HĐTĐ, STATE, 45, , HĐTĐ, ",
        "'512/SGDĐT-GDTrH,GDTX', STATE, 512, , SGDĐT, 'GDTrH,GDTX'",
        "456/QĐ-SYT-TCCB, STATE, 456, QĐ, SYT, TCCB",
        "12/KH-PGD&ĐT, STATE, 12, KH, PGD&ĐT, ",
        "15-QĐ/TW, PARTY, 15, QĐ, TW, ",
        "08-HD/VPTW, PARTY, 8, HD, VPTW, ",
        "123-KH/TĐTN-BTG, PARTY, 123, KH, TĐTN-BTG, ",
    })
    void parsesAndWritesBothStyles(String text, Family family, int number, String type, String issuer, String unit) {
        DocumentNumber parsed = DocumentNumber.parse(text);
        assertThat(parsed.family()).isEqualTo(family);
        assertThat(parsed.number()).isEqualTo(number);
        assertThat(parsed.typeCode()).isEqualTo(type);
        assertThat(parsed.issuerCode()).isEqualTo(issuer);
        assertThat(parsed.unitCode()).isEqualTo(unit);
        assertThat(parsed.toString()).isEqualTo(text);
    }

    @Test
    void spacesAndOtherDashesAsTextExtractionLeavesThem() {
        assertThat(DocumentNumber.parse("87 / PGD&ĐT")).hasToString("87/PGD&ĐT");
        assertThat(DocumentNumber.parse("215 /PGDĐT").issuerCode()).isEqualTo("PGDĐT");
        assertThat(DocumentNumber.parse("1105/KH–ĐKT")).hasToString("1105/KH-ĐKT");
        assertThat(DocumentNumber.parse("06/2026/QĐ-UBND").year()).isEqualTo(2026);
    }

    @Test
    void stateLegalActCarriesItsYear() {
        DocumentNumber decree = DocumentNumber.parse("30/2020/NĐ-CP");
        assertThat(decree.year()).isEqualTo(2020);
        assertThat(decree.kind()).contains(DocumentKind.DECREE);
        assertThat(decree.issuerCode()).isEqualTo("CP");
        assertThat(decree).hasToString("30/2020/NĐ-CP");
    }

    @Test
    void anActOfTheStandingCommitteeCarriesItsYearAndOneCode() {
        DocumentNumber resolution = DocumentNumber.parse("108/2025/UBTVQH15");
        assertThat(resolution.number()).isEqualTo(108);
        assertThat(resolution.year()).isEqualTo(2025);
        assertThat(resolution.typeCode()).isNull();
        assertThat(resolution.issuerCode()).isEqualTo("UBTVQH15");
        assertThat(resolution.kind()).isEmpty(); // no letter: its kind line says what it is
        assertThat(resolution).hasToString("108/2025/UBTVQH15");
        assertThat(DocumentNumber.parse(resolution.toString())).isEqualTo(resolution);
    }

    @Test
    void aNumberInASeriesKeepsItsPart() {
        DocumentNumber resolution = DocumentNumber.parse("66.4/2025/NQ-CP");
        assertThat(resolution.number()).isEqualTo(66);
        assertThat(resolution.part()).isEqualTo("4");
        assertThat(resolution.kind()).contains(DocumentKind.RESOLUTION);
        assertThat(resolution).hasToString("66.4/2025/NQ-CP");
        assertThat(DocumentNumber.parse("66.4/2025/NQ-CP")).isNotEqualTo(DocumentNumber.parse("66.9/2025/NQ-CP"));
        // every other number has none, and is made as before
        assertThat(new DocumentNumber(Family.STATE, 15, null, "KH", "UBND", null)).isEqualTo(DocumentNumber.parse("15/KH-UBND"));
    }

    @Test
    void unitCodesMayJoinTwoWithAnAmpersand() {
        // Phòng Giáo dục và Đào tạo writes "PGD&ĐT"
        DocumentNumber plan = DocumentNumber.parse("Số: 125/KH-PGD&ĐT".substring(4));
        assertThat(plan.issuerCode()).isEqualTo("PGD&ĐT");
        assertThat(plan.kind()).contains(DocumentKind.PLAN);
        assertThat(DocumentNumber.parse("   /KH-PGD&ĐT").isDraft()).isTrue();
    }

    @Test
    void draftHasBlankNumber() {
        DocumentNumber draft = DocumentNumber.parse("   -KH/ThU");
        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.typeCode()).isEqualTo("KH");
        assertThat(draft.toString()).endsWith("-KH/ThU").startsWith(" ");
        assertThat(DocumentNumber.parse(draft.toString())).isEqualTo(draft);
        assertThat(DocumentNumber.parse("     /KH-UBND").isDraft()).isTrue();
    }

    @Test
    void kindComesFromTypeCode() {
        assertThat(DocumentNumber.parse("08-QĐi/TW").kind()).contains(DocumentKind.REGULATION);
        assertThat(DocumentNumber.parse("107-KH/ThU").kind()).contains(DocumentKind.PLAN);
        assertThat(DocumentNumber.parse("05/BNV-VP").kind()).contains(DocumentKind.OFFICIAL_LETTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"107", "KH/ThU", "107-KH", "107 KH ThU", "abc-KH/ThU", ""})
    void malformedNumberSaysWhatWasExpected(String text) {
        assertThatThrownBy(() -> DocumentNumber.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a Party number like \"107-KH/ThU\"");
    }
}

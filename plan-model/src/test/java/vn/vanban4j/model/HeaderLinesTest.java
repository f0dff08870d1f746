package vn.vanban4j.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderLinesTest {
    @Test
    void linesAreTheAuthorsBreaksOfAnyKindTrimmedWithoutBlanks() {
        assertEquals(List.of("ĐẢNG BỘ TỈNH LAI CHÂU", "THÀNH ỦY LAI CHÂU"), Header.lines("  ĐẢNG BỘ TỈNH LAI CHÂU \r\n\r\n THÀNH ỦY LAI CHÂU\n"));
        assertEquals(List.of("UBND TỈNH", "SỞ Y TẾ", "PHÒNG A"), Header.lines("UBND TỈNH\u2028SỞ Y TẾ\rPHÒNG A"));
        assertEquals(List.of(), Header.lines(" \n "));
    }

    @Test
    void theIssuerOnOneLineJoinsItsLinesWithSpaces() {
        assertEquals("ỦY BAN NHÂN DÂN XÃ TÂN HÒA", Header.of("ỦY BAN NHÂN DÂN\nXÃ TÂN HÒA").issuerName());
    }
}

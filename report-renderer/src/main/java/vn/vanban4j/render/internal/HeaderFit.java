package vn.vanban4j.render.internal;

import java.util.List;

/**
 * Header lines fitted to their column as a clerk fits them, the text left as it is: a body's name a
 * point smaller when only that keeps it on one line (NĐ 30 and HD 36 allow 12-13 pt for it), so it
 * does not break inside a word ("THÀNH / PHỐ"); a place-and-date line too wide for its column broken
 * after the place, so the date stays whole ("Hà Nội," / "ngày 10 tháng 9 năm 2026") and the year is
 * never left alone.
 */
final class HeaderFit {
    private HeaderFit() {
    }

    /** The size to set a header line in: {@code pt}, or a point less when only that fits it in {@code columnTwips}. */
    static double size(String line, String font, double pt, boolean bold, long columnTwips) {
        if (TextWidth.twips(line, font, pt, bold) <= columnTwips) {
            return pt;
        }
        return TextWidth.twips(line, font, pt - 1, bold) <= columnTwips ? pt - 1 : pt;
    }

    /** The place-and-date line as one line, or as the place and the date when it is too wide for {@code columnTwips}. */
    static List<String> placeAndDate(String line, String font, double pt, boolean bold, long columnTwips) {
        int comma = line.indexOf(", ");
        if (comma < 0 || TextWidth.twips(line, font, pt, bold) <= columnTwips) {
            return List.of(line);
        }
        return List.of(line.substring(0, comma + 1), line.substring(comma + 2));
    }
}

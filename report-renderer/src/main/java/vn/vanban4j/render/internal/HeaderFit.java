package vn.vanban4j.render.internal;

import java.util.List;

/**
 * Header lines fitted to their column as a clerk fits them, the text left as it is: a body's name too
 * wide for its column broken before the place it is named after ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ LAI
 * CHÂU", the break FORMATS.md and real headers show), else set a point smaller when only that keeps it on
 * one line, so it never breaks inside a word ("THÀNH / PHỐ"); a place-and-date line too wide broken after
 * the place, so the date stays whole ("Hà Nội," / "ngày 10 tháng 9 năm 2026") and the year is never alone.
 */
final class HeaderFit {
    private HeaderFit() {
    }

    // the words a body's place begins with ("THÀNH PHỐ LAI CHÂU", "TỈNH LÀO CAI", "PHƯỜNG MINH HỌA")
    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            " (?=(?:THÀNH PHỐ|TỈNH|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU) \\S)");

    /**
     * A body's name as the lines to set it in: itself when it fits {@code columnTwips} at {@code pt}, else the
     * body and its place on two lines when each fits (at {@code pt}, else a point smaller: see {@link #size}); else
     * itself (to be set smaller).
     */
    static List<String> name(String line, String font, double pt, boolean bold, long columnTwips) {
        if (TextWidth.twips(line, font, pt, bold) <= columnTwips) {
            return List.of(line);
        }
        // a break where both lines fit at pt, else one where both fit a point smaller (a column narrowed by a logo)
        for (double size : new double[] {pt, pt - 1}) {
            java.util.regex.Matcher m = PLACE.matcher(line);
            while (m.find()) {
                String body = line.substring(0, m.start());
                String place = line.substring(m.end());
                if (TextWidth.twips(body, font, size, bold) <= columnTwips && TextWidth.twips(place, font, size, bold) <= columnTwips) {
                    return List.of(body, place);
                }
            }
        }
        return List.of(line);
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

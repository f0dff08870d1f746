package vn.vanban4j.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers shared by every module: official date wording and name comparison that
 * ignores Unicode form and tone-mark placement ("Tỉnh uỷ" equals "Tỉnh ủy").
 */
public final class VietnameseText {
    /** The locale for upper-casing ("đ" to "Đ"). */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /**
     * The date as official documents write it: "ngày 05 tháng 01 năm 2023". Days below 10 and the
     * months 1 and 2 take a leading zero (Nghị định 30/2020, Phụ lục I).
     */
    public static String longDate(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue())
                + " năm " + date.getYear();
    }

    /** A short date as plans write it in running text: "18/01/2023". */
    public static String shortDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String month(int month) {
        return month <= 2 ? twoDigits(month) : Integer.toString(month);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** Upper case with Vietnamese rules: "Thành ủy Lai Châu" to "THÀNH ỦY LAI CHÂU". */
    public static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /**
     * The comparison key of a name: NFC, lower case, single spaces, and the old tone placement on
     * "oa", "oe", "uy" moved to the new one ("uỷ" to "ủy", "hoá" to "hóa"). Use it to compare;
     * never to display.
     */
    public static String nameKey(String name) {
        String text = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(VIETNAMESE);
        text = moveToneToFirstVowel(text);
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    /** True when the two names are the same after {@link #nameKey(String)}. */
    public static boolean sameName(String a, String b) {
        return nameKey(a).equals(nameKey(b));
    }

    /** Whitespace folded to single spaces and the text put in NFC. */
    public static String normalizeSpace(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    // In NFD a tone mark follows its vowel. For the pairs "oa", "oe", "uy" written with the tone on
    // the second vowel ("uỷ" = u, y, hook), move the mark onto the first vowel ("ủy").
    private static String moveToneToFirstVowel(String nfd) {
        StringBuilder out = new StringBuilder(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char c = nfd.charAt(i);
            if (i + 2 < nfd.length() && isPair(c, nfd.charAt(i + 1)) && isTone(nfd.charAt(i + 2))
                    && (i + 3 == nfd.length() || !Character.isLetter(nfd.charAt(i + 3)))) {
                out.append(c).append(nfd.charAt(i + 2)).append(nfd.charAt(i + 1));
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean isPair(char first, char second) {
        return (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
    }

    private static boolean isTone(char c) {
        // combining grave, acute, tilde, hook above, dot below
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }
}

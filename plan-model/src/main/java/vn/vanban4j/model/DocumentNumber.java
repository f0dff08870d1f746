package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number ("số và ký hiệu") in either style.
 *
 * <ul>
 *   <li>Party: number, "-", type code, "/", issuer code: {@code 107-KH/ThU}, {@code 08-QĐi/TW}.
 *   <li>State: number, "/", type code, "-", issuer code: {@code 15/KH-UBND}; a state letter
 *       (công văn) has no type code but an issuer and a drafting unit: {@code 05/BNV-VP}, or the
 *       issuer alone: {@code 215/PGDĐT}; several drafting units are written with commas or further
 *       hyphens: {@code 512/SGDĐT-GDTrH,GDTX}, {@code 456/QĐ-SYT-TCCB}; a legal act carries its
 *       year: {@code 30/2020/NĐ-CP}, or the year and one code: {@code 108/2025/UBTVQH15}.
 * </ul>
 *
 * A draft has no number yet ({@code number} is null) and is written with blanks where the number
 * goes: {@code "   -KH/ThU"}. Numbers below 10 are written with a leading zero.
 *
 * @param family        which style the number is written in
 * @param number        the sequence number; null for a draft
 * @param year          the year part of a state legal act's number ("30/2020/NĐ-CP"); null otherwise
 * @param typeCode      the document type code ("KH", "QĐi"); null for a state letter
 * @param issuerCode    the issuing body's code ("ThU", "UBND", "BNV")
 * @param unitCode      the drafting unit(s) of a state number ("VP" in "05/BNV-VP", "GDTrH,GDTX" in
 *                      "512/SGDĐT-GDTrH,GDTX", "TCCB" in "456/QĐ-SYT-TCCB"); null when none is written
 * @param part          the part after a dot of a number in a series ("4" in "66.4/2025/NQ-CP"); null for most
 */
public record DocumentNumber(Family family, Integer number, Integer year, String typeCode, String issuerCode,
        String unitCode, String part) {

    private static final String CODE = "[\\p{L}][\\p{L}\\p{Nd}.&]*"; // "PGD&ĐT"
    private static final String CODES = CODE + "(?:[-,]" + CODE + "){0,8}"; // "SGDĐT-GDTrH,GDTX"
    private static final Pattern PARTY = Pattern.compile(
            "(\\d{1,5}|)(?:\\.(\\d{1,3}))?-(" + CODE + ")/(" + CODE + "(?:-" + CODE + "){0,8})");
    private static final Pattern STATE = Pattern.compile(
            "(\\d{1,5}|)(?:\\.(\\d{1,3}))?/(?:(\\d{4})/)?(" + CODES + ")");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");
    private static final String EXPECTED =
            "expected a Party number like \"107-KH/ThU\" or a state number like \"15/KH-UBND\", \"05/BNV-VP\" or \"215/PGDĐT\"";

    /** A number that is no part of a series: every number but "66.4/2025/NQ-CP" and its like. */
    public DocumentNumber(Family family, Integer number, Integer year, String typeCode, String issuerCode, String unitCode) {
        this(family, number, year, typeCode, issuerCode, unitCode, null);
    }

    public DocumentNumber {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(issuerCode, "issuerCode");
        if (number != null && number < 0) {
            throw new IllegalArgumentException("a document number cannot be negative: " + number);
        }
    }

    /**
     * Reads a number in either style.
     *
     * @throws IllegalArgumentException naming the text and what was expected
     */
    @JsonCreator
    public static DocumentNumber parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no document number: " + EXPECTED);
        }
        String trimmed = DASHES.matcher(VietnameseText.normalizeSpace(text).replaceAll("\\s", "")).replaceAll("-");
        Matcher party = PARTY.matcher(trimmed);
        if (party.matches()) {
            return new DocumentNumber(Family.PARTY, numberOf(party.group(1)), null, party.group(3),
                    party.group(4), null, party.group(2));
        }
        Matcher state = STATE.matcher(trimmed);
        if (state.matches()) {
            Integer year = state.group(3) == null ? null : Integer.valueOf(state.group(3));
            String part = state.group(2);
            String[] parts = state.group(4).split("-", 3);
            boolean typed = parts.length >= 2 && (year != null || DocumentKind.fromCode(parts[0]).isPresent());
            if (typed) {
                return new DocumentNumber(Family.STATE, numberOf(state.group(1)), year, parts[0], parts[1],
                        parts.length == 3 ? parts[2] : null, part);
            }
            if (year == null) {
                String unit = parts.length == 1 ? null : state.group(4).substring(parts[0].length() + 1);
                return new DocumentNumber(Family.STATE, numberOf(state.group(1)), null, null, parts[0], unit, part);
            }
            if (parts.length == 1) {
                // an act of the Standing Committee of the National Assembly: "108/2025/UBTVQH15", its body and term as one code
                return new DocumentNumber(Family.STATE, numberOf(state.group(1)), year, null, parts[0], null, part);
            }
        }
        throw new IllegalArgumentException("\"" + text + "\" is not a document number: " + EXPECTED);
    }

    private static Integer numberOf(String digits) {
        return digits.isEmpty() ? null : Integer.valueOf(digits);
    }

    /** True for a draft whose number is still to be given. */
    public boolean isDraft() {
        return number == null;
    }

    /** The kind named by the type code, if the code is known. */
    public java.util.Optional<DocumentKind> kind() {
        if (typeCode == null) { // a letter's number, or an act's whose kind its number does not say ("108/2025/UBTVQH15")
            return year == null ? java.util.Optional.of(DocumentKind.OFFICIAL_LETTER) : java.util.Optional.empty();
        }
        if (family == Family.STATE && DocumentKind.LEGAL_CIRCULAR.hasCode(typeCode)) {
            return java.util.Optional.of(DocumentKind.LEGAL_CIRCULAR); // "14/2026/TT-BNV"; a Party "05-TT/TW" is a Thông tri
        }
        return DocumentKind.fromCode(typeCode);
    }

    /** The number as written, blanks for a draft: "107-KH/ThU", "   -KH/ThU", "15/KH-UBND". */
    @JsonValue
    @Override
    public String toString() {
        String n = (number == null ? "      " : number < 10 ? "0" + number : number.toString()) + (part == null ? "" : "." + part);
        if (family == Family.PARTY) {
            return n + "-" + typeCode + "/" + issuerCode;
        }
        return n + "/" + (year == null ? "" : year + "/") + (typeCode == null ? "" : typeCode + "-") + issuerCode
                + (unitCode == null ? "" : "-" + unitCode);
    }
}

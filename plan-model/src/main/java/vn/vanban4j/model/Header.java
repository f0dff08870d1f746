package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The issuing body as the header's left column writes it. A "\n" in either text is a line break
 * the author wants kept ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI"); without one the renderer wraps where
 * the column ends.
 *
 * @param superior the superior line ("ĐẢNG BỘ TỈNH LAI CHÂU", "UBND TỈNH LÀO CAI"); null when the
 *                 issuer has none (a Tỉnh ủy)
 * @param issuer   the issuing body ("THÀNH ỦY LAI CHÂU")
 */
public record Header(String superior, @JsonProperty(required = true) String issuer) {
    public Header {
        Required.text(issuer, "issuer");
    }

    /** The superior body's lines as the author broke them; empty when there is none. */
    public List<String> superiorLines() {
        return superior == null || superior.isBlank() ? List.of() : lines(superior);
    }

    /** The issuing body's lines as the author broke them. */
    public List<String> issuerLines() {
        return lines(issuer);
    }

    /** The issuing body on one line, breaks as spaces: for running text and metadata. */
    public String issuerName() {
        return String.join(" ", issuerLines());
    }

    /** Text split at the author's line breaks, each line trimmed, blank lines dropped. */
    public static List<String> lines(String text) {
        List<String> lines = new java.util.ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                String line = text.substring(start, i).strip();
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return List.copyOf(lines);
    }

    // what \R matches, one char at a time ("\r\n" leaves an empty line between, which lines drops)
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** The issuing body alone ("THÀNH ỦY LAI CHÂU"). */
    public static Header of(String issuer) {
        return new Header(null, issuer);
    }

    /** The superior body and the issuer ("UBND TỈNH LÀO CAI", "UBND THÀNH PHỐ LÀO CAI"). */
    public static Header of(String superior, String issuer) {
        return new Header(superior, issuer);
    }
}

package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of a signature's authority stack: "TM. ỦY BAN NHÂN DÂN", then "KT. CHỦ TỊCH".
 *
 * @param authority how this line signs (the prefix "TM.", "KT.", "T/M" ...)
 * @param body      what follows the prefix ("ỦY BAN NHÂN DÂN", "CHỦ TỊCH"); may hold "\n" where the
 *                  author breaks the line
 */
public record AuthorityLine(@JsonProperty(required = true) SigningAuthority authority, String body) {
    public AuthorityLine {
        if (authority == null) {
            throw new IllegalArgumentException("authority must be given");
        }
    }

    /** The line as the family writes it: "T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH". */
    public String text(Family family) {
        String prefix = authority.prefix(family);
        if (body == null || body.isBlank()) {
            return prefix;
        }
        return prefix.isEmpty() ? body : prefix + " " + body;
    }
}

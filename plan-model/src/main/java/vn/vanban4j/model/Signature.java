package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * The signature block.
 *
 * @param authority     how the signer signs
 * @param authorityBody the body signed for, after the prefix ("BAN THƯỜNG VỤ" in "T/M BAN THƯỜNG VỤ");
 *                      null when signing in one's own right
 * @param position      the signer's position ("PHÓ BÍ THƯ")
 * @param signer        the signer's name ("Đặng Quang Chung")
 */
public record Signature(SigningAuthority authority, String authorityBody, @JsonProperty(required = true) String position,
        @JsonProperty(required = true) String signer) {
    public Signature {
        if (authority == null) {
            authority = SigningAuthority.OWN;
        }
        Required.text(position, "position");
        Required.text(signer, "signer");
    }

    /** The authority line as the family writes it: "T/M BAN THƯỜNG VỤ"; empty when signing in one's own right. */
    public String authorityLine(Family family) {
        String prefix = authority.prefix(family);
        if (authorityBody == null || authorityBody.isBlank()) {
            return prefix;
        }
        return prefix.isEmpty() ? authorityBody : prefix + " " + authorityBody;
    }
}

package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * The issuing body as the header's left column writes it.
 *
 * @param superior the superior line ("ĐẢNG BỘ TỈNH LAI CHÂU", "UBND TỈNH LÀO CAI"); null when the
 *                 issuer has none (a Tỉnh ủy)
 * @param issuer   the issuing body ("THÀNH ỦY LAI CHÂU")
 */
public record Header(String superior, @JsonProperty(required = true) String issuer) {
    public Header {
        Required.text(issuer, "issuer");
    }
}

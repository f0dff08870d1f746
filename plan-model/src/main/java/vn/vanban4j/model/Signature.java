package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A signature block: the authority lines from the top ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the
 * signer's position and name.
 *
 * @param authorities the stack of authority lines, top first; empty when signing in one's own right
 * @param position    the signer's position ("PHÓ CHỦ TỊCH", "THƯ KÝ"); may hold "\n" line breaks
 * @param signer      the signer's name ("Đặng Quang Chung")
 * @param image       the signature (or signature and seal) image placed between the position and the
 *                    name in an electronically signed copy, by the name the host gives it; null for the
 *                    blank space a pen signature takes
 */
public record Signature(List<AuthorityLine> authorities, @JsonProperty(required = true) String position,
        @JsonProperty(required = true) String signer, String image) {
    public Signature {
        authorities = Required.list(authorities);
        Required.text(position, "position");
        Required.text(signer, "signer");
        if (image != null && image.isBlank()) {
            throw new IllegalArgumentException("image must name an image or be left out");
        }
    }

    /** A signature signed by pen: blank space above the name. */
    public Signature(List<AuthorityLine> authorities, String position, String signer) {
        this(authorities, position, signer, null);
    }

    /** A signature under one authority line: {@code of(ON_BEHALF_OF, "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", name)}. */
    public static Signature of(SigningAuthority authority, String body, String position, String signer) {
        List<AuthorityLine> lines = authority == null || authority == SigningAuthority.OWN && (body == null || body.isBlank())
                ? List.of() : List.of(new AuthorityLine(authority, body));
        return new Signature(lines, position, signer);
    }

    /** The authority lines as the family writes them, top first: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH". */
    public List<String> authorityLines(Family family) {
        return authorities.stream().map(line -> line.text(family)).toList();
    }

    /**
     * A signature built step by step:
     * {@code Signature.builder("PHÓ CHỦ TỊCH", "Nguyễn Văn A").authority(SigningAuthority.DEPUTY_FOR, "CHỦ TỊCH").build()}.
     */
    public static Builder builder(String position, String signer) {
        return new Builder(position, signer);
    }

    /** Builds a {@link Signature}; authority lines stack in the order given. */
    public static final class Builder {
        private final String position;
        private final String signer;
        private final java.util.List<AuthorityLine> authorities = new java.util.ArrayList<>();
        private String image;

        private Builder(String position, String signer) {
            this.position = position;
            this.signer = signer;
        }

        /** An authority line: "TM. ỦY BAN NHÂN DÂN" is (ON_BEHALF_OF, "ỦY BAN NHÂN DÂN"). */
        public Builder authority(SigningAuthority authority, String body) {
            authorities.add(new AuthorityLine(authority, body));
            return this;
        }

        /** The name of a signature image the renderer is given. */
        public Builder image(String name) {
            this.image = name;
            return this;
        }

        /** @throws IllegalArgumentException when the position or the signer is blank */
        public Signature build() {
            return new Signature(authorities, position, signer, image);
        }
    }
}

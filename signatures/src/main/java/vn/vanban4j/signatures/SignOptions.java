package vn.vanban4j.signatures;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a signature is added. The signing time is given (the caller's clock), so that the same input, key and
 * time give the same bytes (RSA keys).
 *
 * @param role       whose signature: the person's ({@link Role#SIGNER}) or the body's ({@link Role#BODY})
 * @param time       the signing time, written as the signature's /M and, for the body, in its appearance
 * @param image      the person's signature image (PNG), for a visible {@link Role#SIGNER} signature
 * @param seal       the body's seal (PNG), for a visible {@link Role#BODY} signature
 * @param placement  where the visible signature goes; without one the signature is invisible unless it is an attachment's
 * @param bodyName   the body's name shown beside the seal; empty: the signer certificate's common name
 * @param reference  number and notation of the main document, shown on an attachment's body signature
 * @param font       a TrueType font with Vietnamese letters for the appearance's text; empty: Times New Roman or Liberation Serif
 *                   found in the system's font folders
 * @param timestamps a timestamp authority, for PAdES baseline B-T; empty for baseline B
 */
public record SignOptions(Role role, Instant time, Optional<byte[]> image, Optional<byte[]> seal, Optional<Placement> placement,
        Optional<String> bodyName, Optional<String> reference, Optional<Path> font, Optional<TimestampAuthority> timestamps) {

    /** Whose signature. */
    public enum Role {
        /** The person with authority who signs the document. */
        SIGNER,
        /** The issuing body (its seal), usually added by the clerk with the number and date. */
        BODY
    }

    public SignOptions {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(time, "time");
        image = image.map(byte[]::clone);
        seal = seal.map(byte[]::clone);
    }

    /** An invisible signature in {@code role} at {@code time}, baseline B. */
    public static SignOptions of(Role role, Instant time) {
        return new SignOptions(role, time, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public SignOptions withImage(byte[] png) {
        return new SignOptions(role, time, Optional.of(png), seal, placement, bodyName, reference, font, timestamps);
    }

    public SignOptions withSeal(byte[] png) {
        return new SignOptions(role, time, image, Optional.of(png), placement, bodyName, reference, font, timestamps);
    }

    public SignOptions at(Placement value) {
        return new SignOptions(role, time, image, seal, Optional.of(value), bodyName, reference, font, timestamps);
    }

    public SignOptions withBodyName(String value) {
        return new SignOptions(role, time, image, seal, placement, Optional.of(value), reference, font, timestamps);
    }

    public SignOptions withReference(String value) {
        return new SignOptions(role, time, image, seal, placement, bodyName, Optional.of(value), font, timestamps);
    }

    public SignOptions withFont(Path ttf) {
        return new SignOptions(role, time, image, seal, placement, bodyName, reference, Optional.of(ttf), timestamps);
    }

    public SignOptions withTimestamps(TimestampAuthority value) {
        return new SignOptions(role, time, image, seal, placement, bodyName, reference, font, Optional.of(value));
    }
}

package vn.vanban4j.exchange;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A status message: a receiver's answer to a package.
 *
 * @param from        the body answering
 * @param responseFor the package answered
 * @param staff       who handled it; null when not given
 * @param code        the status
 * @param description the description sent with it
 * @param timestamp   when, Vietnam time
 */
public record StatusMessage(Organ from, ResponseFor responseFor, Staff staff, StatusCode code, String description,
        LocalDateTime timestamp) implements ExchangeMessage {
    public StatusMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(responseFor, "responseFor");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}

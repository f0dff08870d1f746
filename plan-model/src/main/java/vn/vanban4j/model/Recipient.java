package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * A line of "Nơi nhận".
 *
 * @param name    the recipient as written ("Thường trực Tỉnh ủy")
 * @param purpose the purpose suffix without its brackets ("b/c" = để báo cáo, "t/h" = để thực
 *                hiện); null when none is written
 */
public record Recipient(@JsonProperty(required = true) String name, String purpose) {
    public Recipient {
        Required.text(name, "name");
    }

    public static Recipient of(String name) {
        return new Recipient(name, null);
    }
}

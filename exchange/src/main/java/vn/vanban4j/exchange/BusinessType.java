package vn.vanban4j.exchange;

import java.util.Optional;

/** What a package does with its document ({@code BussinessDocType} and its reason, as the samples write them). */
public enum BusinessType {
    /** 0: a new electronic document. */
    NEW(0, "Văn bản điện tử mới"),
    /** 1: the sender takes back a document sent before. */
    REVOCATION(1, "Thu hồi văn bản điện tử"),
    /** 2: the details of a document sent before are updated. */
    UPDATE(2, "Cập nhật văn bản điện tử"),
    /** 3: the document replaces one sent before. */
    REPLACEMENT(3, "Văn bản thay thế");

    private final int code;
    private final String reason;

    BusinessType(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    /** The code written in {@code BussinessDocType}. */
    public int code() {
        return code;
    }

    /** The reason written in {@code BussinessDocReason}. */
    public String reason() {
        return reason;
    }

    /** The type a code stands for; empty for a code the standard does not define. */
    public static Optional<BusinessType> of(int code) {
        for (BusinessType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

package vn.vanban4j.exchange;

import java.util.Optional;

/**
 * The codes of status messages ({@code StatusCode}), with the descriptions the platform's samples
 * give them and the tracking state each leaves the document in.
 */
public enum StatusCode {
    ARRIVED("01", "Đã đến - Phần mềm QLVB đã nhận nhưng văn thư chưa xử lý", TrackingState.RECEIVED),
    REJECTED("02", "Từ chối không tiếp nhận văn bản điện tử", TrackingState.REFUSED),
    ACCEPTED("03", "Tiếp nhận văn bản điện tử, vào sổ văn bản đến của đơn vị", TrackingState.ACCEPTED),
    ASSIGNED("04", "Phân công xử lý", TrackingState.ASSIGNED),
    PROCESSING("05", "Đang xử lý văn bản đến", TrackingState.IN_PROGRESS),
    FINISHED("06", "Hoàn thành xử lý", TrackingState.DONE),
    /** The sender asks to take the document back (with a reason): the receiver's state does not change yet. */
    WITHDRAWAL_REQUESTED("13", "Văn thư yêu cầu lấy lại văn bản điện tử kèm lý do", null),
    WITHDRAWAL_ACCEPTED("15", "Văn thư đồng ý yêu cầu cập nhật, lấy lại", TrackingState.WITHDRAWN),
    /** The receiver refuses to give the document back: its state does not change. */
    WITHDRAWAL_REFUSED("16", "Văn thư từ chối yêu cầu cập nhật, lấy lại", null);

    private final String code;
    private final String description;
    private final TrackingState state;

    StatusCode(String code, String description, TrackingState state) {
        this.code = code;
        this.description = description;
        this.state = state;
    }

    /** The two digits written in {@code StatusCode}. */
    public String code() {
        return code;
    }

    /** What the code means, in the words of the samples. */
    public String description() {
        return description;
    }

    /** The state the document is in after this message; empty for a message that changes none. */
    public Optional<TrackingState> state() {
        return Optional.ofNullable(state);
    }

    /** The code written as {@code text} ("3" and "03" alike); empty for a code the standard does not define. */
    public static Optional<StatusCode> of(String text) {
        String digits = text == null ? "" : text.strip();
        if (digits.length() == 1) {
            digits = "0" + digits;
        }
        for (StatusCode status : values()) {
            if (status.code.equals(digits)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}

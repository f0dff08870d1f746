package vn.vanban4j.exchange;

import java.util.Optional;

/** The urgency mark of a document ("độ khẩn"), sent as {@code OtherInfo/Priority}. */
public enum Urgency {
    /** 0: no mark. */
    NORMAL(0, null),
    /** 1: "KHẨN". */
    URGENT(1, "Khẩn"),
    /** 2: "THƯỢNG KHẨN". */
    VERY_URGENT(2, "Thượng khẩn"),
    /** 3: "HỎA TỐC". */
    FLASH(3, "Hỏa tốc");

    private final int priority;
    private final String mark;

    Urgency(int priority, String mark) {
        this.priority = priority;
        this.mark = mark;
    }

    /** The number written in {@code Priority}. */
    public int priority() {
        return priority;
    }

    /** The mark as a document shows it; null for {@link #NORMAL}. */
    public String mark() {
        return mark;
    }

    /** The urgency a priority stands for; empty for a number the standard does not define. */
    public static Optional<Urgency> ofPriority(int priority) {
        for (Urgency urgency : values()) {
            if (urgency.priority == priority) {
                return Optional.of(urgency);
            }
        }
        return Optional.empty();
    }
}

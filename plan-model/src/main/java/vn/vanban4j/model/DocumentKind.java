package vn.vanban4j.model;

import java.util.Optional;

/** What a document is ("tên loại văn bản"), with its type codes in document numbers. */
public enum DocumentKind {
    PLAN("Kế hoạch", "KH"),
    REPORT("Báo cáo", "BC"),
    GUIDANCE("Hướng dẫn", "HD"),
    CONCLUSION("Kết luận", "KL"),
    DIRECTIVE("Chỉ thị", "CT"),
    RESOLUTION("Nghị quyết", "NQ"),
    DECISION("Quyết định", "QĐ"),
    DECREE("Nghị định", "NĐ"),
    REGULATION("Quy định", "QĐi", "QyĐ"),
    RULES("Quy chế", "QC"),
    PROGRAM("Chương trình", "CTr"),
    ACTION_PROGRAM("Chương trình hành động", "CTr"),
    NOTICE("Thông báo", "TB"),
    CIRCULAR("Thông tri", "TT"),
    /** A ministry's circular, a legal act ("14/2026/TT-BNV"); its code is a Party Thông tri's too, told apart by the number's style. */
    LEGAL_CIRCULAR("Thông tư", "TT"),
    /** The Prime Minister's or a chairman's telegram ("46/CĐ-TTg"): urgent orders to the bodies it names. */
    TELEGRAM("Công điện", "CĐ"),
    PROJECT("Đề án", "ĐA"),
    SUBMISSION("Tờ trình", "TTr"),
    MINUTES("Biên bản", "BB"),
    INVITATION("Giấy mời", "GM"),
    OFFICIAL_LETTER("Công văn", "CV");

    private final String vietnameseName;
    private final String code;
    private final String[] otherCodes;

    DocumentKind(String vietnameseName, String code, String... otherCodes) {
        this.vietnameseName = vietnameseName;
        this.code = code;
        this.otherCodes = otherCodes;
    }

    /** The name as written in running text, e.g. "Kế hoạch". */
    public String vietnameseName() {
        return vietnameseName;
    }

    /** The usual type code in a document number, e.g. "KH". */
    public String code() {
        return code;
    }

    /** True when {@code code} is one of this kind's type codes ("CTr" for a Chương trình, "QĐi" or "QyĐ" for a Quy định). */
    public boolean hasCode(String code) {
        return this.code.equals(code) || java.util.Arrays.asList(otherCodes).contains(code);
    }

    /** False for a công văn, which has no kind line ("tên loại") and puts its summary under the number. */
    public boolean hasKindLine() {
        return this != OFFICIAL_LETTER;
    }

    /**
     * True for the kinds that can be legal acts ("văn bản quy phạm pháp luật"), whose state numbers
     * carry the year ("30/2020/NĐ-CP"); other documents' numbers have no year.
     */
    public boolean canBeLegalAct() {
        return this == DECREE || this == DECISION || this == RESOLUTION || this == DIRECTIVE || this == LEGAL_CIRCULAR;
    }

    /** The kind named by a type code ("KH", "QĐi", "QyĐ", ...); empty when the code is unknown. */
    public static Optional<DocumentKind> fromCode(String code) {
        for (DocumentKind kind : values()) {
            if (kind.code.equals(code)) {
                return Optional.of(kind);
            }
            for (String other : kind.otherCodes) {
                if (other.equals(code)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    /** The kind whose Vietnamese name is {@code name}, ignoring case and Unicode form. */
    public static Optional<DocumentKind> fromName(String name) {
        for (DocumentKind kind : values()) {
            if (VietnameseText.sameName(kind.vietnameseName, name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}

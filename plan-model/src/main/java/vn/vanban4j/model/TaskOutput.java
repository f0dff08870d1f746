package vn.vanban4j.model;

/** What carrying out a task produces. */
public enum TaskOutput {
    /** A plan of the unit's own ("xây dựng kế hoạch"). */
    PLAN,
    /** A report sent up ("báo cáo"). */
    REPORT,
    /** A meeting, conference, contest or campaign ("hội nghị", "cuộc thi"). */
    EVENT,
    /** A document, material or publication ("tài liệu", "văn bản"). */
    DOCUMENT,
    /** Ongoing work with no single product. */
    ACTIVITY
}

package vn.vanban4j.model;

/** What a column of a task table shows of each task. */
public enum TaskField {
    /** The row number ("1", "2.3"), the task's marker. */
    NUMBER,
    /** The task's text ("Nội dung nhiệm vụ"). */
    CONTENT,
    /** The lead units ("Cơ quan chủ trì"). */
    LEAD,
    /** The partner units ("Cơ quan phối hợp"). */
    PARTNERS,
    /** The leader in charge ("Lãnh đạo phụ trách"). */
    SUPERVISOR,
    /** The deadline as written ("Thời gian hoàn thành"). */
    DEADLINE,
    /** What the task delivers ("Sản phẩm"). */
    PRODUCT
}

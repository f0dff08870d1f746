package vn.vanban4j.model;

/** What the cells of a column hold. */
public enum ColumnType {
    /** The row's ordinal ("Stt"). */
    ORDINAL,
    TEXT,
    INTEGER,
    /** A ratio in percent. */
    PERCENT,
    DATE
}

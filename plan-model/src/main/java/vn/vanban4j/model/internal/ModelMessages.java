package vn.vanban4j.model.internal;

import vn.vanban4j.model.Message;

/** The keys of plan-model's messages ({@code vn/vanban4j/model/messages*.properties}). */
public enum ModelMessages implements Message.Key {
    SUMMARY_ONE,
    SUMMARY_MANY,
    POSITION,
    NOT_A_FILE,
    TOO_LARGE,
    NOT_UTF8,
    NOT_JSON,
    DUPLICATE_FIELD,
    TRAILING_TEXT,
    EMPTY,
    NOT_AN_OBJECT,
    EXPECTED,
    A_LIST,
    AN_OBJECT,
    TEXT,
    WHOLE_NUMBER,
    NUMBER,
    TRUE_OR_FALSE,
    DATE,
    DOCUMENT_NUMBER,
    ONE_OF,
    OBJECT_WITH,
    OBJECT_OF,
    NOTHING,
    FOUND_TEXT,
    FOUND_NUMBER,
    UNPRINTABLE,
    CONTROL_CHARACTER,
    LONE_SURROGATE,
    NOT_A_DATE,
    NOT_A_DOCUMENT_NUMBER,
    NOT_ONE_OF,
    REQUIRED,
    UNKNOWN_FIELD,
    UNKNOWN_TYPE,
    INVALID_VALUE,
    DUPLICATE_UNIT,
    OWN_PARENT,
    UNKNOWN_PARENT,
    CYCLE,
    CYCLE_MORE;

    @Override
    public String bundle() {
        return "vn.vanban4j.model.messages";
    }
}

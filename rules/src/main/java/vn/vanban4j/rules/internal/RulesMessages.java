package vn.vanban4j.rules.internal;

import vn.vanban4j.model.Message;

/** The keys of the rules' messages ({@code vn/vanban4j/rules/messages*.properties}), the texts of the checks. */
public enum RulesMessages implements Message.Key {
    DRAFT,
    DRAFT_NO_NUMBER_OR_DATE,
    DRAFT_NO_NUMBER,
    DRAFT_NO_DATE,
    DRAFT_DUE_AS_IF_TODAY,
    UNNUMBERED,
    NUMBER_FAMILY,
    STYLE_PARTY,
    STYLE_STATE,
    SYSTEM_PARTY,
    SYSTEM_STATE,
    NUMBER_TYPE,
    NO_TYPE_CODE,
    NUMBER_YEAR,
    NO_LEAD,
    UNREADABLE_DEADLINE,
    RECURRING_NO_FREQUENCY,
    EVENT_NOT_SCHEDULED,
    DUE_BEFORE_ISSUE,
    DUE_AFTER_SPAN,
    NOT_A_FREQUENCY,
    ANNIVERSARY_YEARS,
    ANNIVERSARY_BAD_DATE,
    DUPLICATE_RECIPIENT;

    @Override
    public String bundle() {
        return "vn.vanban4j.rules.messages";
    }
}

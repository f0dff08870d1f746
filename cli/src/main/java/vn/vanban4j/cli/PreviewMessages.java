package vn.vanban4j.cli;

import vn.vanban4j.model.Message;

/** The keys of the preview page's status line ({@code vn/vanban4j/cli/messages*.properties}). */
enum PreviewMessages implements Message.Key {
    LOADING,
    STATUS,
    ERROR,
    HTML_UPDATED,
    HTML_NONE,
    HTML_LAST_GOOD,
    PDF_MAKING,
    PDF_MAKING_SHOWING,
    PDF_UPDATED,
    PDF_NONE,
    PDF_LAST_GOOD,
    PDF_NO_OFFICE;

    @Override
    public String bundle() {
        return "vn.vanban4j.cli.messages";
    }
}

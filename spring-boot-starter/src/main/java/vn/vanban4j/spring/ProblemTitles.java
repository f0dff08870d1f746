package vn.vanban4j.spring;

import java.util.Locale;
import vn.vanban4j.model.Message;

/** The titles of {@link Vanban4jProblemDetails}, keys of the starter's bundles ({@code vn/vanban4j/spring/messages*.properties}). */
enum ProblemTitles implements Message.Key {
    PLAN_FORMAT,
    RENDER,
    IMPORT,
    PDF_UNAVAILABLE;

    @Override
    public String bundle() {
        return "vn.vanban4j.spring.messages";
    }

    String in(Locale locale) {
        return Message.of(this).text(locale);
    }
}

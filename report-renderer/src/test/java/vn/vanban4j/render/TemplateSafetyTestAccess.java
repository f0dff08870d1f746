package vn.vanban4j.render;

import vn.vanban4j.model.Document;

/** The small test document, for tests outside this package. */
public final class TemplateSafetyTestAccess {
    private TemplateSafetyTestAccess() {
    }

    public static Document small() {
        return TemplateSafetyTest.small();
    }
}

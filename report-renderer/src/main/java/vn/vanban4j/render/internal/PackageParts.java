package vn.vanban4j.render.internal;

import java.util.concurrent.ConcurrentHashMap;
import vn.vanban4j.render.Profile;

/**
 * Keeps, for each profile a renderer has used, the DOCX parts its documents share ({@link DocxWriter.SharedParts}),
 * deflated once instead of at each render; at most {@value #MAX_PROFILES} profiles, past which the parts are made
 * at each render as before. Thread-safe; one per renderer.
 */
public final class PackageParts {
    private static final int MAX_PROFILES = 64;
    private final ConcurrentHashMap<Profile, DocxWriter.SharedParts> byProfile = new ConcurrentHashMap<>();
    // the profile asked last and its parts: a renderer mostly renders with one profile, and a profile's hash
    // walks all its fields (a record), which cost more than the lookup saved
    private volatile Last last;

    private record Last(Profile profile, DocxWriter.SharedParts parts) {
    }

    DocxWriter.SharedParts of(Profile profile) {
        Last seen = last;
        if (seen != null && seen.profile() == profile) {
            return seen.parts();
        }
        DocxWriter.SharedParts parts = byProfile.get(profile);
        if (parts != null) {
            last = new Last(profile, parts);
        } else {
            parts = DocxWriter.sharedParts(profile);
            if (byProfile.size() < MAX_PROFILES) {
                byProfile.putIfAbsent(profile, parts);
            }
        }
        return parts;
    }
}

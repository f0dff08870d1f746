package vn.vanban4j.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import vn.vanban4j.model.VietnameseText;

/** The seed plans' extracted text, normalised for comparison with the transcription. */
final class SeedText {
    // the footnote mark left by extraction: "(()" in the text, "(\uFFFD)" before the footnote
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\(\\(\\)|\\(\\uFFFD\\)");

    private SeedText() {
    }

    static String load(String name) {
        try (InputStream in = SeedText.class.getResourceAsStream("/seeds/" + name)) {
            return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String normalise(String text) {
        return VietnameseText.normalizeSpace(FOOTNOTE_MARK.matcher(text).replaceAll(""));
    }
}

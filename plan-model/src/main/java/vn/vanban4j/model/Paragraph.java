package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A paragraph or a list item of running text.
 *
 * @param marker    the list mark as written ("-", "+", "a)"); null for a plain paragraph
 * @param text      the text as written
 * @param footnotes footnotes anchored in the text
 */
public record Paragraph(String marker, @JsonProperty(required = true) String text, List<Footnote> footnotes) implements Block {
    public Paragraph {
        Required.text(text, "text");
        footnotes = Required.list(footnotes);
    }

    /** A plain paragraph. */
    public static Paragraph of(String text) {
        return new Paragraph(null, text, List.of());
    }

    /** A list item with its mark ("-", "+"). */
    public static Paragraph item(String marker, String text) {
        return new Paragraph(marker, text, List.of());
    }
}

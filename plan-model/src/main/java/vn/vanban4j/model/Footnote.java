package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * A footnote of a paragraph.
 *
 * @param after the words of the paragraph that the footnote mark follows (first occurrence)
 * @param text  the footnote's text
 */
public record Footnote(@JsonProperty(required = true) String after, @JsonProperty(required = true) String text) {
    public Footnote {
        Required.text(after, "after");
        Required.text(text, "text");
    }
}

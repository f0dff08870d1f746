package vn.vanban4j.model;

import java.util.List;

/**
 * A numbered part of a document, with its numbering as written ("I.", "1.", "2.1.1.", "II-").
 * Its content holds paragraphs, tasks, tables and subsections in the order the document gives them.
 *
 * @param number  the numbering as written; null for an unnumbered part
 * @param title   the heading text; null when the section has none
 * @param content the section's blocks in order, subsections included
 */
public record Section(String number, String title, List<Block> content) implements Block {
    public Section {
        content = Required.list(content);
    }

    /** The direct subsections. */
    public List<Section> sections() {
        return content.stream().filter(Section.class::isInstance).map(Section.class::cast).toList();
    }
}

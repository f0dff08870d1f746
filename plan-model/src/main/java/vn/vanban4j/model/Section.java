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

    /** A section built step by step: {@code Section.builder("I.", "MỤC ĐÍCH, YÊU CẦU").paragraph("...").build()}. */
    public static Builder builder(String number, String title) {
        return new Builder(number, title);
    }

    /** Builds a {@link Section}. */
    public static final class Builder {
        private final String number;
        private final String title;
        private final java.util.List<Block> content = new java.util.ArrayList<>();

        private Builder(String number, String title) {
            this.number = number;
            this.title = title;
        }

        /** A paragraph of running text. */
        public Builder paragraph(String text) {
            content.add(Paragraph.of(text));
            return this;
        }

        /** A list item: "- text". */
        public Builder item(String marker, String text) {
            content.add(Paragraph.item(marker, text));
            return this;
        }

        /** A task. */
        public Builder task(Task task) {
            content.add(java.util.Objects.requireNonNull(task, "task"));
            return this;
        }

        /** A subsection, a table or any other block. */
        public Builder block(Block block) {
            content.add(java.util.Objects.requireNonNull(block, "block"));
            return this;
        }

        public Section build() {
            return new Section(number, title, content);
        }
    }
}

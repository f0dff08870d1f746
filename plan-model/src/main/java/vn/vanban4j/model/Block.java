package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A piece of a section's content. Text may mark emphasis inline: {@code *italic*} and
 * {@code **bold**}, as the plans' drafters wrote it. A star marks emphasis only when it plainly
 * does (it opens before text and closes after text, not inside a word); every other star is
 * printed as written ("(*)", "5 * 3", "a*b"), and {@code \*} is always a star. Footnote text is
 * plain text.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
    @JsonSubTypes.Type(value = Task.class, name = "task"),
    @JsonSubTypes.Type(value = Table.class, name = "table"),
    @JsonSubTypes.Type(value = Section.class, name = "section"),
    @JsonSubTypes.Type(value = TaskTable.class, name = "taskTable")
})
public sealed interface Block permits Paragraph, Task, Table, TaskTable, Section {
}

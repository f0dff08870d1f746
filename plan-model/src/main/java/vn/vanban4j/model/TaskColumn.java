package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A column of a task table.
 *
 * @param field         what the column shows of each task
 * @param title         the header as written ("Cơ quan chủ trì")
 * @param relativeWidth the column's share of the table's width against the other columns' (the
 *                      content column is the widest); null for an even share
 */
public record TaskColumn(@JsonProperty(required = true) TaskField field, @JsonProperty(required = true) String title,
        Double relativeWidth) {
    public TaskColumn {
        if (field == null) {
            throw new IllegalArgumentException("field must be given");
        }
        Required.text(title, "title");
        if (relativeWidth != null && !(relativeWidth > 0 && relativeWidth <= 100)) {
            throw new IllegalArgumentException("relativeWidth must be above 0 and at most 100, not " + relativeWidth);
        }
    }
}

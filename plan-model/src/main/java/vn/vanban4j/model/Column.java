package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A table column; a column with children is a group header spanning them (Biểu 4's "Kết quả" over
 * "Đã hoàn thành" and "Chưa hoàn thành").
 *
 * @param title    the header text as written
 * @param type     what the cells hold; null for a group header
 * @param children the sub-columns of a group header
 */
public record Column(@JsonProperty(required = true) String title, ColumnType type, List<Column> children) {
    public Column {
        Required.text(title, "title");
        children = Required.list(children);
        if (children.isEmpty() && type == null) {
            type = ColumnType.TEXT;
        }
    }

    /** A leaf column. */
    public static Column of(String title, ColumnType type) {
        return new Column(title, type, List.of());
    }

    /** The number of leaf columns under this one (1 for a leaf). */
    public int width() {
        return children.isEmpty() ? 1 : children.stream().mapToInt(Column::width).sum();
    }

    /** The number of header rows this column needs (1 for a leaf). */
    public int depth() {
        return 1 + children.stream().mapToInt(Column::depth).max().orElse(0);
    }
}

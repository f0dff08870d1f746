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
 * @param key      a short name other columns refer to ("units", "held"); null when none refers to it
 * @param total    true when the column adds up across units (a count)
 * @param ratioOf  for a PERCENT column: the keys of the numerator and the denominator it is computed from
 * @param relativeWidth a leaf column's share of the table's width against the other leaves'; null
 *                 for the default (a narrow "Stt", the others even)
 */
public record Column(@JsonProperty(required = true) String title, ColumnType type, List<Column> children, String key,
        boolean total, List<String> ratioOf, Double relativeWidth) {
    public Column {
        Required.text(title, "title");
        children = Required.list(children);
        ratioOf = Required.list(ratioOf);
        if (children.isEmpty() && type == null) {
            type = ColumnType.TEXT;
        }
        if (!ratioOf.isEmpty() && (ratioOf.size() != 2 || type != ColumnType.PERCENT)) {
            throw new IllegalArgumentException("column \"" + title + "\": ratioOf names a numerator and a denominator"
                    + " and belongs to a PERCENT column");
        }
        if (relativeWidth != null && !(relativeWidth > 0 && relativeWidth <= 100)) {
            throw new IllegalArgumentException("column \"" + title + "\": relativeWidth must be above 0 and at most 100");
        }
    }

    /** A column with the default width. */
    public Column(String title, ColumnType type, List<Column> children, String key, boolean total, List<String> ratioOf) {
        this(title, type, children, key, total, ratioOf, null);
    }

    /** A group header over sub-columns. */
    public Column(String title, ColumnType type, List<Column> children) {
        this(title, type, children, null, false, List.of(), null);
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

    /** The leaf columns under this one, left to right (itself for a leaf). */
    public List<Column> leaves() {
        return children.isEmpty() ? List.of(this) : children.stream().flatMap(c -> c.leaves().stream()).toList();
    }
}

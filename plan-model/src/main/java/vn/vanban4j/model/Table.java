package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A table: its columns (possibly grouped) and its rows of cell text, one cell per leaf column.
 *
 * @param columns the top-level columns
 * @param rows    the body rows; a blank form has none
 */
public record Table(@JsonProperty(required = true) List<Column> columns, List<List<String>> rows) implements Block {
    public Table {
        columns = Required.list(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        int width = width(columns);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != width) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size()
                        + " cells; the columns need " + width);
            }
        }
    }

    private static int width(List<Column> columns) {
        return columns.stream().mapToInt(Column::width).sum();
    }

    /** The number of leaf columns. */
    public int width() {
        return width(columns);
    }

    /** The number of header rows (2 when a column is grouped). */
    public int headerDepth() {
        return columns.stream().mapToInt(Column::depth).max().orElse(1);
    }
}

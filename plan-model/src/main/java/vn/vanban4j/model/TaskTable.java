package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A table of tasks, one row a task, as programmes and plans put them in annexes ("Stt | Nội dung
 * nhiệm vụ | Cơ quan chủ trì | ... | Thời gian hoàn thành"). Its rows are tasks like any other: the
 * rules see them. Group rows ("I", "II.1" spanning the table in bold) are sections holding their
 * tasks and subgroups.
 *
 * @param columns the columns, left to right
 * @param rows    tasks and groups (sections of tasks) in order
 */
public record TaskTable(@JsonProperty(required = true) List<TaskColumn> columns, List<Block> rows) implements Block {
    public TaskTable {
        columns = Required.list(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a task table needs at least one column");
        }
        rows = Required.list(rows);
        rows.forEach(TaskTable::checkRow);
    }

    private static void checkRow(Block row) {
        if (row instanceof Section group) {
            group.content().forEach(TaskTable::checkRow);
        } else if (!(row instanceof Task)) {
            throw new IllegalArgumentException("a task table's rows are tasks and groups of tasks, not "
                    + row.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + "s");
        }
    }
}

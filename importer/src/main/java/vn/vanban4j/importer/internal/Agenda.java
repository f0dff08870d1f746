package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskField;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;

/**
 * The programme sent with an invitation ("CHƯƠNG TRÌNH" over "Tuyên bố lý do, giới thiệu đại biểu | Lãnh
 * đạo Văn phòng"): it says who speaks when and sets no one to work, so its rows are a plain table and
 * its items text.
 */
final class Agenda {
    private Agenda() {
    }

    /** The appendix as it was, or, when it is the programme, without work in it. */
    static Appendix setsNoWork(Appendix appendix) {
        if (!VietnameseText.nameKey(appendix.heading()).startsWith("chương trình")) {
            return appendix;
        }
        return new Appendix(appendix.kind(), appendix.heading(), appendix.title(), appendix.note(),
                appendix.sections().stream().map(s -> TasksAsText.of(s, t -> true, Agenda::table)).toList(), appendix.form(),
                appendix.landscape());
    }

    private static Table table(TaskTable table) {
        List<Column> columns = table.columns().stream().map(c -> Column.of(c.title(), ColumnType.TEXT)).toList();
        List<List<String>> rows = new ArrayList<>();
        Document.visit(new Section(null, null, table.rows()), block -> {
            if (block instanceof Task t) {
                rows.add(table.columns().stream().map(c -> cell(t, c.field())).toList());
            } else if (block instanceof Section s && s.title() != null) {
                List<String> row = new ArrayList<>(Collections.nCopies(columns.size(), ""));
                row.set(0, s.number() == null ? s.title() : s.number() + " " + s.title());
                rows.add(row);
            }
        });
        return new Table(columns, rows);
    }

    private static String cell(Task task, TaskField field) {
        String value = switch (field) {
            case NUMBER -> task.marker();
            case CONTENT -> task.text();
            case LEAD -> String.join(", ", task.lead());
            case PARTNERS -> String.join(", ", task.partners());
            case SUPERVISOR -> task.supervisor();
            case DEADLINE -> task.deadline() != null ? task.deadline() : task.recurrence();
            case PRODUCT -> task.product();
        };
        return value == null ? "" : value;
    }
}

package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.importer.internal.Item.Grid;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskColumn;
import vn.vanban4j.model.TaskField;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;

/**
 * A table read in: a task table when its header names the content and the unit in charge or the
 * deadline (one row a task, group rows "I", "II.1" as sections), else a plain table whose first
 * row (two when the first groups columns) is its header.
 */
final class GridReader {
    private static final Pattern GROUP_NUMBER = Pattern.compile("^(?<n>[IVXL]{1,5}(?:\\.\\d{1,2}){0,6})\\.?\\s+(?<t>.+)$");

    private GridReader() {
    }

    static Block read(Grid grid, List<Finding> findings) {
        List<String> header = grid.rows().get(0);
        List<TaskField> fields = oneDeadline(header, header.stream().map(GridReader::field).toList());
        if (fields.contains(TaskField.CONTENT) && (fields.contains(TaskField.LEAD) || fields.contains(TaskField.DEADLINE))
                && !agenda(grid, fields)) {
            return taskTable(grid, header, fields, findings);
        }
        return table(grid, findings);
    }

    // "I" | "NHÓM THỂ CHẾ" and nothing else: the group's number and title as one, "I NHÓM THỂ CHẾ"; in ordinary letters too
    // when the rows under it are numbered "1", "2" ("IV" | "Chế độ báo cáo"), and "1" or "2.1" over rows numbered "(1)", "a)"
    // or "2.1.1"; null for any other row
    private static String groupRow(List<String> cells, List<TaskField> fields, long filled, List<String> next) {
        int number = fields.indexOf(TaskField.NUMBER);
        int content = fields.indexOf(TaskField.CONTENT);
        if (filled != 2 || number < 0 || content < 0 || number >= cells.size() || content >= cells.size()) {
            return null;
        }
        String n = cells.get(number).strip().replaceFirst("\\.$", "");
        String title = cells.get(content).strip();
        String under = next != null && number < next.size() ? next.get(number).strip() : "";
        boolean numberedUnder = under.matches("\\d{1,2}\\.?");
        if (n.matches("\\d{1,2}(?:\\.\\d{1,2})?") && !title.isEmpty() && under.matches("\\(\\d{1,2}\\)|[a-zđ]\\)|" + n.replace(".", "\\.") + "\\.\\d{1,2}\\.?")) {
            return n + " " + title; // "1" | "Công tác lãnh đạo, chỉ đạo" over rows "(1)", "(2)" or "1.1", "1.2": a group of them
        }
        return n.matches("[IVXL]{1,5}") && !title.isEmpty() && (DocumentReader.isUpper(title) || numberedUnder) ? n + " " + title : null;
    }

    private static final Pattern CLOCK = Pattern.compile("(?iu)^(?:từ\\s+)?\\d{1,2}\\s*(?:h|giờ|g|:)\\s*\\d{0,2}(?:\\s*(?:phút|')?)?(?:\\s*[-–]\\s*\\d{1,2}\\s*(?:h|giờ|g|:)\\s*\\d{0,2}(?:\\s*phút)?)?$");

    // a meeting's agenda ("8h30 - 8h35 | Tuyên bố lý do | Trưởng đoàn"): hours of one day; what it lists is no duty
    private static boolean agenda(Grid grid, List<TaskField> fields) {
        int time = fields.indexOf(TaskField.DEADLINE);
        if (time < 0) {
            return false;
        }
        List<String> times = grid.rows().subList(1, grid.rows().size()).stream().filter(r -> r.size() > time)
                .map(r -> r.get(time).strip()).filter(c -> !c.isEmpty()).toList();
        // a body's name in capitals below the table (its closing) is no time
        return !times.isEmpty() && times.stream().allMatch(c -> CLOCK.matcher(c).matches() || DocumentReader.isUpper(c));
    }

    // two columns of time ("Thời gian ban hành" | "Thời gian triển khai thực hiện", "Bắt đầu" | "Hoàn thành"): the one that
    // says when the work is due ("hoàn thành", "thời hạn", "ban hành"), else the first; the other is kept as read, no deadline
    private static List<TaskField> oneDeadline(List<String> header, List<TaskField> fields) {
        if (fields.stream().filter(f -> f == TaskField.DEADLINE).count() < 2) {
            return fields;
        }
        int due = fields.indexOf(TaskField.DEADLINE);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) == TaskField.DEADLINE && VietnameseText.nameKey(header.get(i)).matches(".*(hoàn thành|thời hạn|ban hành|chậm nhất).*")) {
                due = i;
                break;
            }
        }
        List<TaskField> one = new ArrayList<>(fields);
        for (int i = 0; i < one.size(); i++) {
            if (one.get(i) == TaskField.DEADLINE && i != due) {
                one.set(i, null);
            }
        }
        return one;
    }

    private static TaskField field(String title) {
        String t = VietnameseText.nameKey(title);
        if (t.equals("stt") || t.equals("tt") || t.equals("số tt")) {
            return TaskField.NUMBER;
        }
        if (t.contains("nội dung") || t.contains("nhiệm vụ")) {
            return TaskField.CONTENT;
        }
        if (t.contains("phối hợp")) {
            return TaskField.PARTNERS;
        }
        if (t.contains("chủ trì") || !t.contains("thời gian") && (t.contains("thực hiện") || t.startsWith("đơn vị") || t.startsWith("cơ quan")
                || t.startsWith("trách nhiệm"))) {
            return TaskField.LEAD;
        }
        if (t.contains("phụ trách") || t.contains("lãnh đạo")) {
            return TaskField.SUPERVISOR;
        }
        if (t.contains("thời gian") || t.contains("thời hạn") || t.contains("tiến độ")) {
            return TaskField.DEADLINE;
        }
        if (t.contains("sản phẩm") || t.contains("kết quả")) {
            return TaskField.PRODUCT;
        }
        return null;
    }

    private static TaskTable taskTable(Grid grid, List<String> header, List<TaskField> fields, List<Finding> findings) {
        List<TaskColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            columns.add(new TaskColumn(fields.get(i) == null ? TaskField.PRODUCT : fields.get(i), header.get(i).isBlank() ? "-" : header.get(i), null));
        }
        List<Group> stack = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        for (int r = 1; r < grid.rows().size(); r++) {
            List<String> cells = grid.rows().get(r);
            long filled = cells.stream().filter(c -> !c.isBlank()).count();
            String groupRow = groupRow(cells, fields, filled, r + 1 < grid.rows().size() ? grid.rows().get(r + 1) : null);
            if (filled == 1 || cells.size() == 1 || groupRow != null) {
                // "| I | NHÓM THỂ CHẾ, CHỈ ĐẠO |  |  |": a group row whose number stands in a cell of its own
                String text = groupRow != null ? groupRow : cells.stream().filter(c -> !c.isBlank()).findFirst().orElse("");
                var m = GROUP_NUMBER.matcher(text);
                String number = m.matches() ? m.group("n") : null;
                Group group = new Group(number == null ? 1 : number.split("\\.").length, number, m.matches() ? m.group("t") : text);
                while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= group.level) {
                    stack.remove(stack.size() - 1);
                }
                (stack.isEmpty() ? rows : stack.get(stack.size() - 1).content).add(group);
                stack.add(group);
                continue;
            }
            Task task = task(cells, fields);
            if (task == null) {
                findings.add(new Finding("$.tasks", String.join(" | ", cells), grid.source() + ", row " + (r + 1), 0, Status.LEFT_OVER));
                continue;
            }
            findings.add(new Finding("$.tasks", task.text(), grid.source() + ", row " + (r + 1), 0.9, Status.FOUND));
            (stack.isEmpty() ? rows : stack.get(stack.size() - 1).content).add(task);
        }
        return new TaskTable(columns, rows.stream().map(GridReader::block).toList());
    }

    /** A group row ("II.1 Chuyển đổi số") and the rows under it. */
    private static final class Group {
        final int level;
        final String number;
        final String title;
        final List<Object> content = new ArrayList<>();

        Group(int level, String number, String title) {
            this.level = level;
            this.number = number;
            this.title = title;
        }
    }

    private static Block block(Object row) {
        return row instanceof Group g ? new Section(g.number, g.title, g.content.stream().map(GridReader::block).toList()) : (Block) row;
    }

    private static Task task(List<String> cells, List<TaskField> fields) {
        String number = null;
        String content = null;
        List<String> lead = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        String supervisor = null;
        String deadline = null;
        String product = null;
        for (int i = 0; i < cells.size() && i < fields.size(); i++) {
            String c = cells.get(i).strip();
            if (c.isEmpty() || fields.get(i) == null) {
                continue;
            }
            switch (fields.get(i)) {
                case NUMBER -> number = c;
                case CONTENT -> content = c;
                case LEAD -> lead.addAll(split(c));
                case PARTNERS -> partners.addAll(split(c));
                case SUPERVISOR -> supervisor = c;
                case DEADLINE -> deadline = c;
                case PRODUCT -> product = c;
            }
        }
        if (content == null) {
            return null;
        }
        if (lead.isEmpty()) {
            lead.addAll(DutyReader.ownOwners(content)); // no column of units: the row's own subject ("Khoa lập danh sách ...")
        }
        Task read = BodyReader.task(number, content, List.of(), null);
        String recurrence = read == null ? null : read.recurrence();
        Task when = deadline == null ? null : BodyReader.task(null, deadline, List.of(), null);
        if (when != null && when.deadline() == null && when.recurrence() != null) {
            recurrence = when.recurrence(); // a time column saying "Hàng năm", "Định kỳ hằng quý": it repeats, no day is due
            deadline = null;
        }
        return new Task(number, content, null, lead, partners, List.of(), deadline, recurrence,
                supervisor, read == null ? null : read.output(), product, List.of());
    }

    private static List<String> split(String cell) {
        return java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Table table(Grid grid, List<Finding> findings) {
        List<List<String>> rows = grid.rows();
        int width = 0;
        for (int r = 0; r < rows.size(); r++) {
            width = Math.max(width, grid.spans().get(r).stream().mapToInt(Integer::intValue).sum());
        }
        List<Column> columns = new ArrayList<>();
        List<String> head = rows.get(0);
        List<Integer> spans = grid.spans().get(0);
        boolean grouped = spans.stream().anyMatch(s -> s > 1) && rows.size() > 1;
        int sub = 0;
        for (int c = 0; c < head.size(); c++) {
            String title = head.get(c).isBlank() ? "-" : head.get(c);
            int span = spans.get(c);
            if (grouped && span > 1) {
                List<Column> children = new ArrayList<>();
                List<String> second = rows.get(1).stream().filter(s -> !s.isBlank()).toList();
                for (int k = 0; k < span; k++) {
                    String child = sub + k < second.size() ? second.get(sub + k) : "-";
                    children.add(Column.of(child, ColumnType.TEXT));
                }
                sub += span;
                columns.add(new Column(title, null, children));
            } else {
                columns.add(Column.of(title, VietnameseText.nameKey(title).equals("stt") ? ColumnType.ORDINAL : ColumnType.TEXT));
            }
        }
        int leaves = columns.stream().mapToInt(Column::width).sum();
        List<List<String>> body = new ArrayList<>();
        for (int r = grouped ? 2 : 1; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cells.add(row.get(c));
                for (int k = 1; k < grid.spans().get(r).get(c); k++) {
                    cells.add("");
                }
            }
            while (cells.size() < leaves) {
                cells.add("");
            }
            body.add(cells.subList(0, leaves));
        }
        findings.add(new Finding("$.tables", columns.size() + " columns, " + body.size() + " rows", grid.source(), 0.8, Status.FOUND));
        return new Table(columns, body);
    }
}

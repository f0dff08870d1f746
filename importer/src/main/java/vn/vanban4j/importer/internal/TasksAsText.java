package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskTable;

/** A section again, with the tasks read as work that are no one's turned back into their text. */
final class TasksAsText {
    private TasksAsText() {
    }

    /**
     * {@code section} with each task {@code which} selects as a paragraph of its text, at any depth, and each task table
     * as {@code tables} makes it.
     */
    static Section of(Section section, Predicate<Task> which, Function<TaskTable, Block> tables) {
        List<Block> content = new ArrayList<>();
        for (Block block : section.content()) {
            if (block instanceof Task t && which.test(t)) {
                content.add(new Paragraph(t.marker(), t.text(), t.footnotes()));
            } else if (block instanceof Section s) {
                content.add(of(s, which, tables));
            } else if (block instanceof TaskTable t) {
                content.add(tables.apply(t));
            } else {
                content.add(block);
            }
        }
        return new Section(section.number(), section.title(), content);
    }
}

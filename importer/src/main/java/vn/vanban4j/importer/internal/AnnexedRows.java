package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;

/**
 * Work a plan writes twice: as an item of its body ("- Xây dựng Đề án Chuyển đổi số ...") and again as
 * a row of the task table it annexes, where the row names the lead and the time. The row is the duty;
 * the body's item, which names neither, is its text only.
 */
final class AnnexedRows {
    private static final int SHORTEST = 40; // a shorter text may open many items: only a whole one is the same

    private AnnexedRows() {
    }

    /** The body's sections, items that an annexed task table's row repeats with its lead given as text. */
    static List<Section> withoutRepeats(List<Section> body, List<Appendix> appendices) {
        List<String> rows = new ArrayList<>();
        for (Appendix appendix : appendices) {
            for (Section section : appendix.sections()) {
                Document.visit(section, block -> {
                    if (block instanceof TaskTable table) {
                        Document.visit(new Section(null, null, table.rows()), row -> {
                            if (row instanceof Task t && !t.lead().isEmpty()) {
                                rows.add(key(t.text()));
                            }
                        });
                    }
                });
            }
        }
        if (rows.isEmpty()) {
            return body;
        }
        return body.stream().map(s -> TasksAsText.of(s, t -> repeated(key(t.text()), rows), table -> table)).toList();
    }

    private static boolean repeated(String item, List<String> rows) {
        for (String row : rows) {
            String shorter = row.length() <= item.length() ? row : item;
            String longer = shorter == row ? item : row;
            if (shorter.equals(longer) || shorter.length() >= SHORTEST && longer.startsWith(shorter)) {
                return true;
            }
        }
        return false;
    }

    private static String key(String text) {
        return VietnameseText.nameKey(text).replaceAll("[\\s\u00a0]+", " ").replaceAll("[\\s.;:,]+$", "").strip();
    }
}

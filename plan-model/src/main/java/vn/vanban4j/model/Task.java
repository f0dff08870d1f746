package vn.vanban4j.model;

import java.util.List;

/**
 * A duty the plan gives ("nhiệm vụ"): the sentence as the plan wrote it, with its structured
 * parts beside it.
 *
 * @param marker     the list mark or number as written ("-", "+", "1."); null for a plain paragraph
 * @param text       the sentence as written; a plan composed from structured fields may leave it to
 *                   a template, but it must then give {@code action}
 * @param action     what is to be done, in a few words, when the text does not stand alone; may be null
 * @param lead       the units in charge ("chủ trì"), as the plan names them
 * @param partners   the units that take part ("phối hợp")
 * @param audience   whom the activity is for ("cán bộ, đảng viên ...")
 * @param deadline   the time phrase exactly as written ("Hoàn thành trong quý II/2023"); null if none
 * @param recurrence the recurrence words as written ("hằng quý", "định kỳ hằng tháng"); null if none
 * @param supervisor the leader in charge ("Lãnh đạo phụ trách"), as written; null if none
 * @param output     what the task produces
 * @param product    what the task delivers, as written ("Kế hoạch của UBND tỉnh"); null if not said
 * @param footnotes  footnotes anchored in the text
 */
public record Task(String marker, String text, String action, List<String> lead, List<String> partners,
        List<String> audience, String deadline, String recurrence, String supervisor, TaskOutput output,
        String product, List<Footnote> footnotes) implements Block {
    public Task {
        if ((text == null || text.isBlank()) && (action == null || action.isBlank())) {
            throw new IllegalArgumentException("a task needs its text or its action");
        }
        lead = Required.list(lead);
        partners = Required.list(partners);
        audience = Required.list(audience);
        footnotes = Required.list(footnotes);
    }
}

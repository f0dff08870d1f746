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

    /** A task built step by step: {@code Task.builder("Tổ chức hội nghị").lead("Ban Tuyên giáo").deadline("Quý II/2023").build()}. */
    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** Builds a {@link Task}; {@link #build()} checks it as the JSON reader does. */
    public static final class Builder {
        private final String text;
        private String marker;
        private String action;
        private final java.util.List<String> lead = new java.util.ArrayList<>();
        private final java.util.List<String> partners = new java.util.ArrayList<>();
        private final java.util.List<String> audience = new java.util.ArrayList<>();
        private String deadline;
        private String recurrence;
        private String supervisor;
        private TaskOutput output;
        private String product;
        private final java.util.List<Footnote> footnotes = new java.util.ArrayList<>();

        private Builder(String text) {
            this.text = text;
        }

        /** The list mark as written: "-", "+", "1.". */
        public Builder marker(String value) {
            this.marker = value;
            return this;
        }

        /** What is to be done in a few words, when the text does not stand alone. */
        public Builder action(String value) {
            this.action = value;
            return this;
        }

        /** Units in charge ("chủ trì"). */
        public Builder lead(String... units) {
            lead.addAll(java.util.List.of(units));
            return this;
        }

        /** Units that take part ("phối hợp"). */
        public Builder partners(String... units) {
            partners.addAll(java.util.List.of(units));
            return this;
        }

        /** Whom the activity is for. */
        public Builder audience(String... groups) {
            audience.addAll(java.util.List.of(groups));
            return this;
        }

        /** The time phrase as written: "Hoàn thành trong quý II/2023". */
        public Builder deadline(String phrase) {
            this.deadline = phrase;
            return this;
        }

        /** The recurrence words as written: "hằng quý". */
        public Builder recurrence(String words) {
            this.recurrence = words;
            return this;
        }

        /** The leader in charge. */
        public Builder supervisor(String leader) {
            this.supervisor = leader;
            return this;
        }

        /** What the task produces. */
        public Builder output(TaskOutput value) {
            this.output = value;
            return this;
        }

        /** What the task delivers, as written. */
        public Builder product(String value) {
            this.product = value;
            return this;
        }

        /** A footnote after the first occurrence of {@code after} in the text. */
        public Builder footnote(String after, String note) {
            footnotes.add(new Footnote(after, note));
            return this;
        }

        /** @throws IllegalArgumentException when the task has neither text nor action */
        public Task build() {
            return new Task(marker, text, action, lead, partners, audience, deadline, recurrence, supervisor, output, product,
                    footnotes);
        }
    }
}

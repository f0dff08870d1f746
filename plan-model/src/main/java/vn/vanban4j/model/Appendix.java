package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An annex: a summary table of duties ("BIỂU TỔNG HỢP"), a report outline ("ĐỀ CƯƠNG") or a form
 * ("Biểu 3").
 *
 * @param kind     what the annex is
 * @param heading  the heading as written ("ĐỀ CƯƠNG", "Biểu 3")
 * @param title    the title under or after the heading
 * @param note     the attachment line without brackets ("kèm theo Kế hoạch số 198-KH/TU, ...");
 *                 null when the annex has none
 * @param sections the annex's text
 * @param form     the form's table, for a form
 * @param landscape true to lay the annex on landscape pages (a wide task table), false for portrait;
 *                 null for the usual: forms landscape, other annexes portrait
 */
public record Appendix(@JsonProperty(required = true) AppendixKind kind,
        @JsonProperty(required = true) String heading, String title, String note, List<Section> sections,
        Table form, Boolean landscape) {
    public Appendix {
        if (kind == null) {
            throw new IllegalArgumentException("kind must be given");
        }
        Required.text(heading, "heading");
        sections = Required.list(sections);
        if (kind == AppendixKind.FORM && form == null) {
            throw new IllegalArgumentException("a form appendix needs its form table");
        }
    }

    /** An annex laid out the usual way for its kind. */
    public Appendix(AppendixKind kind, String heading, String title, String note, List<Section> sections, Table form) {
        this(kind, heading, title, note, sections, form, null);
    }

    /** Whether the annex goes on landscape pages. */
    public boolean landscapePages() {
        return landscape != null ? landscape : kind == AppendixKind.FORM;
    }

    /** What an annex is. */
    public enum AppendixKind {
        /** Text annex, e.g. "BIỂU TỔNG HỢP" of ongoing duties. */
        TEXT,
        /** A report outline ("ĐỀ CƯƠNG báo cáo"). */
        OUTLINE,
        /** A numbered form ("Biểu 3"). */
        FORM
    }

    /** An annex built step by step: {@code Appendix.builder(AppendixKind.TEXT, "Phụ lục I").title("...").section(s).build()}. */
    public static Builder builder(AppendixKind kind, String heading) {
        return new Builder(kind, heading);
    }

    /** Builds an {@link Appendix}. */
    public static final class Builder {
        private final AppendixKind kind;
        private final String heading;
        private String title;
        private String note;
        private final java.util.List<Section> sections = new java.util.ArrayList<>();
        private Table form;
        private Boolean landscape;

        private Builder(AppendixKind kind, String heading) {
            this.kind = kind;
            this.heading = heading;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        /** The line under the heading: "(Kèm theo Kế hoạch số ...)". */
        public Builder note(String value) {
            this.note = value;
            return this;
        }

        public Builder section(Section section) {
            sections.add(java.util.Objects.requireNonNull(section, "section"));
            return this;
        }

        /** The form (Biểu) of a FORM annex. */
        public Builder form(Table table) {
            this.form = table;
            return this;
        }

        /** Landscape pages (wide forms). */
        public Builder landscape(boolean on) {
            this.landscape = on;
            return this;
        }

        public Appendix build() {
            return new Appendix(kind, heading, title, note, sections, form, landscape);
        }
    }
}

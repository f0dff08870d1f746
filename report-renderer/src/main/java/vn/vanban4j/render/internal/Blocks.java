package vn.vanban4j.render.internal;

import java.util.List;

/** The small block tree that templates produce and writers lay out. */
public final class Blocks {
    private Blocks() {
    }

    /** A piece of a block. */
    public sealed interface Block permits PageHeader, Title, Heading, Para, Addressees, Caption, Table, Closing, Appendix {
    }

    /**
     * The runs with {@code mark} ("./.") ending them: a full stop that ends the text is replaced,
     * so "giải quyết." becomes "giải quyết./.".
     */
    public static List<Run> endingWith(List<Run> runs, String mark) {
        java.util.ArrayList<Run> out = new java.util.ArrayList<>(runs);
        for (int i = out.size() - 1; i >= 0; i--) {
            Run r = out.get(i);
            if (r.footnote() || r.text().isBlank()) {
                continue;
            }
            String text = r.text().stripTrailing();
            if (text.endsWith(".") && !text.endsWith("./.")) {
                out.set(i, new Run(text.substring(0, text.length() - 1), r.bold(), r.italic(), false));
            }
            break;
        }
        out.add(new Run(mark, false, false, false));
        return out;
    }

    /** A run of text; a footnote run holds the footnote's text and stands where its mark goes. */
    public record Run(String text, boolean bold, boolean italic, boolean footnote) {
    }

    /**
     * The page-1 header, laid out from the document by the profile.
     *
     * @param subject a công văn's summary, set under the number after the profile's prefix; empty for none
     */
    public record PageHeader(List<Run> subject) implements Block {
    }

    /** The kind line and the summary. */
    public record Title(String kind, List<Run> summary) implements Block {
    }

    /** A numbered heading; level 1 is "I.". */
    public record Heading(int level, List<Run> runs) implements Block {
    }

    /**
     * A paragraph. Roles: "body"; "basis" (a legal basis: italic in the state layout); "enacting"
     * (the sentence after the bases); "authority" (who decides: centred, bold, upper case);
     * "decides" ("QUYẾT ĐỊNH:": centred, bold).
     */
    public record Para(String role, List<Run> runs) implements Block {
    }

    /** "Kính gửi:" with its addressees: inline when one, else one a line; centred for a Tờ trình. */
    public record Addressees(boolean centred, List<List<Run>> lines) implements Block {
    }

    /** A centred line of an annex heading: role heading, title or note. */
    public record Caption(String role, List<Run> runs) implements Block {
    }

    /** A cell; colspan and rowspan for grouped headers. */
    public record Cell(List<Run> runs, int colspan, int rowspan) {
    }

    /** A body row; a group row ("I", "II.1") has one cell across the table, in bold. */
    public record Row(List<Cell> cells, boolean group) {
    }

    /**
     * A table: header rows repeat on every page.
     *
     * @param widths    relative column widths; empty for the default (a narrow "Stt", the rest even)
     * @param splitRows true when long rows may break across pages (task tables); false keeps rows whole
     */
    public record Table(List<List<Cell>> headerRows, List<Row> rows, List<Double> widths, boolean splitRows)
            implements Block {
    }

    /** Recipients and signatures, laid out from the document by the profile. */
    public record Closing() implements Block {
    }

    /** An annex: a new page section, landscape when asked; its page numbers follow the profile. */
    public record Appendix(boolean landscape, List<Block> blocks) implements Block {
    }
}

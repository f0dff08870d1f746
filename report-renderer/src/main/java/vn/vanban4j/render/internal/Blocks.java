package vn.vanban4j.render.internal;

import java.util.List;

/** The small block tree that templates produce and writers lay out. */
public final class Blocks {
    private Blocks() {
    }

    /** A piece of a block. */
    public sealed interface Block permits PageHeader, Title, Heading, Para, Caption, Table, Closing, Appendix {
    }

    /** A run of text; a footnote run holds the footnote's text and stands where its mark goes. */
    public record Run(String text, boolean bold, boolean italic, boolean footnote) {
    }

    /** The page-1 header, laid out from the document by the profile. */
    public record PageHeader() implements Block {
    }

    /** The kind line and the summary. */
    public record Title(String kind, List<Run> summary) implements Block {
    }

    /** A numbered heading; level 1 is "I.". */
    public record Heading(int level, List<Run> runs) implements Block {
    }

    /** A paragraph; role "basis" for legal bases, "body" otherwise. */
    public record Para(String role, List<Run> runs) implements Block {
    }

    /** A centred line of an annex heading: role heading, title or note. */
    public record Caption(String role, List<Run> runs) implements Block {
    }

    /** A cell; colspan and rowspan for grouped headers. */
    public record Cell(List<Run> runs, int colspan, int rowspan) {
    }

    /** A table: header rows repeat on every page; rows never split. */
    public record Table(List<List<Cell>> headerRows, List<List<Cell>> rows) implements Block {
    }

    /** Recipients and signature, laid out from the document by the profile. */
    public record Closing() implements Block {
    }

    /** An annex: a new section, page numbers restarting, landscape when asked. */
    public record Appendix(boolean landscape, List<Block> blocks) implements Block {
    }
}

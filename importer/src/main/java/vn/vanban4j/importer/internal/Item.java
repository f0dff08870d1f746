package vn.vanban4j.importer.internal;

import java.util.List;

/** A piece of a document as a source gives it: a line or paragraph of text, or a table. */
public sealed interface Item permits Item.Line, Item.Grid {

    /**
     * A line of text (from extracted text or a PDF) or a whole paragraph (from a DOCX).
     *
     * @param text      the text, NFC, spaces folded; empty for a blank line
     * @param column    which column of its row the text stands in (0 for the left or only one)
     * @param columns   how many columns its row has (1 for running text)
     * @param bold      whether the text is bold; null when the source cannot tell
     * @param indent    the indent in characters from the text's left edge; -1 when the source cannot tell
     * @param whole     true when the text is a whole paragraph (DOCX); false for a line that may continue
     * @param footnotes footnotes anchored in the text
     * @param source    where it stands ("paragraph 12", "line 40", "page 2, line 7")
     */
    record Line(String text, int column, int columns, Boolean bold, int indent, boolean whole,
            List<vn.vanban4j.model.Footnote> footnotes, String source) implements Item {
        public Line {
            footnotes = List.copyOf(footnotes);
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    /**
     * A table: rows of cells; a cell spanning the whole row is a group row.
     *
     * @param rows   cell texts by row
     * @param spans  each cell's column span, by row
     * @param source where it stands
     */
    record Grid(List<List<String>> rows, List<List<Integer>> spans, String source) implements Item {
    }
}

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

    /** True when any block, an annex's included, holds a footnote. */
    public static boolean anyFootnote(List<Block> blocks) {
        return blocks.stream().flatMap(Blocks::lines).flatMap(List::stream).anyMatch(Run::footnote);
    }

    // every line of runs a block holds
    private static java.util.stream.Stream<List<Run>> lines(Block block) {
        if (block instanceof PageHeader h) {
            return java.util.stream.Stream.of(h.subject());
        } else if (block instanceof Title t) {
            return java.util.stream.Stream.of(t.summary());
        } else if (block instanceof Heading h) {
            return java.util.stream.Stream.of(h.runs());
        } else if (block instanceof Para p) {
            return java.util.stream.Stream.of(p.runs());
        } else if (block instanceof Addressees a) {
            return a.lines().stream();
        } else if (block instanceof Caption c) {
            return java.util.stream.Stream.of(c.runs());
        } else if (block instanceof Table t) {
            return java.util.stream.Stream.concat(t.headerRows().stream(), t.rows().stream().map(Row::cells)).flatMap(List::stream)
                    .map(Cell::runs);
        } else if (block instanceof Closing c) {
            java.util.stream.Stream<List<Run>> signatures = c.signatures().stream()
                    .flatMap(s -> java.util.stream.Stream.of(s.authorities(), s.positions(), List.of(s.signer())).flatMap(List::stream));
            return c.recipients() == null ? signatures : java.util.stream.Stream.concat(c.recipients().stream(), signatures);
        }
        return ((Appendix) block).blocks().stream().flatMap(Blocks::lines);
    }

    /** A run of text; a footnote run holds the footnote's text and stands where its mark goes. */
    public record Run(String text, boolean bold, boolean italic, boolean footnote) {
    }

    /**
     * The page-1 header, laid out from the document by the profile.
     *
     * @param subject a công văn's summary, set under the number after the profile's prefix; empty for none
     */
    public record PageHeader(List<Run> subject, String logo) implements Block {
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
     *
     * @param end true for the paragraph the template marked as the one that ends the text ({@code <p end="true">})
     */
    public record Para(String role, List<Run> runs, boolean end) implements Block {
    }

    /**
     * The paragraph the profile's end mark ("./.") ends: the one marked {@code <p end="true">} (the default
     * templates mark the document's conclusion, else its last body paragraph), else the last body paragraph
     * before the closing; null when there is none (the mark then stands alone before the closing).
     */
    public static Para endMarkParagraph(List<Block> blocks) {
        Para last = null;
        for (Block b : blocks) {
            if (b instanceof Para p && p.end()) {
                return p;
            }
            if (b instanceof Closing) {
                break;
            }
            if (b instanceof Para p && (p.role().equals("body") || p.role().equals("enacting"))) {
                last = p;
            }
        }
        return last;
    }

    /** "Kính gửi:" with its addressees: inline when one, else one a line; centred for a Tờ trình. */
    public record Addressees(boolean centred, List<List<Run>> lines) implements Block {
    }

    /** A centred line of an annex heading: role heading, title or note. */
    public record Caption(String role, List<Run> runs) implements Block {
    }

    /** A cell; colspan and rowspan for grouped headers; align "left", "center", "right" or null for the column's default. */
    public record Cell(List<Run> runs, int colspan, int rowspan, String align) {
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

    /**
     * Recipients and signatures, laid out by the profile: recipients on the left, a signature on the
     * right, several signatures side by side.
     *
     * @param signatures the signature blocks the template wrote; empty for the document's own
     * @param recipients the recipient lines the template wrote; null for the document's own
     */
    public record Closing(List<SignatureBlock> signatures, List<List<Run>> recipients) implements Block {
        /** The closing of the document itself ({@code <closing/>}). */
        public static Closing fromDocument() {
            return new Closing(List.of(), null);
        }
    }

    /**
     * One signature block: authority lines (bold), position lines, the room to sign (or a
     * signature image, with a seal over its left third), the signer's name.
     */
    public record SignatureBlock(List<List<Run>> authorities, List<List<Run>> positions, String image, String seal,
            List<Run> signer) {
        /** A document's signature as a block: its authority lines in the family's style, its position, image and signer. */
        public static SignatureBlock of(vn.vanban4j.model.Signature s, vn.vanban4j.model.Family family) {
            List<List<Run>> authorities = new java.util.ArrayList<>();
            s.authorityLines(family).forEach(a -> vn.vanban4j.model.Header.lines(a).forEach(l -> authorities.add(plain(l))));
            List<List<Run>> positions = vn.vanban4j.model.Header.lines(s.position()).stream().map(Blocks::plain).toList();
            return new SignatureBlock(authorities, positions, s.image(), null, plain(s.signer()));
        }
    }

    static List<Run> plain(String text) {
        return List.of(new Run(text, false, false, false));
    }

    /** An annex: a new page section, landscape when asked; its page numbers follow the profile. */
    public record Appendix(boolean landscape, List<Block> blocks) implements Block {
    }
}

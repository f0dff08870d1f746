package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.importer.internal.Item.Grid;
import vn.vanban4j.importer.internal.Item.Line;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Appendix.AppendixKind;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Table;

/** An annex: its heading ("PHỤ LỤC", "ĐỀ CƯƠNG", "Biểu 3: ..."), title, attachment note and body. */
final class AnnexReader {
    private static final Pattern FORM = Pattern.compile("^(?<h>(?:Biểu|BIỂU)\\s+\\d+)\\s*[:.]?\\s*(?<t>.*)$");
    private static final Pattern NOTE = Pattern.compile("^\\((?<n>[Kk]èm theo.*?)\\)?$");

    private AnnexReader() {
    }

    // a title in ordinary letters runs up to "(Kèm theo ...)" within the next few lines
    static boolean noteFollows(List<Item> items, int at) {
        for (int k = at + 1, seen = 0; k < items.size() && seen < 3 && items.get(k) instanceof Line l; k++) {
            if (!l.blank()) {
                if (NOTE.matcher(l.text()).matches()) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }

    static Appendix read(Line head, List<Item> items, List<Finding> findings, int index, Budget budget) {
        String where = "$.appendices[" + index + "]";
        Matcher form = FORM.matcher(head.text());
        AppendixKind kind;
        String heading;
        List<String> title = new ArrayList<>();
        if (form.matches()) {
            kind = AppendixKind.FORM;
            heading = form.group("h");
            if (!form.group("t").isBlank()) {
                title.add(form.group("t"));
            }
        } else {
            kind = head.text().startsWith("ĐỀ CƯƠNG") ? AppendixKind.OUTLINE : AppendixKind.TEXT;
            heading = head.text();
        }
        int at = 0;
        StringBuilder note = null;
        for (; at < items.size() && items.get(at) instanceof Line l; at++) {
            if (l.blank()) {
                continue;
            }
            String text = l.text();
            if (l.columns() >= 3) {
                break; // a table's header row, laid out in text
            }
            if (note != null && !note.toString().endsWith(")")) {
                note.append(' ').append(text);
                continue;
            }
            if (note == null && NOTE.matcher(text).matches()) {
                note = new StringBuilder(text);
                continue;
            }
            if (note == null && kind != AppendixKind.FORM && (DocumentReader.isUpper(text) || noteFollows(items, at)) && !BodyReader.isNumbered(text)) {
                title.add(text);
                continue;
            }
            if (note == null && kind == AppendixKind.FORM && title.isEmpty()) {
                title.add(text);
                continue;
            }
            break;
        }
        String noteText = null;
        if (note != null) {
            Matcher m = NOTE.matcher(note.toString());
            noteText = m.matches() ? m.group("n").strip() : note.toString();
            noteText = noteText.endsWith(")") ? noteText.substring(0, noteText.length() - 1) : noteText;
        }
        List<Item> rest = TextTables.of(items.subList(at, items.size()));
        Table formTable = null;
        if (kind == AppendixKind.FORM) {
            for (Item item : rest) {
                if (item instanceof Grid g && GridReader.read(g, new ArrayList<>()) instanceof Table t) {
                    formTable = t;
                    break;
                }
            }
            if (formTable == null) {
                kind = AppendixKind.TEXT;
            }
        }
        List<Section> sections = new ArrayList<>();
        if (kind != AppendixKind.FORM) {
            BodyReader.Result body = new BodyReader(rest, null, List.of(), null, null, new ArrayList<>(), budget).read();
            List<Block> loose = new ArrayList<>();
            body.preamble().forEach(p -> loose.add(vn.vanban4j.model.Paragraph.of(p)));
            if (!loose.isEmpty()) {
                sections.add(new Section(null, null, loose));
            }
            sections.addAll(body.sections());
        }
        String titleText = title.isEmpty() ? null : String.join(" ", title);
        findings.add(new Finding(where + ".heading", heading, head.source(), 0.9, Status.FOUND));
        if (titleText != null) {
            findings.add(new Finding(where + ".title", titleText, head.source(), 0.9, Status.FOUND));
        }
        return new Appendix(kind, heading, titleText, noteText, sections, formTable);
    }
}

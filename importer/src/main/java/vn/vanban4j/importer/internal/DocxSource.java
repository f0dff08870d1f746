package vn.vanban4j.importer.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.model.Footnote;
import vn.vanban4j.model.Message;

/**
 * A DOCX as items: each paragraph whole, with whether it is bold and its footnotes; the borderless
 * layout tables of the header and the closing as lines in columns; other tables as grids.
 */
public final class DocxSource {
    // POI writes a footnote's mark into the text as "[footnoteRef:1]"
    private static final java.util.regex.Pattern FOOTNOTE_MARK = java.util.regex.Pattern.compile("\\[footnoteRef:\\d+\\]");

    private DocxSource() {
    }

    public static List<Item> read(byte[] bytes, Budget budget) {
        String source = budget.source();
        DocxCheck.check(bytes, budget);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Map<String, String> notes = new HashMap<>();
            for (XWPFAbstractFootnoteEndnote note : doc.getFootnotes()) {
                StringBuilder text = new StringBuilder();
                note.getParagraphs().forEach(p -> text.append(p.getText()).append(' '));
                notes.put(note.getId().toString(), TextSource.fold(text.toString()));
            }
            List<Item> items = new ArrayList<>();
            int[] counter = {0};
            for (IBodyElement element : doc.getBodyElements()) {
                budget.tick();
                if (element instanceof XWPFParagraph p) {
                    items.add(line(p, 0, 1, "paragraph " + (++counter[0]), notes));
                } else if (element instanceof XWPFTable t) {
                    table(t, items, counter, notes);
                }
            }
            return items;
        } catch (NotOfficeXmlFileException | org.apache.poi.EmptyFileException e) {
            throw new ImportException(Reason.FORMAT, source, Message.of(ImportMessages.NOT_DOCX));
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException e) { // POI on a damaged package throws what its parts happen to throw
            throw new ImportException(Reason.DAMAGED, source, Message.of(ImportMessages.DOCX_DAMAGED, rootMessage(e)));
        } catch (IOException e) {
            throw new ImportException(Reason.DAMAGED, source, Message.of(ImportMessages.DOCX_UNREADABLE, e.getMessage()), e);
        }
    }

    private static Item.Line line(XWPFParagraph p, int column, int columns, String source, Map<String, String> notes) {
        String text = TextSource.fold(FOOTNOTE_MARK.matcher(p.getText()).replaceAll(""));
        boolean anyText = false;
        boolean allBold = true;
        List<Footnote> footnotes = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        for (XWPFRun run : p.getRuns()) {
            String t = FOOTNOTE_MARK.matcher(run.text()).replaceAll("");
            if (!t.isBlank()) {
                anyText = true;
                allBold &= run.isBold();
            }
            before.append(t);
            if (before.length() > 4_000) { // the anchor needs only the last words: keep the cost linear
                before.delete(0, before.length() - 2_000);
            }
            for (CTFtnEdnRef ref : run.getCTR().getFootnoteReferenceList()) {
                String note = notes.get(ref.getId().toString());
                String anchor = lastWords(TextSource.fold(before.substring(Math.max(0, before.length() - 400))));
                if (note != null && !note.isEmpty() && !anchor.isEmpty()) {
                    footnotes.add(new Footnote(anchor, note));
                }
            }
        }
        return new Item.Line(text, column, columns, anyText ? allBold : null, -1, true, footnotes, source);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    // the words a footnote mark follows: the last few, enough to find its place again
    private static String lastWords(String text) {
        String[] words = text.split(" ");
        int from = Math.max(0, words.length - 4);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static void table(XWPFTable t, List<Item> items, int[] counter, Map<String, String> notes) {
        String text = TextSource.fold(t.getText());
        int columns = t.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
        String source = "table " + (items.stream().filter(Item.Grid.class::isInstance).count() + 1) + " at paragraph " + (counter[0] + 1);
        if (columns <= 3 && isLayout(text)) {
            for (XWPFTableRow row : t.getRows()) {
                List<XWPFTableCell> cells = row.getTableCells();
                for (int c = 0; c < cells.size(); c++) {
                    for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                        // a header cell often holds several lines in one paragraph, parted by line breaks
                        Item.Line whole = line(p, c, cells.size(), source + ", row " + (t.getRows().indexOf(row) + 1) + ", cell " + (c + 1), notes);
                        for (String part : p.getText().split("[\\n\\r\\u000b]+")) {
                            String partText = TextSource.fold(part);
                            if (!partText.isEmpty() || p.getText().isBlank()) {
                                items.add(new Item.Line(partText, c, cells.size(), whole.bold(), -1, true, whole.footnotes(), whole.source()));
                            }
                        }
                    }
                }
            }
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<List<Integer>> spans = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            List<Integer> cellSpans = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                boolean continued = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getVMerge() != null
                        && cell.getCTTc().getTcPr().getVMerge().getVal() == null;
                cells.add(continued ? "" : TextSource.fold(cell.getText()));
                int span = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getGridSpan() != null
                        ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
                cellSpans.add(span);
            }
            rows.add(cells);
            spans.add(cellSpans);
        }
        items.add(new Item.Grid(rows, spans, source));
    }

    // the header and the closing are laid out in borderless tables: known by what they hold
    private static final List<String> LAYOUT_WORDS = java.util.stream.Stream.of("xã hội chủ nghĩa việt nam", "độc lập - tự do", "kính gửi", "kính gởi",
            "đảng cộng sản việt nam", "nơi nhận", "thư ký", "chủ tọa").map(vn.vanban4j.model.VietnameseText::nameKey).toList();

    private static boolean isLayout(String text) {
        String key = vn.vanban4j.model.VietnameseText.nameKey(text);
        return LAYOUT_WORDS.stream().anyMatch(key::contains)
                || key.matches("(?s).*\\b(tm|kt|tl|tuq)\\. .*") || key.matches("(?s).*\\b(t/m|k/t|t/l) .*");
    }
}

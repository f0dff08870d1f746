package vn.vanban4j.test;

import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a rendered DOCX, each failing with what the document holds instead. */
public final class DocxAssert extends AbstractAssert<DocxAssert, RenderedDocx> {
    DocxAssert(RenderedDocx actual) {
        super(actual, DocxAssert.class);
    }

    public DocxAssert hasNumber(String number) {
        isNotNull();
        String found = actual.number().orElse(null);
        if (!number.equals(found)) {
            failWithMessage("expected the number <%s> but the header says <%s>", number, found);
        }
        return this;
    }

    public DocxAssert hasPlaceAndDate(String line) {
        isNotNull();
        String found = actual.placeAndDate().orElse(null);
        if (!line.equals(found)) {
            failWithMessage("expected the place and date <%s> but found <%s>", line, found);
        }
        return this;
    }

    public DocxAssert hasTitle(String kind, String summary) {
        isNotNull();
        List<String> title = actual.title();
        if (!title.equals(List.of(kind, summary))) {
            failWithMessage("expected the title <%s / %s> but found <%s>", kind, summary, title);
        }
        return this;
    }

    /** Headings in this order (others may stand between). */
    public DocxAssert hasHeadings(String... headings) {
        isNotNull();
        List<String> found = actual.headings();
        int at = 0;
        for (String h : found) {
            if (at < headings.length && h.equals(headings[at])) {
                at++;
            }
        }
        if (at < headings.length) {
            failWithMessage("expected the headings %s in order; <%s> is missing from %s", List.of(headings), headings[at], found);
        }
        return this;
    }

    /**
     * Tasks in this order: each text stands in a paragraph or a task-table cell of the body (the
     * start of the task's sentence is enough).
     */
    public DocxAssert hasTasks(String... tasks) {
        isNotNull();
        List<String> lines = actual.lines().stream().filter(l -> !l.where().equals("header") && !l.where().equals("closing"))
                .map(RenderedDocx.Line::text).toList();
        int from = 0;
        for (String task : tasks) {
            int found = -1;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).contains(task)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                failWithMessage("expected the task <%s> %s", task, from == 0 ? "in the body" : "after the task before it");
            }
            from = found + 1;
        }
        return this;
    }

    public DocxAssert containsText(String text) {
        isNotNull();
        if (!actual.text().contains(text)) {
            failWithMessage("expected the text to contain <%s>", text);
        }
        return this;
    }

    /** The signature block's lines, top to bottom (authorities, position, signer). */
    public DocxAssert hasSignature(String... lines) {
        isNotNull();
        if (!actual.signature().equals(List.of(lines))) {
            failWithMessage("expected the signature %s but found %s", List.of(lines), actual.signature());
        }
        return this;
    }

    public DocxAssert hasRecipients(String... lines) {
        isNotNull();
        if (!actual.recipients().equals(List.of(lines))) {
            failWithMessage("expected the recipients %s but found %s", List.of(lines), actual.recipients());
        }
        return this;
    }

    /** The number of annexes: sections after the main text. */
    public DocxAssert hasAnnexes(int count) {
        isNotNull();
        if (actual.pages().size() - 1 != count) {
            failWithMessage("expected %s annexes but found %s", count, actual.pages().size() - 1);
        }
        return this;
    }

    public DocxAssert hasLandscapeSections(int count) {
        isNotNull();
        long found = actual.pages().stream().filter(RenderedDocx.Page::landscape).count();
        if (found != count) {
            failWithMessage("expected %s landscape sections but found %s", count, found);
        }
        return this;
    }

    /** The main text's paper and margins in millimetres (to 0.1 mm). */
    public DocxAssert hasPage(double widthMm, double heightMm, double topMm, double bottomMm, double leftMm, double rightMm) {
        isNotNull();
        RenderedDocx.Page p = actual.pages().get(0);
        RenderedDocx.Page expected = new RenderedDocx.Page(widthMm, heightMm, false, topMm, bottomMm, leftMm, rightMm);
        if (!p.equals(expected)) {
            failWithMessage("expected the page %s but found %s", expected, p);
        }
        return this;
    }
}

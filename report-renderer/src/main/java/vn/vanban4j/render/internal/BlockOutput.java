package vn.vanban4j.render.internal;

import freemarker.core.TemplateProcessingTracer.TracedElement;
import java.util.Arrays;

/**
 * What a template run wrote (block XML) and where in the templates each piece of it came from, so
 * that a mistake found in the blocks is reported at the template line and column that wrote it.
 */
public final class BlockOutput {
    private final String template;
    // the block XML; a char[] rather than a StringBuilder, which starts as Latin-1 and copies itself at the first Vietnamese letter
    private char[] text;
    private int length;
    // where each run of output began, and the template element that wrote it (null: the run's start)
    private int[] offsets = new int[256];
    private TracedElement[] writers = new TracedElement[256];
    private int size;

    BlockOutput(String template, int expectedChars) {
        this.template = template;
        this.text = new char[Math.max(expectedChars, 256)];
    }

    /** The template the run started from. */
    public String template() {
        return template;
    }

    /** The block XML. */
    public String text() {
        return new String(text, 0, length);
    }

    /** The number of characters written. */
    public int length() {
        return length;
    }

    /** The block XML to read, without a copy. */
    java.io.Reader reader() {
        return new java.io.CharArrayReader(text, 0, length);
    }

    /** Appends what a template element wrote. */
    void append(String chars, int start, int end, TracedElement writer) {
        mark(writer);
        ensure(end - start);
        chars.getChars(start, end, text, length);
        length += end - start;
    }

    /** Appends what a template element wrote. */
    void append(char[] chars, int offset, int count, TracedElement writer) {
        mark(writer);
        ensure(count);
        System.arraycopy(chars, offset, text, length, count);
        length += count;
    }

    private void ensure(int more) {
        if (length + more > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, length + more));
        }
    }

    private void mark(TracedElement writer) {
        if (size == 0 || writers[size - 1] != writer) {
            if (size == offsets.length) {
                offsets = Arrays.copyOf(offsets, size * 2);
                writers = Arrays.copyOf(writers, size * 2);
            }
            offsets[size] = length;
            writers[size] = writer;
            size++;
        }
    }

    /** "plan.ftlx:12:7": where in the templates the output at this offset was written. */
    public String where(int offset) {
        int i = Arrays.binarySearch(offsets, 0, size, offset);
        if (i < 0) {
            i = -i - 2;
        }
        // the element that wrote a run is the last entry starting at or before it
        while (i > 0 && i + 1 < size && offsets[i + 1] == offsets[i] && offsets[i + 1] <= offset) {
            i++;
        }
        TracedElement e = i < 0 ? null : writers[i];
        if (e == null) {
            return template + ":1:1";
        }
        int line = e.getBeginLine();
        int column = e.getBeginColumn();
        if (e.isLeaf() && e.getDescription().startsWith("text ")) {
            // template text copied as is: count lines and columns inside it
            for (int at = offsets[i]; at < offset && at < length; at++) {
                if (text[at] == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
        return e.getTemplate().getSourceName() + ":" + line + ":" + column;
    }

    /** "plan.ftlx:12:7": where the element whose start tag ends at this output line and column (as an XML reader reports them) was written. */
    public String whereElement(int line, int column) {
        int at = Math.min(offsetOf(line, column), length) - 1;
        while (at > 0 && text[at] != '<') {
            at--;
        }
        return where(Math.max(0, at));
    }

    /** The offset of a 1-based output line and column, as an XML reader reports them. */
    public int offsetOf(int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at < length; at++) {
            if (text[at] == '\n') {
                l++;
            }
        }
        return Math.min(length, at + Math.max(0, column - 1));
    }
}

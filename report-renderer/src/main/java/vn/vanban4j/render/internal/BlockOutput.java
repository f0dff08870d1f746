package vn.vanban4j.render.internal;

import java.util.Arrays;

/**
 * What a template run wrote (block XML) and where in the templates each piece of it came from, so
 * that a mistake found in the blocks is reported at the template line and column that wrote it.
 */
public final class BlockOutput {
    private final String template;
    private final StringBuilder text;
    private int[] offsets = new int[64];
    private String[] names = new String[64];
    private int[] lines = new int[64];
    private int[] columns = new int[64];
    private boolean[] literal = new boolean[64];
    private int size;

    BlockOutput(String template, int expectedChars) {
        this.template = template;
        this.text = new StringBuilder(expectedChars);
    }

    /** The template the run started from. */
    public String template() {
        return template;
    }

    /** The block XML. */
    public StringBuilder text() {
        return text;
    }

    /**
     * Appends what an element wrote; {@code literal} when the element is template text copied as is
     * (then positions inside it are exact).
     */
    void append(CharSequence chars, int start, int end, String name, int line, int column, boolean isLiteral) {
        if (size == offsets.length) {
            int grown = size * 2;
            offsets = Arrays.copyOf(offsets, grown);
            names = Arrays.copyOf(names, grown);
            lines = Arrays.copyOf(lines, grown);
            columns = Arrays.copyOf(columns, grown);
            literal = Arrays.copyOf(literal, grown);
        }
        if (size == 0 || lines[size - 1] != line || columns[size - 1] != column || !names[size - 1].equals(name)
                || offsets[size - 1] == text.length()) {
            offsets[size] = text.length();
            names[size] = name;
            lines[size] = line;
            columns[size] = column;
            literal[size] = isLiteral;
            size++;
        }
        text.append(chars, start, end);
    }

    /** "plan.ftlx:12:7": where in the templates the output at this offset was written. */
    public String where(int offset) {
        int i = Arrays.binarySearch(offsets, 0, size, offset);
        if (i < 0) {
            i = -i - 2;
        }
        if (i < 0) {
            return template + ":1:1";
        }
        int line = lines[i];
        int column = columns[i];
        if (literal[i]) {
            // count lines and columns inside literal template text
            for (int at = offsets[i]; at < offset && at < text.length(); at++) {
                if (text.charAt(at) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
        return names[i] + ":" + line + ":" + column;
    }

    /** The offset of a 1-based output line and column, as an XML reader reports them. */
    public int offsetOf(int line, int column) {
        int at = 0;
        for (int l = 1; l < line && at < text.length(); at++) {
            if (text.charAt(at) == '\n') {
                l++;
            }
        }
        return Math.min(text.length(), at + Math.max(0, column - 1));
    }
}

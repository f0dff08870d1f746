package vn.vanban4j.render.internal;

import java.util.Arrays;

/** An append-only UTF-8 byte buffer: half the memory of a StringBuilder for Vietnamese text, no encoding copy. */
final class Utf8Buffer {
    private byte[] bytes;
    private int size;
    // the text being appended, copied out of its String: a loop over a char[] is not held back by the
    // String's checks at each charAt (its coder, its bounds), which made these loops the render's hottest
    private char[] chars = new char[256];

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 256)];
    }

    Utf8Buffer append(String text) {
        int n = text.length();
        ensure(n);
        char[] cs = charsOf(text);
        // tags and attribute values are ASCII: copy them in a tight loop over locals, which the JIT
        // keeps in registers (writing the fields at every byte made this the render's hottest loop)
        byte[] b = bytes;
        int at = size;
        int i = 0;
        for (char c; i < n && (c = cs[i]) < 0x80; i++) {
            b[at++] = (byte) c;
        }
        size = at;
        if (i < n) {
            ensure((n - i) * 3); // room for the rest only when it holds more than ASCII
        }
        for (; i < n; i++) {
            char c = cs[i];
            if (Character.isSurrogate(c)) {
                i += encodeSurrogates(text, i);
            } else {
                encode(c);
            }
        }
        return this;
    }

    /**
     * Appends text as XML character data: {@code & < > "} as entities, and every character XML cannot
     * carry (see {@link TemplateData#isXmlChar}) as U+FFFD.
     */
    Utf8Buffer appendXmlText(String text) {
        int n = text.length();
        ensure(n * 6); // "&quot;" is the longest a char becomes
        char[] cs = charsOf(text);
        byte[] b = bytes;
        int at = size;
        for (int i = 0; i < n; i++) {
            char c = cs[i];
            if (c < 0x80 && c >= 0x20 && c != '&' && c != '<' && c != '>' && c != '"') {
                b[at++] = (byte) c;
            } else if (c >= 0x80 && c < 0x800) {
                b[at++] = (byte) (0xC0 | (c >> 6));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (c >= 0x800 && c < 0xD800) {
                b[at++] = (byte) (0xE0 | (c >> 12));
                b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                size = at;
                switch (c) {
                    case '&' -> appendAscii("&amp;");
                    case '<' -> appendAscii("&lt;");
                    case '>' -> appendAscii("&gt;");
                    case '"' -> appendAscii("&quot;");
                    default -> {
                        if (!TemplateData.isXmlChar(text, i)) {
                            encode('\uFFFD');
                        } else if (Character.isSurrogate(c)) {
                            i += encodeSurrogates(text, i);
                        } else {
                            encode(c);
                        }
                    }
                }
                at = size;
                b = bytes;
            }
        }
        size = at;
        return this;
    }

    // an entity inside appendXmlText, whose copy of the text append would overwrite; room is ensured
    private void appendAscii(String entity) {
        for (int i = 0; i < entity.length(); i++) {
            bytes[size++] = (byte) entity.charAt(i);
        }
    }

    // the text's chars in the scratch array, which grows to the longest text appended
    private char[] charsOf(String text) {
        if (chars.length < text.length()) {
            chars = new char[Math.max(text.length(), chars.length * 2)];
        }
        text.getChars(0, text.length(), chars, 0);
        return chars;
    }

    Utf8Buffer append(long number) {
        return append(Long.toString(number));
    }

    Utf8Buffer append(Utf8Buffer other) {
        ensure(other.size);
        System.arraycopy(other.bytes, 0, bytes, size, other.size);
        size += other.size;
        return this;
    }

    Utf8Buffer append(char c) {
        ensure(3);
        encode(Character.isSurrogate(c) ? '\uFFFD' : c);
        return this;
    }

    /**
     * Encodes the pair at {@code i} as one four-byte character (an emoji, a rare Hán-Nôm character),
     * a lone half as U+FFFD; returns how many more chars it took. Room is ensured: 4 bytes for 2 chars.
     */
    private int encodeSurrogates(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, text.charAt(i + 1));
            bytes[size++] = (byte) (0xF0 | (cp >> 18));
            bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (cp & 0x3F));
            return 1;
        }
        encode('\uFFFD');
        return 0;
    }

    // room for three bytes is ensured; c is not a surrogate
    private void encode(char c) {
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    int length() {
        return size;
    }

    /** The buffer's array, whose first {@link #length()} bytes are the text. */
    byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

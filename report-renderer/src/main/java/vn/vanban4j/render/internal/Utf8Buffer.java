package vn.vanban4j.render.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/** An append-only UTF-8 byte buffer: half the memory of a StringBuilder for Vietnamese text, no encoding copy. */
final class Utf8Buffer {
    private byte[] bytes;
    private int size;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 256)];
    }

    Utf8Buffer append(String text) {
        ensure(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            encode(text.charAt(i));
        }
        return this;
    }

    /**
     * Appends text as XML character data: {@code & < > "} as entities, and every character XML cannot
     * carry (see {@link TemplateData#isXmlChar}) as U+FFFD.
     */
    Utf8Buffer appendXmlText(String text) {
        ensure(text.length() * 3);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
                encode(c); // the usual case: printable, nothing to escape
                continue;
            }
            switch (c) {
                case '&' -> append("&amp;");
                case '<' -> append("&lt;");
                case '>' -> append("&gt;");
                case '"' -> append("&quot;");
                default -> encode(TemplateData.isXmlChar(text, i) ? c : '\uFFFD');
            }
            ensure((text.length() - i) * 3);
        }
        return this;
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
        encode(c);
        return this;
    }

    // room for three bytes is ensured
    private void encode(char c) {
        if (c < 0x80) {
            bytes[size++] = (byte) c;
        } else if (c < 0x800) {
            bytes[size++] = (byte) (0xC0 | (c >> 6));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            // text of these documents has no characters outside the BMP; keep the output well formed
            bytes[size++] = (byte) '?';
        } else {
            bytes[size++] = (byte) (0xE0 | (c >> 12));
            bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            bytes[size++] = (byte) (0x80 | (c & 0x3F));
        }
    }

    int length() {
        return size;
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}

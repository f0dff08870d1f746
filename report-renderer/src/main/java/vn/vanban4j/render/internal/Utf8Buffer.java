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
        for (int i = 0; i < text.length(); i++) {
            append(text.charAt(i));
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
        return this;
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

package vn.vanban4j.exchange.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;

/**
 * Decodes base64 text handed over in pieces (as the XML reader delivers an element's text) into a
 * stream, a block at a time, counting the bytes against a limit. Whitespace between characters is
 * skipped; padding is accepted only at the end.
 */
final class Base64Sink {
    /** Thrown when the decoded bytes pass the limit. */
    static final class TooLarge extends Exception {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    private static final int BLOCK = 4 * 8 * 1024;

    private final OutputStream out;
    private final long limit;
    private final byte[] pending = new byte[BLOCK];
    private int filled;
    private long written;
    private boolean padded;

    Base64Sink(OutputStream out, long limit) {
        this.out = out;
        this.limit = limit;
    }

    /** Takes the next piece of text. */
    void accept(char[] chars, int start, int length) throws IOException, TooLarge {
        for (int i = start; i < start + length; i++) {
            char c = chars[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c > 0x7f) {
                throw new IllegalArgumentException("the character U+" + String.format("%04X", (int) c)
                        + " is not base64");
            }
            if (padded && c != '=') {
                throw new IllegalArgumentException("base64 goes on after its padding ('=')");
            }
            padded |= c == '=';
            pending[filled++] = (byte) c;
            if (filled == BLOCK) {
                flush(BLOCK);
            }
        }
    }

    /** Decodes what is left; the total decoded bytes. */
    long finish() throws IOException, TooLarge {
        int whole = filled - filled % 4;
        if (whole > 0) {
            flush(whole);
        }
        if (filled > 0) {
            flush(filled); // an unpadded last group; a single character is refused by the decoder
        }
        out.flush();
        return written;
    }

    private void flush(int count) throws IOException, TooLarge {
        byte[] decoded = Base64.getDecoder().decode(java.util.Arrays.copyOf(pending, count));
        written += decoded.length;
        if (written > limit) {
            throw new TooLarge();
        }
        out.write(decoded);
        System.arraycopy(pending, count, pending, 0, filled - count);
        filled -= count;
    }
}

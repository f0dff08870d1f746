package vn.vanban4j.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.CRC32;
import vn.vanban4j.samples.Samples;

/**
 * Run in a JVM of its own with a small heap by {@link StreamingTest}: packs an attachment of
 * {@code args[1]} MB generated on the fly, reads the package back into a folder, and prints the
 * attachment's size and CRC-32 as sent and as received.
 */
public final class StreamingCheck {
    private StreamingCheck() {
    }

    /** Bytes of a fixed pseudo-random sequence, never held together. */
    static final class Generated extends InputStream {
        private long left;
        private long state = 0x9E3779B97F4A7C15L;
        private final CRC32 crc = new CRC32();

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                state = state * 6364136223846793005L + 1442695040888963407L;
                buffer[offset + i] = (byte) (state >>> 56);
            }
            crc.update(buffer, offset, n);
            left -= n;
            return n;
        }
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        long size = Long.parseLong(args[1]) << 20;
        Generated source = new Generated(size);
        Attachment big = new Attachment("du-lieu.bin", "application/octet-stream", "du-lieu.bin", () -> source);
        Path packed = dir.resolve("big.edxml");
        EdXml edxml = EdXml.standard();
        edxml.pack(Samples.kindSample("125-UBND-KT"), Dispatch.of(Organ.of("000.00.00.H14", "UBND tỉnh Cao Bằng"),
                List.of(Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An")), Instant.EPOCH), List.of(big), packed);
        DocumentPackage read = (DocumentPackage) edxml.read(packed, dir.resolve("attachments"));
        ReceivedAttachment received = read.attachments().get(0);
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(received.file())) {
            byte[] block = new byte[1 << 16];
            for (int n; (n = in.read(block)) > 0;) {
                crc.update(block, 0, n);
            }
        }
        System.out.println("sent " + size + " " + source.crc.getValue() + " received " + received.size() + " "
                + crc.getValue() + " package " + Files.size(packed));
    }
}

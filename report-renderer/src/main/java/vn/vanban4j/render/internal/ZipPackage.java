package vn.vanban4j.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import vn.vanban4j.model.DeterministicZip;

/**
 * Writes a zip package (DOCX) byte for byte as {@code ZipOutputStream} writes {@code DeterministicZip} entries
 * (deflated at the default level, a data descriptor after each, the time 2020-01-01 00:00 and its extended
 * timestamp), and takes parts deflated beforehand ({@link Deflated}), so that the parts every document of a
 * profile shares are deflated once, not at each render (issue 24). One instance per package; not shared.
 */
final class ZipPackage {
    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int DATA_DESCRIPTOR = 0x08074b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int VERSION = 20; // deflated
    private static final int FLAGS = 0x0808; // sizes in a data descriptor; names in UTF-8
    private static final int METHOD = 8; // deflated
    private static final int DOS_TIME = (2020 - 1980) << 25 | 1 << 21 | 1 << 16; // 2020-01-01 00:00
    // the extended timestamp field DeterministicZip stamps every entry with
    private static final byte[] EXTENDED_TIMESTAMP = DeterministicZip.entry("").getExtra();

    /** A part deflated as a package entry: its name, CRC-32, size and deflated bytes. */
    record Deflated(String name, int crc, int size, byte[] data) {
        static Deflated of(String name, byte[] content, int length) {
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            try {
                Bytes data = new Bytes(length / 4 + 64);
                deflate(deflater, content, length, data);
                return new Deflated(name, crcOf(content, length), length, java.util.Arrays.copyOf(data.array, data.size));
            } finally {
                deflater.end();
            }
        }
    }

    private final Bytes out;
    private final Bytes central = new Bytes(1024);
    private int count;
    private Deflater deflater;

    ZipPackage(int expectedBytes) {
        out = new Bytes(expectedBytes);
    }

    /**
     * Adds the first {@code length} bytes of {@code content} as the entry {@code name}, deflated straight into the
     * package (its sizes follow it in the data descriptor, so its header needs none).
     */
    void add(String name, byte[] content, int length) {
        if (deflater == null) {
            deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        }
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        int offset = localHeader(nameBytes);
        int start = out.size();
        deflate(deflater, content, length, out);
        end(nameBytes, offset, crcOf(content, length), out.size() - start, length);
    }

    /** Adds a part deflated beforehand. */
    void add(Deflated part) {
        byte[] name = part.name().getBytes(StandardCharsets.UTF_8);
        int offset = localHeader(name);
        out.bytes(part.data());
        end(name, offset, part.crc(), part.data().length, part.size());
    }

    // deflates the first length bytes of content onto the end of into
    private static void deflate(Deflater deflater, byte[] content, int length, Bytes into) {
        deflater.reset();
        deflater.setInput(content, 0, length);
        deflater.finish();
        while (!deflater.finished()) {
            into.ensure(Math.max(1024, length / 8));
            into.size += deflater.deflate(into.array, into.size, into.array.length - into.size);
        }
    }

    private static int crcOf(byte[] content, int length) {
        CRC32 crc = new CRC32();
        crc.update(content, 0, length);
        return (int) crc.getValue();
    }

    // the entry's local header, sizes and CRC left to its data descriptor; returns where it begins
    private int localHeader(byte[] name) {
        int offset = out.size();
        out.int32(LOCAL_HEADER).int16(VERSION).int16(FLAGS).int16(METHOD).int32(DOS_TIME).int32(0).int32(0).int32(0)
                .int16(name.length).int16(EXTENDED_TIMESTAMP.length).bytes(name).bytes(EXTENDED_TIMESTAMP);
        return offset;
    }

    // the entry's data descriptor after its data, and its record in the central directory
    private void end(byte[] name, int offset, int crc, int deflatedSize, int size) {
        out.int32(DATA_DESCRIPTOR).int32(crc).int32(deflatedSize).int32(size);
        central.int32(CENTRAL_HEADER).int16(VERSION).int16(VERSION).int16(FLAGS).int16(METHOD).int32(DOS_TIME).int32(crc)
                .int32(deflatedSize).int32(size).int16(name.length).int16(EXTENDED_TIMESTAMP.length).int16(0)
                .int16(0).int16(0).int32(0).int32(offset).bytes(name).bytes(EXTENDED_TIMESTAMP);
        count++;
    }

    /** The package's bytes: the entries, their central directory and its end. */
    byte[] finish() {
        if (deflater != null) {
            deflater.end();
        }
        int start = out.size();
        out.bytes(central.array, central.size);
        out.int32(END).int16(0).int16(0).int16(count).int16(count).int32(central.size).int32(start).int16(0);
        return java.util.Arrays.copyOf(out.array, out.size);
    }

    // a growing little-endian byte array
    private static final class Bytes {
        private byte[] array;
        private int size;

        Bytes(int capacity) {
            array = new byte[Math.max(capacity, 256)];
        }

        int size() {
            return size;
        }

        Bytes int16(int v) {
            ensure(2);
            array[size++] = (byte) v;
            array[size++] = (byte) (v >>> 8);
            return this;
        }

        Bytes int32(int v) {
            return int16(v & 0xFFFF).int16(v >>> 16);
        }

        Bytes bytes(byte[] b) {
            return bytes(b, b.length);
        }

        Bytes bytes(byte[] b, int length) {
            ensure(length);
            System.arraycopy(b, 0, array, size, length);
            size += length;
            return this;
        }

        void ensure(int more) {
            if (size + more > array.length) {
                array = java.util.Arrays.copyOf(array, Math.max(array.length * 2, size + more));
            }
        }
    }
}

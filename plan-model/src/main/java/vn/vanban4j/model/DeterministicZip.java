package vn.vanban4j.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (DOCX, XLSX) with a fixed timestamp on every entry, entries in their
 * original order, so that the same content gives the same bytes. Reads through the central
 * directory, so packages whose entries use data descriptors (POI's streaming writer) work too.
 */
public final class DeterministicZip {
    /** 1 January 2020, 00:00 UTC: the timestamp of every entry. */
    public static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
    private static final LocalDateTime FIXED_DOS_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);
    // the extended timestamp field (0x5455, 5 bytes: flag "modified", FIXED_TIME in Unix seconds, little-endian)
    private static final byte[] EXTENDED_TIMESTAMP = {0x55, 0x54, 5, 0, 1, 0x00, (byte) 0xE1, 0x0B, 0x5E};

    private DeterministicZip() {
    }

    /**
     * A new entry named {@code name} stamped with {@link #FIXED_TIME} whatever the JVM's time zone. {@code
     * ZipEntry.setLastModifiedTime} writes the DOS time in the default zone (a host in Asia/Ho_Chi_Minh got other
     * bytes than one in UTC) and loads every zone-rules provider on the class path on first use; this entry carries
     * the DOS time 2020-01-01 00:00 and the same extended timestamp, so its bytes are those a UTC JVM wrote before.
     */
    public static ZipEntry entry(String name) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(FIXED_DOS_TIME);
        entry.setExtra(EXTENDED_TIMESTAMP.clone());
        return entry;
    }

    public static byte[] rewrite(byte[] zip) {
        Path temp = null;
        try {
            temp = Files.createTempFile("vanban4j", ".zip");
            Files.write(temp, zip);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
            try (ZipFile in = new ZipFile(temp.toFile()); ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
                    ZipEntry entry = entries.nextElement();
                    out.putNextEntry(entry(entry.getName()));
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the zip package", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}

package vn.vanban4j.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
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

    private DeterministicZip() {
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
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setLastModifiedTime(FIXED_TIME);
                    out.putNextEntry(copy);
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

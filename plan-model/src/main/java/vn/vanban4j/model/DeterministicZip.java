package vn.vanban4j.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip package (DOCX, XLSX) with a fixed timestamp on every entry, entries in their
 * original order, so that the same content gives the same bytes.
 */
public final class DeterministicZip {
    /** 1 January 2020, 00:00 UTC: the timestamp of every entry. */
    public static final FileTime FIXED_TIME = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    private DeterministicZip() {
    }

    public static byte[] rewrite(byte[] zip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setLastModifiedTime(FIXED_TIME);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the zip package", e);
        }
        return bytes.toByteArray();
    }
}

package vn.vanban4j.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A file to send in a package. Its content is opened when the package is written and streamed into
 * it as base64, never held whole in memory.
 *
 * @param name        the file name the receiver sees ({@code AttachmentName})
 * @param contentType its media type ({@code ContentType})
 * @param description {@code Description}; the samples repeat the name
 * @param content     opens the content; called once per package written
 */
public record Attachment(String name, String contentType, String description, Content content) {
    /** Opens an attachment's content. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public Attachment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a file name");
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** A file, named as it is, its type from its extension. */
    public static Attachment of(Path file) {
        String name = file.getFileName().toString();
        return new Attachment(name, contentType(name), name, () -> Files.newInputStream(file));
    }

    /** Bytes under a file name, the type from its extension. */
    public static Attachment of(String name, byte[] bytes) {
        byte[] copy = bytes.clone();
        return new Attachment(name, contentType(name), name, () -> new ByteArrayInputStream(copy));
    }

    /** The media type of a file name: PDF, DOCX, DOC, ZIP, XLSX, else {@code application/octet-stream}. */
    public static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (lower.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (lower.endsWith(".doc")) {
            return "application/msword";
        }
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }
}

package vn.vanban4j.exchange;

import java.nio.file.Path;

/**
 * An attachment of a package read in: its bytes, or the file it was streamed to.
 *
 * @param contentId   its {@code ContentId} ("cid:1")
 * @param name        its {@code AttachmentName} as the package gives it
 * @param contentType its {@code ContentType}
 * @param description its {@code Description}; null when none
 * @param size        its size in bytes, decoded
 * @param bytes       its bytes when read into memory; null when streamed to a file
 * @param file        the file it was written to; null when read into memory
 */
public record ReceivedAttachment(String contentId, String name, String contentType, String description, long size,
        byte[] bytes, Path file) {
}

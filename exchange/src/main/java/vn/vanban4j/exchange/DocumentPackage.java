package vn.vanban4j.exchange;

import java.util.List;
import vn.vanban4j.model.Document;

/**
 * A package read in: the header as sent, the document (header fields from the envelope, the body
 * from the attached DOCX or PDF when one could be read) and the attachments.
 *
 * @param envelope    the header fields as the package writes them
 * @param document    the document
 * @param bodySource  the name of the attachment the body was read from; null when none was
 * @param attachments the attachments in package order
 * @param notes       what a reader should know (an attachment whose body could not be read, and why)
 */
public record DocumentPackage(Envelope envelope, Document document, String bodySource,
        List<ReceivedAttachment> attachments, List<String> notes) implements ExchangeMessage {
    public DocumentPackage {
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
    }
}

package vn.vanban4j.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.vanban4j.exchange.DocumentPackage;
import vn.vanban4j.exchange.Envelope;
import vn.vanban4j.exchange.ExchangeException;
import vn.vanban4j.exchange.ExchangeLimits;
import vn.vanban4j.exchange.ExchangeMessage;
import vn.vanban4j.exchange.ReceivedAttachment;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.model.Document;

/** Reads an edXML file into a {@link ExchangeMessage}: a status message, or a package with its document read from the first DOCX or PDF attached. */
public final class MessageReader {
    private MessageReader() {
    }

    /**
     * Reads {@code in}; attachments go into {@code attachmentFolder} when given, else into memory.
     *
     * @throws ExchangeException naming where the file breaks the structure or passes a limit
     */
    public static ExchangeMessage read(InputStream in, String source, ExchangeLimits limits, Path attachmentFolder)
            throws IOException {
        PackageReader.Parsed parsed = PackageReader.read(in, source, limits, attachmentFolder);
        try {
            return message(parsed, source, limits);
        } catch (RuntimeException e) {
            PackageReader.removeAll(parsed.attachments().stream().map(ReceivedAttachment::file)
                    .filter(java.util.Objects::nonNull).toList());
            throw e;
        }
    }

    private static ExchangeMessage message(PackageReader.Parsed parsed, String source, ExchangeLimits limits)
            throws IOException {
        HeaderReader headers = new HeaderReader(source);
        Node header = headers.messageHeader(parsed.envelope());
        if (HeaderReader.isStatus(header)) {
            return headers.status(header);
        }
        Envelope envelope = headers.envelope(parsed.envelope(), header);
        checkManifest(parsed, headers);
        List<String> notes = new ArrayList<>();
        Document body = null;
        String bodySource = null;
        for (ReceivedAttachment attachment : parsed.attachments()) {
            Importer.Format format = format(attachment);
            if (format == null) {
                continue;
            }
            if (attachment.size() > limits.importLimits().fileBytes()) {
                notes.add(attachment.name() + ": the body was not read: larger than the limit ImportLimits.fileBytes");
                continue;
            }
            try {
                byte[] bytes = attachment.bytes() != null ? attachment.bytes() : Files.readAllBytes(attachment.file());
                body = Importer.read(bytes, format, attachment.name(), limits.importLimits()).document();
                bodySource = attachment.name();
                break;
            } catch (ImportException e) {
                notes.add(attachment.name() + ": the body could not be read (" + e.getMessage() + ")");
            }
        }
        Document document;
        try {
            document = DocumentEnvelopes.document(envelope, body);
        } catch (IllegalArgumentException e) {
            Node code = header.child("Code");
            throw headers.error(code == null ? header : code, e.getMessage());
        }
        return new DocumentPackage(envelope, document, bodySource, parsed.attachments(), notes);
    }

    // every attachment the manifest names is in the package, and every attachment is named in the manifest
    private static void checkManifest(PackageReader.Parsed parsed, HeaderReader headers) {
        Node body = parsed.envelope().child("edXMLBody");
        Node manifest = body == null ? null : body.child("edXMLManifest");
        if (manifest == null) {
            if (!parsed.attachments().isEmpty()) {
                throw headers.error(body == null ? parsed.envelope() : body,
                        "no edXMLManifest, but the package carries attachments; the manifest lists them");
            }
            return;
        }
        List<String> listed = new ArrayList<>();
        for (Node reference : manifest.all("Reference")) {
            String id = reference.text("ContentId");
            if (id == null) {
                throw headers.error(reference, "no ContentId; a Reference names its attachment");
            }
            listed.add(id);
            if (parsed.attachments().stream().noneMatch(a -> a.contentId().equals(id))) {
                throw headers.error(reference, "the manifest names " + id + ", but no Attachment carries it");
            }
        }
        for (ReceivedAttachment attachment : parsed.attachments()) {
            if (!listed.contains(attachment.contentId())) {
                throw headers.error(manifest, "the attachment " + attachment.contentId() + " (" + attachment.name()
                        + ") is not in the manifest");
            }
        }
    }

    private static Importer.Format format(ReceivedAttachment attachment) {
        String type = attachment.contentType().toLowerCase(Locale.ROOT);
        if (type.equals("application/pdf")) {
            return Importer.Format.PDF;
        }
        if (type.contains("wordprocessingml")) {
            return Importer.Format.DOCX;
        }
        Importer.Format byName = attachment.name() == null ? null : Importer.Format.of(attachment.name()).orElse(null);
        return byName == Importer.Format.TEXT ? null : byName;
    }
}

package vn.vanban4j.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import vn.vanban4j.exchange.internal.DocumentEnvelopes;
import vn.vanban4j.exchange.internal.EdXmlNames;
import vn.vanban4j.exchange.internal.MessageReader;
import vn.vanban4j.exchange.internal.PackageWriter;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;

/**
 * Writes and reads edXML (QCVN 102:2016/BTTTT): document packages and the status messages that
 * answer them. Immutable and thread-safe; the same input writes the same bytes (the time of a
 * package is the caller's).
 *
 * <pre>{@code
 * EdXml edxml = EdXml.standard();
 * Dispatch dispatch = Dispatch.of(Organ.of("000.00.00.H14", "UBND tỉnh Cao Bằng"),
 *         List.of(Organ.of("000.00.00.H41", "UBND tỉnh Nghệ An")), clock.instant());
 * edxml.pack(document, dispatch, List.of(Attachment.of(pdf)), Path.of("out.edxml"));
 * if (edxml.read(Path.of("in.edxml")) instanceof DocumentPackage received) {
 *     Document doc = received.document();
 * }
 * }</pre>
 */
public final class EdXml {
    private final ExchangeLimits limits;

    private EdXml(ExchangeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Reads within {@link ExchangeLimits#DEFAULT}. */
    public static EdXml standard() {
        return new EdXml(ExchangeLimits.DEFAULT);
    }

    /** A copy reading within {@code value}. */
    public EdXml withLimits(ExchangeLimits value) {
        return new EdXml(value);
    }

    public ExchangeLimits limits() {
        return limits;
    }

    /**
     * The envelope {@code document} is sent with under {@code dispatch}: what {@link #pack} writes.
     *
     * @throws IllegalArgumentException for a draft (no number or no issue date)
     */
    public Envelope envelope(Document document, Dispatch dispatch) {
        return DocumentEnvelopes.envelope(document, dispatch);
    }

    /**
     * Writes {@code document} as a package to {@code out}, the attachments streamed in as base64 in
     * the order given (the first DOCX or PDF is the one a receiver reads the body from).
     *
     * @throws IllegalArgumentException for a draft (no number or no issue date)
     * @throws IOException when an attachment cannot be read or the output written
     */
    public void pack(Document document, Dispatch dispatch, List<Attachment> attachments, OutputStream out)
            throws IOException {
        PackageWriter.writePackage(envelope(document, dispatch), List.copyOf(attachments), out);
    }

    /** Writes the package to {@code target}: whole or not at all (a temporary beside it, then moved). */
    public void pack(Document document, Dispatch dispatch, List<Attachment> attachments, Path target)
            throws IOException {
        Envelope envelope = envelope(document, dispatch);
        List<Attachment> copy = List.copyOf(attachments);
        AtomicFiles.write(target, out -> PackageWriter.writePackage(envelope, copy, out));
    }

    /**
     * Reads a package or status message from {@code in}, attachments into memory; {@code source}
     * names it in errors.
     *
     * @throws ExchangeException naming where the file breaks the structure or passes a limit
     */
    public ExchangeMessage read(InputStream in, String source) throws IOException {
        return MessageReader.read(in, source, limits, null);
    }

    /** Reads a file, attachments into memory. Only a regular file is read. */
    public ExchangeMessage read(Path file) throws IOException {
        return read(file, null);
    }

    /**
     * Reads a file, each attachment streamed into {@code attachmentFolder} (created if needed) under
     * its own name, cut to its last part; {@code null} keeps them in memory.
     */
    public ExchangeMessage read(Path file, Path attachmentFolder) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ExchangeException(name, 0, 0, "", Files.exists(file)
                    ? "not a regular file (a folder, device, FIFO or socket)" : "no such file");
        }
        if (attachmentFolder != null) {
            Files.createDirectories(attachmentFolder);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return MessageReader.read(in, name, limits, attachmentFolder);
        }
    }

    /**
     * A status message answering {@code answered}, with the standard description of {@code code}.
     *
     * @param from  the body answering
     * @param staff who handled it; null when not given
     * @param at    when (written in Vietnam time)
     */
    public StatusMessage status(Envelope answered, Organ from, StatusCode code, Staff staff, Instant at) {
        ResponseFor responseFor = new ResponseFor(answered.from().organId(), answered.code(),
                answered.promulgationDate(), answered.documentId());
        return new StatusMessage(from, responseFor, staff, code, code.description(),
                LocalDateTime.ofInstant(at, EdXmlNames.VIETNAM));
    }

    /** Writes a status message. */
    public void write(StatusMessage status, OutputStream out) throws IOException {
        PackageWriter.writeStatus(status, out);
    }

    /** Writes a status message to {@code target}, whole or not at all. */
    public void write(StatusMessage status, Path target) throws IOException {
        AtomicFiles.write(target, out -> PackageWriter.writeStatus(status, out));
    }
}

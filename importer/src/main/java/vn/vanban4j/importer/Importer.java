package vn.vanban4j.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban4j.importer.ImportException.Reason;
import vn.vanban4j.importer.internal.Budget;
import vn.vanban4j.importer.internal.DigitalSignatures;
import vn.vanban4j.importer.internal.DocumentReader;
import vn.vanban4j.importer.internal.DocxSource;
import vn.vanban4j.importer.internal.ImportMessages;
import vn.vanban4j.importer.internal.PdfSource;
import vn.vanban4j.importer.internal.TextSource;
import vn.vanban4j.model.Message;

/**
 * Reads official documents in: a DOCX, the text layer of a PDF, or text extracted by pdftotext,
 * OCR or copy-paste, in the Party or the state layout, into the plan model, so the rules work on
 * what a body receives. Stateless and thread-safe.
 *
 * <pre>{@code
 * ImportResult result = Importer.read(Path.of("KH-UBND.docx"));
 * Document plan = result.document();
 * result.findings().forEach(System.out::println);
 * }</pre>
 */
public final class Importer {
    /** The largest input read by default ({@link ImportLimits#DEFAULT}): a plan of some hundred pages stays far below it. */
    public static final long MAX_BYTES = ImportLimits.DEFAULT.fileBytes();

    private Importer() {
    }

    /** What the input is. */
    public enum Format {
        DOCX, PDF, TEXT;

        /** The format a file name stands for: .docx, .pdf, .txt (or .text); empty for others. */
        public static java.util.Optional<Format> of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".docx")) {
                return java.util.Optional.of(DOCX);
            }
            if (name.endsWith(".pdf")) {
                return java.util.Optional.of(PDF);
            }
            if (name.endsWith(".txt") || name.endsWith(".text")) {
                return java.util.Optional.of(TEXT);
            }
            return java.util.Optional.empty();
        }
    }

    /**
     * Reads a file, its format from its name, within the default limits.
     *
     * @throws ImportException when the file cannot be read, holds no document or passes a limit
     */
    public static ImportResult read(Path file) throws IOException {
        return read(file, ImportLimits.DEFAULT);
    }

    /**
     * Reads a file within {@code limits}. Only a regular file is read (a link is followed to its
     * target): a device, a FIFO or a socket is refused by name before it is opened, and the size is
     * counted on the bytes read, not taken from the file system.
     *
     * @throws ImportException when the file cannot be read, holds no document or passes a limit
     */
    public static ImportResult read(Path file, ImportLimits limits) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Format format = Format.of(name).orElseThrow(() -> new ImportException(Reason.FORMAT, name,
                Message.of(ImportMessages.UNKNOWN_FORMAT)));
        if (!Files.exists(file)) {
            throw new ImportException(Reason.NOT_FOUND, name, Message.of(ImportMessages.NO_SUCH_FILE));
        }
        if (!Files.isRegularFile(file)) {
            throw new ImportException(Reason.NOT_A_FILE, name, Message.of(ImportMessages.NOT_A_FILE));
        }
        return read(readBounded(file, name, limits.fileBytes()), format, name, limits);
    }

    // at most limit + 1 bytes are read, however large the file system says the file is
    private static byte[] readBounded(Path file, String name, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ImportException(Reason.LIMIT, name, tooLarge(limit));
            }
            return bytes;
        }
    }

    private static Message tooLarge(long limit) {
        return Message.of(ImportMessages.FILE_TOO_LARGE, Budget.size(limit));
    }

    /**
     * Reads a document from bytes within the default limits; {@code source} names it in findings and errors.
     *
     * @throws ImportException when the bytes cannot be read, hold no document or pass a limit
     */
    public static ImportResult read(byte[] bytes, Format format, String source) {
        return read(bytes, format, source, ImportLimits.DEFAULT);
    }

    /**
     * Reads a document from bytes within {@code limits}; {@code source} names it in findings and errors.
     *
     * @throws ImportException when the bytes cannot be read, hold no document or pass a limit
     */
    public static ImportResult read(byte[] bytes, Format format, String source, ImportLimits limits) {
        if (bytes.length > limits.fileBytes()) {
            throw new ImportException(Reason.LIMIT, source, tooLarge(limits.fileBytes()));
        }
        Budget budget = new Budget(limits, source);
        var layout = switch (format) {
            case DOCX -> DocxSource.read(bytes, budget);
            case PDF -> PdfSource.read(bytes, budget);
            case TEXT -> TextSource.read(utf8(bytes, source), budget);
        };
        return DocumentReader.read(layout, budget,
                format == Format.PDF ? DigitalSignatures.of(bytes, source) : DigitalSignatures.none());
    }

    /** Reads extracted text (pdftotext, OCR, copy-paste) within the default limits; {@code source} names it. */
    public static ImportResult readText(String text, String source) {
        return readText(text, source, ImportLimits.DEFAULT);
    }

    /** Reads extracted text within {@code limits}; {@code source} names it. */
    public static ImportResult readText(String text, String source, ImportLimits limits) {
        Budget budget = new Budget(limits, source);
        return DocumentReader.read(TextSource.read(text, budget), budget);
    }

    // text as UTF-8, or a plain refusal: UTF-16 (a byte-order mark, or NUL bytes between letters) and bytes
    // that are no UTF-8 are named, not read as garbage
    private static String utf8(byte[] bytes, String source) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || bytes.length >= 4 && (bytes[1] == 0 && bytes[3] == 0 || bytes[0] == 0 && bytes[2] == 0)) {
            throw new ImportException(Reason.ENCODING, source, Message.of(ImportMessages.UTF16));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportException(Reason.ENCODING, source, Message.of(ImportMessages.NOT_UTF8, in.position() + 1));
        }
    }
}

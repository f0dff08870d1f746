package vn.vanban4j.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import vn.vanban4j.importer.internal.DocumentReader;
import vn.vanban4j.importer.internal.DocxSource;
import vn.vanban4j.importer.internal.PdfSource;
import vn.vanban4j.importer.internal.TextSource;

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
    /** The largest input read: a plan of some hundred pages stays far below it. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

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
     * Reads a file, its format from its name.
     *
     * @throws ImportException when the file cannot be read or holds no document
     */
    public static ImportResult read(Path file) throws IOException {
        String name = file.getFileName().toString();
        Format format = Format.of(name).orElseThrow(() -> new ImportException(name,
                "cannot tell the format from the name: use .docx, .pdf or .txt"));
        if (Files.size(file) > MAX_BYTES) {
            throw new ImportException(name, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return read(Files.readAllBytes(file), format, name);
    }

    /**
     * Reads a document from bytes; {@code source} names it in findings and errors.
     *
     * @throws ImportException when the bytes cannot be read or hold no document
     */
    public static ImportResult read(byte[] bytes, Format format, String source) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        var layout = switch (format) {
            case DOCX -> DocxSource.read(bytes, source);
            case PDF -> PdfSource.read(bytes, source);
            case TEXT -> TextSource.read(new String(bytes, StandardCharsets.UTF_8));
        };
        return DocumentReader.read(layout, source);
    }

    /** Reads extracted text (pdftotext, OCR, copy-paste); {@code source} names it. */
    public static ImportResult readText(String text, String source) {
        return DocumentReader.read(TextSource.read(text), source);
    }
}

package vn.vanban4j.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban4j.model.internal.ModelMessages;

/**
 * Reads and writes documents as JSON. Reading checks the whole file first and reports every
 * problem with its JSON path; nothing partial is ever returned. Thread-safe.
 *
 * <pre>{@code
 * Document plan = Plans.read(Path.of("107-KH-ThU.json"));
 * List<String> deadlines = plan.tasks().stream().map(Task::deadline).toList();
 * }</pre>
 */
public final class Plans {
    private Plans() {
    }

    /**
     * The largest plan file read: 16 MB (the largest real plan is about 0.2 MB). A host that must
     * read more passes the text to {@link #read(String, String)}.
     */
    public static final int MAX_BYTES = 16 << 20;

    /** Reads a document from a JSON file of at most {@link #MAX_BYTES}. */
    public static Document read(Path file) throws IOException {
        return read(BoundedRead.bytes(file, MAX_BYTES, "Plans.MAX_BYTES"), file.getFileName().toString());
    }

    private static PlanFormatException tooLarge(String source) {
        return new PlanFormatException(source, List.of(PlanFormatException.Problem.of(PlanFormatException.Problem.Code.TOO_LARGE,
                "$", Message.of(ModelMessages.TOO_LARGE, MAX_BYTES >> 20, "Plans.MAX_BYTES"))));
    }

    private static Document read(byte[] bytes, String source) {
        return read(utf8(bytes, source), source);
    }

    /** The bytes as UTF-8 text; bytes that are not UTF-8 are a PlanFormatException naming where. */
    static String utf8(byte[] bytes, String source) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PlanFormatException(source, List.of(PlanFormatException.Problem.of(PlanFormatException.Problem.Code.ENCODING,
                    "byte " + (in.position() + 1), Message.of(ModelMessages.NOT_UTF8))));
        }
    }

    /** Reads a document from a JSON stream of at most {@link #MAX_BYTES}; {@code source} names it in errors. */
    public static Document read(InputStream in, String source) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(source);
        }
        return read(bytes, source);
    }

    /**
     * Reads a document from JSON text; {@code source} names it in errors.
     *
     * @throws PlanFormatException with every problem found
     */
    public static Document read(String json, String source) {
        return ModelJson.read(json, source, Document.class);
    }

    /** The document as JSON text (UTF-8, indented, stable field order, empty parts left out). */
    public static String toJson(Document document) {
        return ModelJson.write(document);
    }

    /** Writes the document as JSON; the file appears whole or not at all. */
    public static void write(Document document, Path file) throws IOException {
        AtomicFiles.write(file, toJson(document).getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON Schema of plan files (draft 2020-12), as shipped in the jar. */
    public static String schema() {
        try (InputStream in = Plans.class.getResourceAsStream("plan.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("plan.schema.json is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

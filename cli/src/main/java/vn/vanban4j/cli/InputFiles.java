package vn.vanban4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Plans;

/**
 * Every file a command reads because the user named it: a symbolic link is followed to its target,
 * which must be a regular file (a device, FIFO, socket or folder is refused by name before it is
 * opened), and no more than a limit is read, counted on the bytes that arrive, not on the size the
 * file system reports.
 */
final class InputFiles {
    /** The most a JSON or text input (extras, profile, org chart, events, forms, a .txt to import) may hold: 16 MB. */
    static final int TEXT_BYTES = Plans.MAX_BYTES;
    static final String TEXT_SETTING = "the command line reads at most 16 MB of JSON or text";

    private InputFiles() {
    }

    /** A file refused before or while reading: the message names the file and why. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    /** Refuses the file unless it is (or links to) a regular file; a file that is not there is a NoSuchFileException. */
    static void checkRegular(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
            return;
        }
        String what = attributes.isDirectory() ? "a folder" : special(file);
        throw new Refused(file + ": " + what + ", not a regular file; give the path of a file");
    }

    // st_mode's file type where the platform tells it (Linux, macOS)
    private static String special(Path file) {
        try {
            int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a device, FIFO or socket";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a device, FIFO or socket";
        }
    }

    /** Opens a regular file for reading; the caller bounds what it reads. */
    static InputStream open(Path file) throws IOException {
        checkRegular(file);
        return Files.newInputStream(file);
    }

    /**
     * The bytes of a regular file of at most {@code limit} bytes; a larger one is refused naming
     * {@code setting}, after reading no more than {@code limit + 1} bytes.
     */
    static byte[] read(Path file, long limit, String setting) throws IOException {
        checkRegular(file);
        if (Files.size(file) > limit) {
            throw tooLarge(file, limit, setting);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
        if (bytes.length > limit) {
            throw tooLarge(file, limit, setting);
        }
        return bytes;
    }

    private static Refused tooLarge(Path file, long limit, String setting) {
        return new Refused(file + ": larger than " + megabytes(limit) + " (" + setting + ")");
    }

    private static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    /** A JSON or text input of at most {@link #TEXT_BYTES}, as UTF-8 text. */
    static String text(Path file) throws IOException {
        return utf8(read(file, TEXT_BYTES, TEXT_SETTING), file);
    }

    static String utf8(byte[] bytes, Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(file + ": not UTF-8 text; save the file as UTF-8");
        }
    }

    /** A plan file, bounded by {@link Plans#MAX_BYTES} and checked as {@link Plans} checks it. */
    static Document plan(Path file) throws IOException {
        try (InputStream in = open(file)) {
            return Plans.read(in, file.getFileName().toString());
        }
    }

    /**
     * Refuses an output that is one of the command's inputs (the same file after links and ".."
     * are resolved), so that a mistyped -o never replaces what was read; "-" and null pass.
     */
    static void checkNotInput(String output, List<Path> inputs) throws IOException {
        if (output == null || Output.toStdout(output)) {
            return;
        }
        checkNotInput(Path.of(output), inputs);
    }

    static void checkNotInput(Path output, List<Path> inputs) throws IOException {
        if (!Files.exists(output)) {
            return;
        }
        for (Path input : inputs) {
            if (input != null && Files.exists(input) && Files.isSameFile(output, input)) {
                throw new Refused(output + ": -o names an input of the command (" + input
                        + "); writing would replace it; give another output file");
            }
        }
    }
}

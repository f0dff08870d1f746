package vn.vanban4j.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files whole or not at all: into a temporary file beside the target, then moved
 * over it. A target that is a symbolic link is written through to the file it points to; a target
 * that exists and is not a regular file (a folder, a FIFO, a device) is refused. The file takes the
 * process's umask. Every module writes its files through here.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code bytes} to {@code target}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Runs {@code writer} into a temporary file, then moves it to {@code target}; on failure nothing is left.
     *
     * @throws IOException naming the target when it exists and is not a regular file
     */
    public static void write(Path target, Writer writer) throws IOException {
        writeAll(java.util.Map.of(target, writer));
    }

    /**
     * The outputs of one command, together or not at all: every file is written to its temporary
     * first, and only when all are whole are they moved into place. A temporary that a killed
     * process left behind is removed by the next write into its folder.
     */
    public static void writeAll(java.util.Map<Path, Writer> outputs) throws IOException {
        java.util.Map<Path, Path> temps = new java.util.LinkedHashMap<>();
        java.util.Map<Path, Path> given = new java.util.HashMap<>();
        try {
            for (java.util.Map.Entry<Path, Writer> output : new java.util.TreeMap<>(outputs).entrySet()) {
                try {
                    Path absolute = resolve(output.getKey().toAbsolutePath());
                    Path dir = absolute.getParent();
                    Files.createDirectories(dir);
                    removeStale(dir, absolute.getFileName().toString());
                    Path temp = temporary(dir, absolute.getFileName().toString());
                    temps.put(absolute, temp);
                    given.put(absolute, output.getKey());
                    try (OutputStream out = Files.newOutputStream(temp)) {
                        output.getValue().writeTo(out);
                    }
                } catch (FileSystemException e) {
                    throw naming(output.getKey(), e);
                }
            }
            for (java.util.Map.Entry<Path, Path> move : temps.entrySet()) {
                try {
                    move(move.getValue(), move.getKey());
                } catch (FileSystemException e) {
                    throw naming(given.get(move.getKey()), e);
                }
            }
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * An error from the file system names the target the user gave, not the temporary written
     * beside it: "out.docx: cannot write: permission denied", "...: File name too long".
     */
    private static IOException naming(Path target, FileSystemException e) {
        if (target.toString().equals(e.getFile()) && e.getOtherFile() == null) {
            return e;
        }
        String why = e instanceof AccessDeniedException ? "permission denied"
                : e.getReason() != null ? e.getReason()
                : e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException ? e.getFile() + " is not a folder"
                : e instanceof NoSuchFileException ? e.getFile() + " does not exist"
                : e.getClass().getSimpleName() + " on " + e.getFile();
        FileSystemException named = e instanceof AccessDeniedException
                ? new AccessDeniedException(target.toString(), null, "cannot write: " + why)
                : new FileSystemException(target.toString(), null, "cannot write: " + why);
        named.initCause(e);
        return named;
    }

    // ".plan.json.<pid>-<random>.tmp" of a process no longer running
    private static void removeStale(Path dir, String name) throws IOException {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + tempBase(name) + ".") + "(\\d+)-[0-9a-f]+\\.tmp");
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                java.util.regex.Matcher m = own.matcher(file.getFileName().toString());
                if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    // a symbolic link is followed to the file it names; what exists must be a regular file
    private static Path resolve(Path target) throws IOException {
        Path path = target;
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops > 40) {
                throw new IOException(target + ": too many symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + ": not a regular file; refusing to replace it");
        }
        return path;
    }

    // the target's name, cut so that a temporary's name stays within the 255 bytes file systems allow
    private static String tempBase(String name) {
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
            if (bytes > TEMP_NAME_BYTES) {
                return name.substring(0, i);
            }
            i += Character.charCount(c);
        }
        return name;
    }

    private static final int TEMP_NAME_BYTES = 200;

    // created without explicit permissions, so the umask decides them (Files.createTempFile would make it 0600)
    private static Path temporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + tempBase(name) + "." + ProcessHandle.current().pid() + "-"
                    + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }
}

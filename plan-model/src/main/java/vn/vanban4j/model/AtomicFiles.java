package vn.vanban4j.model;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
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
        try {
            for (java.util.Map.Entry<Path, Writer> output : new java.util.TreeMap<>(outputs).entrySet()) {
                Path absolute = resolve(output.getKey().toAbsolutePath());
                Path dir = absolute.getParent();
                Files.createDirectories(dir);
                removeStale(dir, absolute.getFileName().toString());
                Path temp = temporary(dir, absolute.getFileName().toString());
                temps.put(absolute, temp);
                try (OutputStream out = Files.newOutputStream(temp)) {
                    output.getValue().writeTo(out);
                }
            }
            for (java.util.Map.Entry<Path, Path> move : temps.entrySet()) {
                try {
                    Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(move.getValue(), move.getKey(), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            for (Path temp : temps.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }

    // ".plan.json.<pid>-<random>.tmp" of a process no longer running
    private static void removeStale(Path dir, String name) throws IOException {
        java.util.regex.Pattern own = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("." + name + ".") + "(\\d+)-[0-9a-f]+\\.tmp");
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

    // created without explicit permissions, so the umask decides them (Files.createTempFile would make it 0600)
    private static Path temporary(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
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

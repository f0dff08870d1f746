package vn.vanban4j.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.vanban4j.model.PlanFormatException.Problem;
import vn.vanban4j.model.internal.ModelMessages;

/**
 * A file read as the library reads what hosts hand it: only a regular file (a link is followed to its
 * target; a device, FIFO or socket is refused by name before it is opened, as a FIFO would block and
 * /dev/zero would fill the heap), and at most {@code limit} bytes counted on what is read, not on what
 * the file system reports.
 */
final class BoundedRead {
    private BoundedRead() {
    }

    static byte[] bytes(Path file, long limit, String setting) throws IOException {
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new PlanFormatException(source, List.of(Problem.of(Problem.Code.NOT_A_FILE, "$",
                    Message.of(ModelMessages.NOT_A_FILE))));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new PlanFormatException(source, List.of(Problem.of(Problem.Code.TOO_LARGE, "$",
                        Message.of(ModelMessages.TOO_LARGE, limit >> 20, setting))));
            }
            return bytes;
        }
    }
}

package vn.vanban4j.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import vn.vanban4j.model.AtomicFiles;

/** JSON for the commands' --json output: ISO dates, indented, nulls kept so shapes are stable. */
final class Output {
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT).build();

    private Output() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }

    /** True when "-o -" asks for standard output. */
    static boolean toStdout(String target) {
        return "-".equals(target);
    }

    /**
     * Writes the bytes to the file named by -o, whole or not at all, and says so on {@code out}
     * unless {@code quiet}; "-" writes them to {@code out} and says nothing, so they can be piped.
     */
    static void write(String target, byte[] bytes, PrintStream out, boolean quiet) throws IOException {
        if (toStdout(target)) {
            out.write(bytes);
            out.flush();
            return;
        }
        Path file = Path.of(target);
        AtomicFiles.write(file, bytes);
        if (!quiet) {
            out.println("wrote " + file);
        }
    }
}

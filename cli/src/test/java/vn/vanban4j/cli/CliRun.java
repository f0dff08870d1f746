package vn.vanban4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One run of the command line, with what it printed. */
record CliRun(int exit, String out, String err) {
    /** A run in an environment that names no language, so English whatever the machine's LANG. */
    static CliRun of(String... args) {
        return in(Map.of(), args);
    }

    /** A run whose default language comes from {@code environment} (LC_ALL, LANG). */
    static CliRun in(Map<String, String> environment, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main(environment).run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import vn.vanban4j.render.Renderer;

/** templates export DIR [--force]: the shipped templates, profiles and block schema, to edit. */
final class TemplatesCommand {
    private TemplatesCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--force"), Set.of());
        List<String> positional = args.positional(2, "export and a folder");
        if (!positional.get(0).equals("export")) {
            throw new UsageException("templates export DIR [--force]");
        }
        List<Path> written = Renderer.exportDefaults(Path.of(positional.get(1)), args.flag("--force"));
        written.forEach(p -> out.println("wrote " + p));
        return Main.OK;
    }
}

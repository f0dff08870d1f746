package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.vanban4j.render.PdfConverter;

/**
 * preview --templates DIR --data FILE.json [--extras FILE.json] [--port N] [--profile ID|FILE] [--draft]: a live page on 127.0.0.1,
 * its status line and mistakes in the language of --lang (else LANG).
 */
final class PreviewCommand {
    private PreviewCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err, Locale locale) throws IOException {
        Args args = Args.parse(raw, Set.of("--draft"), Set.of("--templates", "--data", "--port", "--profile", "--pdf-timeout",
                "--extras"));
        args.positional(0, "no positional arguments; --templates DIR --data FILE.json");
        if (args.option("--data") == null) {
            throw new UsageException("--data FILE.json is required");
        }
        Path data = Path.of(args.option("--data"));
        if (!Files.isRegularFile(data)) {
            throw new UsageException("--data: no such file: " + data);
        }
        Path templates = args.option("--templates") == null ? null : Path.of(args.option("--templates"));
        int port;
        try {
            port = Integer.parseInt(args.option("--port", "8080"));
        } catch (NumberFormatException e) {
            throw new UsageException("--port is a number from 0 to 65535");
        }
        if (port < 0 || port > 65535) {
            throw new UsageException("--port is a number from 0 to 65535");
        }
        String profile = args.option("--profile");
        RenderCommand.checkProfile(profile);
        try (PdfConverter pdf = PdfConverter.standard().withTimeout(RenderCommand.pdfTimeout(args));
                PreviewServer server = new PreviewServer(RenderCommand.rendererSource(templates, profile, args.flag("--draft"),
                        RenderCommand.extrasFile(args)), data, templates,
                        RenderCommand.watched(data, templates, RenderCommand.profileFile(profile), RenderCommand.extrasFile(args)), pdf, port,
                        java.time.Clock.systemDefaultZone(), locale)) {
            server.start();
            out.println("preview at " + server.url() + " (127.0.0.1 only; Ctrl-C to stop)");
            try {
                Thread.currentThread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } catch (java.net.BindException e) {
            err.println("vanban4j preview: port " + port + " is in use; choose another with --port");
            return Main.INVALID;
        }
        return Main.OK;
    }
}

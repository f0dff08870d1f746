package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Profile;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/**
 * render FILE.json [--format docx|pdf|html] [--pdfa] [--profile ID] [--templates DIR] [--draft] [--pdf-timeout S] -o OUT|- [--watch];
 * --pdfa with --format pdf gives PDF/A-2b.
 */
final class RenderCommand {
    private RenderCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err, Locale locale) throws IOException {
        Args args = Args.parse(raw, Set.of("--draft", "--watch", "--pdfa"), Set.of("--format", "--profile", "--templates", "-o",
                "--pdf-timeout", "--extras"));
        Path input = Path.of(args.positional(1, "one plan file").get(0));
        String format = args.option("--format", "docx");
        if (!Set.of("docx", "pdf", "html").contains(format)) {
            throw new UsageException("--format is one of docx, pdf, html");
        }
        if (args.flag("--pdfa")) {
            if (!format.equals("pdf")) {
                throw new UsageException("--pdfa goes with --format pdf");
            }
            format = "pdfa";
        }
        if (args.option("-o") == null) {
            throw new UsageException("-o OUT is required");
        }
        String output = args.option("-o");
        if (Output.toStdout(output) && args.flag("--watch")) {
            throw new UsageException("--watch needs a file: -o OUT, not -o -");
        }
        Path templates = args.option("--templates") == null ? null : Path.of(args.option("--templates"));
        String profile = args.option("--profile");
        checkProfile(profile);
        InputFiles.checkNotInput(output, java.util.Arrays.asList(input, profileFile(profile), extrasFile(args)));
        RendererSource renderers = rendererSource(templates, profile, args.flag("--draft"), extrasFile(args));
        try (PdfConverter pdf = PdfConverter.standard().withTimeout(pdfTimeout(args))) {
            if (!args.flag("--watch")) {
                return once(renderers, pdf, input, format, output, out, err, locale);
            }
            watch(renderers, pdf, input, watched(input, templates, profileFile(profile), extrasFile(args)), format, output, out, err,
                    locale);
            return Main.OK;
        }
    }

    /** --pdf-timeout SECONDS: how long one conversion to PDF may take (60 s unless given). */
    static java.time.Duration pdfTimeout(Args args) {
        String value = args.option("--pdf-timeout", "60");
        try {
            int seconds = Integer.parseInt(value);
            if (seconds >= 1 && seconds <= 3600) {
                return java.time.Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--pdf-timeout: \"" + value + "\" is not a number of seconds from 1 to 3600");
    }

    /** Makes the renderer for one render: again for each, so that watching sees edits to templates, images and profile. */
    @FunctionalInterface
    interface RendererSource {
        Renderer get() throws IOException;
    }

    static Path extrasFile(Args args) {
        return args.option("--extras") == null ? null : Path.of(args.option("--extras"));
    }

    static RendererSource rendererSource(Path templates, String profile, boolean draft, Path extras) {
        return () -> {
            Renderer renderer = templates == null ? Renderer.standard() : Renderer.fromTemplates(templates);
            if (extras != null) {
                renderer = renderer.withExtras(extras(extras));
            }
            if (profile != null) {
                renderer = renderer.withProfile(isProfileFile(profile) ? profile(Path.of(profile)) : Profile.named(profile));
            }
            return renderer.asDraft(draft);
        };
    }

    // --extras FILE.json: a JSON object a template reads as extras, as a host would give it
    private static java.util.Map<String, Object> extras(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree;
        try {
            tree = Output.mapper().readTree(InputFiles.text(file));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new RenderException(RenderException.Code.DATA, file.getFileName() + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new RenderException(RenderException.Code.DATA, file.getFileName() + ": --extras holds a JSON object ({ ... })");
        }
        return Output.mapper().convertValue(tree, new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, Object>>() { });
    }

    /** A profile file of at most 1 MB, as {@link Profile#read} reads it, but never from a device or FIFO. */
    private static Profile profile(Path file) throws IOException {
        byte[] bytes = InputFiles.read(file, PROFILE_BYTES, "a profile is a page of settings");
        return Profile.parse(InputFiles.utf8(bytes, file), file.getFileName().toString());
    }

    private static final int PROFILE_BYTES = 1 << 20;

    /** The profile file --profile names, or null when it names a shipped profile. */
    static Path profileFile(String profile) {
        return profile != null && isProfileFile(profile) ? Path.of(profile) : null;
    }

    static void checkProfile(String profile) {
        if (profile != null && !isProfileFile(profile) && !Profile.SHIPPED.contains(profile)) {
            throw new UsageException("--profile: no profile named \"" + profile + "\"; shipped: " + Profile.SHIPPED
                    + ", or a profile file ending in .json");
        }
    }

    private static boolean isProfileFile(String profile) {
        return profile.endsWith(".json") || Files.isRegularFile(Path.of(profile));
    }

    private static int once(RendererSource renderers, PdfConverter pdf, Path input, String format, String output, PrintStream out,
            PrintStream err, Locale locale) throws IOException {
        try {
            Renderer renderer = renderers.get();
            Document doc = InputFiles.plan(input);
            byte[] bytes = switch (format) {
                case "html" -> renderer.html(doc).getBytes(StandardCharsets.UTF_8);
                case "pdf" -> renderer.pdf(doc, pdf, input.getFileName().toString());
                case "pdfa" -> renderer.pdfA(doc, pdf, input.getFileName().toString());
                default -> renderer.docx(doc);
            };
            Output.write(output, bytes, out, false);
            return Main.OK;
        } catch (RenderException | PlanFormatException e) {
            err.println(Vanban4j.describe(e, locale));
            return Main.INVALID;
        } catch (java.nio.file.NoSuchFileException e) {
            err.println("no such file: " + e.getFile());
            return Main.INVALID;
        }
    }

    // re-render whenever the plan, a template, the profile file or the extras change; stops with Ctrl-C
    private static void watch(RendererSource renderers, PdfConverter pdf, Path input, List<Path> watched, String format,
            String output, PrintStream out, PrintStream err, Locale locale) throws IOException {
        out.println("watching " + watched.stream().map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                + " (Ctrl-C to stop)");
        FileTime last = null;
        while (!Thread.currentThread().isInterrupted()) {
            FileTime now = newest(watched);
            if (!now.equals(last)) {
                last = now;
                once(renderers, pdf, input, format, output, out, err, locale);
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What a render reads: the data, and the templates folder, profile file and extras file when given. */
    static List<Path> watched(Path input, Path templates, Path profileFile, Path extras) {
        return java.util.stream.Stream.of(input, templates, profileFile, extras).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The newest change among files and folders (walked); a file that vanished or a broken link (an
     * editor saving, a link to nowhere) counts as no change rather than ending the watch.
     */
    static FileTime newest(List<Path> watched) throws IOException {
        FileTime newest = FileTime.fromMillis(0);
        for (Path path : watched) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        FileTime t = modified(f);
                        newest = t.compareTo(newest) > 0 ? t : newest;
                    }
                }
            } else {
                FileTime t = modified(path);
                newest = t.compareTo(newest) > 0 ? t : newest;
            }
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}

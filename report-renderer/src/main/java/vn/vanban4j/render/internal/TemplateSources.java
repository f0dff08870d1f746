package vn.vanban4j.render.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.TemplateSource;

/**
 * The shipped {@link TemplateSource}s (a folder, the classpath) over FreeMarker's loaders, and the
 * adapter that lets FreeMarker read a host's own source with names confined. Every loader is then
 * wrapped by the size and nesting checks of {@code TemplateSource} (this package's).
 */
public final class TemplateSources {
    private TemplateSources() {
    }

    /** A source the renderer reads through a FreeMarker loader of its own. */
    abstract static class Builtin implements TemplateSource {
        abstract TemplateLoader loader();

        /** The folder whose images/ templates can name; null for none. */
        Path folder() {
            return null;
        }

        @Override
        public Optional<Instant> lastModified(String name) throws IOException {
            String checked = confined(name);
            Object found = checked == null ? null : loader().findTemplateSource(checked);
            if (found == null) {
                return Optional.empty();
            }
            try {
                long at = loader().getLastModified(found);
                return Optional.of(at < 0 ? Instant.EPOCH : Instant.ofEpochMilli(at));
            } finally {
                loader().closeTemplateSource(found);
            }
        }

        @Override
        public String read(String name) throws IOException {
            String checked = confined(name);
            return checked == null ? null : text(loader(), checked);
        }

        /** True when templates from this source may change while the renderer runs. */
        abstract boolean changes();
    }

    /** The templates of a folder; see {@link TemplateSource#folder}. */
    public static TemplateSource folder(Path folder) {
        java.util.Objects.requireNonNull(folder, "folder");
        TemplateLoader files;
        try {
            FileTemplateLoader loader = new FileTemplateLoader(folder.toFile());
            // "Letter.ftlx" is not "letter.ftlx" on Windows and macOS either, as on the servers
            loader.setEmulateCaseSensitiveFileSystem(true);
            files = new CaseChecked(loader, folder);
        } catch (IOException e) {
            throw new RenderException(RenderException.Code.TEMPLATE_SOURCE,
                    Message.of(RenderMessages.FOLDER_UNREADABLE, folder, e.getMessage()), e);
        }
        return new Builtin() {
            @Override
            TemplateLoader loader() {
                return files;
            }

            @Override
            Path folder() {
                return folder;
            }

            @Override
            boolean changes() {
                return true;
            }

            @Override
            public String toString() {
                return "templates in " + folder;
            }
        };
    }

    /** The templates under a classpath location; see {@link TemplateSource#classpath}. */
    public static TemplateSource classpath(String location, ClassLoader classLoader) {
        java.util.Objects.requireNonNull(location, "location");
        java.util.Objects.requireNonNull(classLoader, "classLoader");
        String base = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        base = base.replaceAll("^/+", "").replaceAll("/+$", "");
        if (base.contains("..") || base.contains("\\") || base.contains(":")) {
            throw new RenderException(RenderException.Code.TEMPLATE_SOURCE, Message.of(RenderMessages.NOT_CLASSPATH, location));
        }
        ClassTemplateLoader resources = new ClassTemplateLoader(classLoader, base.isEmpty() ? "" : base + "/");
        String shown = "classpath:" + base + "/";
        return new Builtin() {
            @Override
            TemplateLoader loader() {
                return resources;
            }

            @Override
            boolean changes() {
                return false;
            }

            @Override
            public String toString() {
                return "templates in " + shown;
            }
        };
    }

    /** The folder of a folder source, whose images/ templates can name; null for any other source. */
    public static Path folderOf(TemplateSource source) {
        return source instanceof Builtin builtin ? builtin.folder() : null;
    }

    /** True when templates of this source may change while the renderer runs (checked at each render). */
    static boolean changes(TemplateSource source) {
        return !(source instanceof Builtin builtin) || builtin.changes();
    }

    /** A FreeMarker loader over any source, confining names. */
    static TemplateLoader loaderOf(TemplateSource source) {
        return source instanceof Builtin builtin ? builtin.loader() : new HostLoader(source);
    }

    /**
     * The name when it is a relative name inside the source ("plan.ftlx", "parts/header.ftlx"); null
     * when it backs out of it, is absolute, names a drive or a URL, holds a backslash or a control
     * character, or is longer than 255 characters.
     */
    static String confined(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            return null;
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return null;
            }
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return null;
            }
        }
        return name;
    }

    private record Entry(String name, long lastModified) {
    }

    /** A template asked for that a folder holds only in other capitals; its text is said again where an include asked for it. */
    static final class OtherCase extends RenderException {
        private static final long serialVersionUID = 1L;
        private final transient Message text;

        OtherCase(Message text) {
            super(RenderException.Code.TEMPLATE_MISSING, text);
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    /**
     * A folder's loader that, asked for a template it does not have, refuses to let the default of
     * that name stand in when the folder holds a file of the name in other capitals ("Letter.ftlx"
     * for "letter.ftlx"): the author meant it.
     */
    private static final class CaseChecked implements TemplateLoader {
        // the most files of a folder looked at for a name in other capitals
        private static final int MAX_LISTED = 1000;
        private final FileTemplateLoader files;
        private final Path folder;

        CaseChecked(FileTemplateLoader files, Path folder) {
            this.files = files;
            this.folder = folder;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Object found = files.findTemplateSource(name);
            if (found == null) {
                otherCase(name).ifPresent(other -> {
                    throw new OtherCase(Message.of(RenderMessages.TEMPLATE_OTHER_CASE, folder, other, name));
                });
            }
            return found;
        }

        // the name of a file in the folder that differs from name only in capitals
        private Optional<String> otherCase(String name) throws IOException {
            String wanted = name.substring(name.lastIndexOf('/') + 1);
            Path dir = name.contains("/") ? folder.resolve(name.substring(0, name.lastIndexOf('/'))) : folder;
            if (!java.nio.file.Files.isDirectory(dir)) {
                return Optional.empty();
            }
            try (var listed = java.nio.file.Files.list(dir)) {
                return listed.limit(MAX_LISTED).map(f -> f.getFileName().toString())
                        .filter(file -> !file.equals(wanted) && file.equalsIgnoreCase(wanted)).findFirst()
                        .map(file -> name.contains("/") ? name.substring(0, name.lastIndexOf('/') + 1) + file : file);
            }
        }

        @Override
        public long getLastModified(Object found) {
            return files.getLastModified(found);
        }

        @Override
        public Reader getReader(Object found, String encoding) throws IOException {
            return files.getReader(found, encoding);
        }

        @Override
        public void closeTemplateSource(Object found) throws IOException {
            files.closeTemplateSource(found);
        }
    }

    /** A host's source seen by FreeMarker: names confined, failures as IOExceptions naming the source. */
    private static final class HostLoader implements TemplateLoader {
        private final TemplateSource source;

        HostLoader(TemplateSource source) {
            this.source = source;
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            String checked = confined(name);
            if (checked == null) {
                return null;
            }
            Optional<Instant> at;
            try {
                at = source.lastModified(checked);
            } catch (IOException | RuntimeException e) {
                throw failed(checked, e);
            }
            return at == null || at.isEmpty() ? null : new Entry(checked, at.get().toEpochMilli());
        }

        @Override
        public long getLastModified(Object found) {
            return ((Entry) found).lastModified();
        }

        @Override
        public Reader getReader(Object found, String encoding) throws IOException {
            String name = ((Entry) found).name();
            String text;
            try {
                text = source.read(name);
            } catch (IOException | RuntimeException e) {
                throw failed(name, e);
            }
            if (text == null) {
                throw new FileNotFoundException(name + " is no longer in " + source);
            }
            return new StringReader(text);
        }

        @Override
        public void closeTemplateSource(Object found) {
        }

        private IOException failed(String name, Exception e) {
            return new IOException(source + " failed on " + name + ": " + e);
        }
    }

    /** A template's whole text as a FreeMarker loader finds it (UTF-8); null when it has none of that name. */
    static String text(TemplateLoader loader, String name) throws IOException {
        Object found = loader.findTemplateSource(name);
        if (found == null) {
            return null;
        }
        try (Reader reader = loader.getReader(found, "UTF-8")) {
            java.io.StringWriter text = new java.io.StringWriter();
            reader.transferTo(text);
            return text.toString();
        } finally {
            loader.closeTemplateSource(found);
        }
    }
}

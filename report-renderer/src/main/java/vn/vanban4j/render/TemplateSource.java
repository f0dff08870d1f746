package vn.vanban4j.render;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.internal.RenderMessages;
import vn.vanban4j.render.internal.TemplateSources;

/**
 * Where a renderer reads templates whose names replace the shipped ones ("plan.ftlx",
 * "report.ftlx", an included "parts/header.ftlx"): a folder ({@link #folder}), the classpath
 * ({@link #classpath}), or the host's own store, such as a database table, by implementing the two
 * methods. Given to {@link Renderer#withTemplates(TemplateSource)}.
 *
 * <p>Every source gets the same safety rules: names are relative, normalized by the renderer and
 * confined to the source (no "..", no absolute path, no drive or URL, no backslash; a name that
 * breaks them is not looked up), a template is read whole and refused above
 * {@link RenderLimits#templateBytes} or nested deeper than {@link RenderLimits#nestingDepth}
 * before it is parsed, and the sandbox (no Java access) is the same. A template the source does
 * not have is taken from the shipped ones.
 *
 * <pre>{@code
 * TemplateSource db = new TemplateSource() {
 *     public Optional<Instant> lastModified(String name) { return repo.changedAt(name); }
 *     public String read(String name) { return repo.text(name); }
 * };
 * Renderer renderer = Renderer.standard().withProfile(profile).withTemplates(db);
 * }</pre>
 *
 * <p>Implementations are called from the threads that render, possibly at once: they must be
 * thread-safe. {@link #lastModified} is asked once per template at each render (a cheap query);
 * {@link #read} only when a template is first used or its time changed.
 */
public interface TemplateSource {
    /**
     * When the named template last changed; empty when this source has no template of that name.
     * A later time than the one last read makes the renderer read and compile it again; a source
     * that does not know returns a fixed time ({@link Instant#EPOCH}) and is read once.
     *
     * @param name a relative name with "/" between folders ("plan.ftlx", "parts/header.ftlx")
     * @throws IOException when the source cannot answer; rendering fails with {@link RenderException.Code#TEMPLATE_SOURCE}
     */
    Optional<Instant> lastModified(String name) throws IOException;

    /**
     * The named template's text; null when it is no longer there.
     *
     * @throws IOException when the source cannot answer; rendering fails with {@link RenderException.Code#TEMPLATE_SOURCE}
     */
    String read(String name) throws IOException;

    /**
     * The templates of a folder on disk (what {@code render --templates} reads), checked for changes
     * at each render; links leading out of the folder are refused. PNG and JPEG files in
     * {@code folder/images} can be named by templates and documents.
     *
     * @throws RenderException ({@link RenderException.Code#TEMPLATE_SOURCE}) when the folder cannot be read
     */
    static TemplateSource folder(Path folder) {
        return TemplateSources.folder(folder);
    }

    /**
     * The templates under a classpath location ("templates/", "classpath:templates/",
     * "/com/example/templates"), read through this interface's class loader; read once (a jar does
     * not change).
     */
    static TemplateSource classpath(String location) {
        return TemplateSources.classpath(location, Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : TemplateSource.class.getClassLoader());
    }

    /** As {@link #classpath(String)}, through the given class loader (a web application's, a plugin's). */
    static TemplateSource classpath(String location, ClassLoader loader) {
        return TemplateSources.classpath(location, loader);
    }

    /**
     * The source a configuration value names: "classpath:templates/" for {@link #classpath(String)},
     * "file:/srv/templates" or a plain path ("/srv/templates", "templates") for {@link #folder(Path)}.
     *
     * @throws RenderException ({@link RenderException.Code#TEMPLATE_SOURCE}) for another URL scheme or a
     *     location that cannot be read
     */
    static TemplateSource at(String location) {
        java.util.Objects.requireNonNull(location, "location");
        if (location.startsWith("classpath:") || location.startsWith("classpath*:")) {
            return classpath(location.replaceFirst("^classpath\\*?:", ""));
        }
        if (location.startsWith("file:")) {
            try {
                return folder(Path.of(java.net.URI.create(location)));
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return folder(Path.of(location.substring("file:".length())));
            }
        }
        if (location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !location.matches("^[A-Za-z]:[\\\\/].*")) {
            throw new RenderException(RenderException.Code.TEMPLATE_SOURCE, Message.of(RenderMessages.NOT_A_LOCATION, location));
        }
        return folder(Path.of(location));
    }

    /** Fixed templates by name, held in memory (generated templates, tests). */
    static TemplateSource inMemory(Map<String, String> templates) {
        Map<String, String> copy = Map.copyOf(templates);
        Optional<Instant> loaded = Optional.of(Instant.EPOCH);
        return new TemplateSource() {
            @Override
            public Optional<Instant> lastModified(String name) {
                return copy.containsKey(name) ? loaded : Optional.empty();
            }

            @Override
            public String read(String name) {
                return copy.get(name);
            }

            @Override
            public String toString() {
                return "templates in memory " + copy.keySet();
            }
        };
    }
}

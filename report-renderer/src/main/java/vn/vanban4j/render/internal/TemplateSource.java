package vn.vanban4j.render.internal;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Set;
import vn.vanban4j.model.Message;

/**
 * A template loader that reads each template whole and checks it before FreeMarker parses it:
 * its size in UTF-8 bytes, and how deep its directives and brackets nest (FreeMarker's parser
 * recurses on both and would run out of stack on a few thousand levels).
 */
final class TemplateSource implements TemplateLoader {
    /** A template refused before parsing; the message names template:line:column. */
    static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        private final transient Message text;

        Refused(Message text) {
            super(text.toString());
            this.text = text;
        }

        Message text() {
            return text;
        }
    }

    private record Named(String name, Object source) {
    }

    // directives that take a body closed by </#name>; others (else, case, assign x = 1 ...) do not nest
    private static final Set<String> BLOCKS = Set.of("if", "list", "items", "macro", "function", "attempt", "switch", "compress",
            "escape", "noescape", "autoesc", "noautoesc", "outputformat", "foreach");

    private final TemplateLoader loader;
    private final long maxBytes;
    private final int maxDepth;

    TemplateSource(TemplateLoader loader, long maxBytes, int maxDepth) {
        this.loader = loader;
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        return source == null ? null : new Named(name, source);
    }

    @Override
    public long getLastModified(Object source) {
        return loader.getLastModified(((Named) source).source());
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        Named named = (Named) source;
        StringBuilder text = new StringBuilder();
        long bytes = 0;
        try (Reader reader = loader.getReader(named.source(), encoding)) {
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    char c = buffer[i];
                    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                    if (bytes > maxBytes) {
                        text.append(buffer, 0, i);
                        throw new Refused(Message.of(RenderMessages.TEMPLATE_TOO_LARGE, at(named.name(), text, text.length()), maxBytes));
                    }
                }
                text.append(buffer, 0, n);
            }
        }
        int deep = tooDeep(text, maxDepth);
        if (deep >= 0) {
            throw new Refused(Message.of(RenderMessages.TEMPLATE_TOO_DEEP, at(named.name(), text, deep), maxDepth));
        }
        return new StringReader(text.toString());
    }

    @Override
    public void closeTemplateSource(Object source) throws IOException {
        loader.closeTemplateSource(((Named) source).source());
    }

    private static String at(String name, CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return name + ":" + line + ":" + (offset - lineStart + 1);
    }

    /**
     * Where block directives ({@code <#if>}, {@code <@macro>} with a body ...) and brackets inside
     * FreeMarker tags and {@code ${...}} first nest deeper than {@code max}; -1 if they never do.
     * One pass, no recursion; comments and string literals are skipped.
     */
    static int tooDeep(CharSequence text, int max) {
        int blocks = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (startsWith(text, i, "<#--")) {
                int end = indexOf(text, "-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (startsWith(text, i, "</#") || startsWith(text, i, "</@")) {
                blocks = Math.max(0, blocks - 1);
                i += 3;
            } else if (startsWith(text, i, "<#") || startsWith(text, i, "<@")) {
                int start = i;
                int nameEnd = i + 2;
                while (nameEnd < n && (Character.isLetterOrDigit(text.charAt(nameEnd)) || text.charAt(nameEnd) == '_'
                        || text.charAt(nameEnd) == '.')) {
                    nameEnd++;
                }
                boolean userDirective = text.charAt(i + 1) == '@';
                String name = text.subSequence(i + 2, nameEnd).toString();
                int[] end = expression(text, nameEnd, '>', blocks, max);
                if (end[1] >= 0) {
                    return end[1];
                }
                i = end[0];
                boolean selfClosing = i >= 2 && text.charAt(i - 2) == '/';
                if ((userDirective || BLOCKS.contains(name)) && !selfClosing && ++blocks > max) {
                    return start;
                }
            } else if (startsWith(text, i, "${") || startsWith(text, i, "#{")) {
                int[] end = expression(text, i + 2, '}', blocks, max);
                if (end[1] >= 0) {
                    return end[1];
                }
                i = end[0];
            } else {
                i++;
            }
        }
        return -1;
    }

    // scans an expression up to its closing character outside brackets and strings:
    // {offset after it, offset where the nesting crossed max or -1}
    private static int[] expression(CharSequence text, int from, char close, int depth, int max) {
        int brackets = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i++;
                while (i < text.length() && text.charAt(i) != c) {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth + ++brackets > max) {
                    return new int[] {i, i};
                }
            } else if (c == ')' || c == ']' || c == '}') {
                if (brackets == 0 && c == close) {
                    return new int[] {i + 1, -1};
                }
                brackets = Math.max(0, brackets - 1);
            } else if (c == close && brackets == 0) {
                return new int[] {i + 1, -1};
            }
            i++;
        }
        return new int[] {i, -1};
    }

    private static boolean startsWith(CharSequence text, int at, String prefix) {
        if (at + prefix.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (text.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(CharSequence text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            if (startsWith(text, i, what)) {
                return i;
            }
        }
        return -1;
    }
}

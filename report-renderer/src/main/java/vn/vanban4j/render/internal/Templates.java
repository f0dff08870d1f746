package vn.vanban4j.render.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core.TemplateProcessingTracer.TracedElement;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.RenderLimits;

/**
 * The hardened FreeMarker set-up: XML output format with auto-escaping, no ?new, no ?api, no Java
 * member access (the data are plain maps and lists), includes confined to the template folder, and
 * errors that name the template, line and column. Immutable after construction; compiled
 * templates are cached by FreeMarker and shared across threads.
 */
public final class Templates {
    private final Configuration config;

    /** @param overrides a folder whose templates replace the defaults by name; null for none */
    public Templates(Path overrides) {
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        try {
            TemplateLoader defaults = new ClassTemplateLoader(Templates.class, "/vn/vanban4j/render/templates");
            c.setTemplateLoader(overrides == null ? defaults
                    : new MultiTemplateLoader(new TemplateLoader[] {new FileTemplateLoader(overrides.toFile()), defaults}));
        } catch (IOException e) {
            throw new RenderException("cannot read the template folder " + overrides + ": " + e.getMessage(), e);
        }
        c.setRecognizeStandardFileExtensions(true);
        c.setOutputFormat(XMLOutputFormat.INSTANCE);
        c.setDefaultEncoding(StandardCharsets.UTF_8.name());
        c.setLocale(Locale.forLanguageTag("vi-VN"));
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setMemberAccessPolicy(NO_MEMBERS);
        wrapper.setExposeFields(false);
        c.setObjectWrapper(wrapper.build());
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setTemplateUpdateDelayMilliseconds(overrides == null ? Long.MAX_VALUE : 0);
        this.config = c;
    }

    // templates see maps, lists and strings; no method, field or constructor of any Java class
    private static final MemberAccessPolicy NO_MEMBERS = new MemberAccessPolicy() {
        @Override
        public ClassMemberAccessPolicy forClass(Class<?> contextClass) {
            return new ClassMemberAccessPolicy() {
                @Override
                public boolean isMethodExposed(java.lang.reflect.Method method) {
                    return false;
                }

                @Override
                public boolean isConstructorExposed(java.lang.reflect.Constructor<?> constructor) {
                    return false;
                }

                @Override
                public boolean isFieldExposed(java.lang.reflect.Field field) {
                    return false;
                }
            };
        }

        @Override
        public boolean isToStringAlwaysExposed() {
            return false;
        }
    };

    /** True when a template of that name exists, in the host's folder or among the defaults. */
    public boolean exists(String name) {
        // through FreeMarker's template cache (which also remembers what is missing), not the loader
        try {
            return config.getTemplate(name, null, null, true, true) != null;
        } catch (ParseException e) {
            return true; // it exists; running it reports the syntax error with its line and column
        } catch (IOException e) {
            return false;
        } catch (SecurityException e) {
            throw outside(name, e);
        }
    }

    // FileTemplateLoader refuses a symbolic link that leads out of the folder
    private static RenderException outside(String name, SecurityException e) {
        return new RenderException(name + " is a link to a file outside the template folder;"
                + " templates and what they include must stay inside it", e);
    }

    /**
     * Runs the named template over the data within the limits; the output is block XML.
     *
     * @throws RenderException naming template:line:column for a syntax or data error, or a limit crossed
     */
    public BlockOutput run(String name, Map<String, Object> data, int expectedChars, RenderLimits limits) {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (ParseException e) {
            throw new RenderException(syntaxError(e), e);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException("no template named \"" + name + "\"", e);
        } catch (IOException e) {
            throw new RenderException("cannot read template " + name + ": " + e.getMessage(), e);
        } catch (SecurityException e) {
            throw outside(name, e);
        }
        BlockOutput output = new BlockOutput(name, (int) Math.min(expectedChars, limits.outputChars()));
        Watchdog watchdog = new Watchdog(name, limits);
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                watchdog.output(output.text().length() + (long) length);
                output.append(buffer, offset, length, watchdog.current);
            }

            @Override
            public void write(String str, int offset, int length) {
                write((CharSequence) str, offset, offset + length);
            }

            private void write(CharSequence chars, int start, int end) {
                watchdog.output(output.text().length() + (long) (end - start));
                output.append(chars, start, end, watchdog.current);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try {
            Environment env = template.createProcessingEnvironment(data, out);
            env.setTemplateProcessingTracer(watchdog);
            env.process();
        } catch (TemplateException e) {
            LimitCrossed crossed = limitIn(e);
            if (crossed != null) {
                throw new RenderException(crossed.getMessage(), e);
            }
            String where = e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            String expression = e.getBlamedExpressionString() == null ? "" : " in ${" + e.getBlamedExpressionString() + "}";
            throw new RenderException(where + ": " + plainWords(firstLine(e.getMessageWithoutStackTop()), e.getBlamedExpressionString())
                    + expression, e);
        } catch (LimitCrossed e) {
            throw new RenderException(e.getMessage(), e);
        } catch (IOException e) {
            throw new RenderException(name + ": " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // a fallback: the nesting limit normally stops runaway recursion long before the stack ends
            throw new RenderException(watchdog.where() + ": the template nests too deeply for the thread's stack;"
                    + " lower RenderLimits.nestingDepth or look for a macro that calls itself without end");
        } catch (OutOfMemoryError e) {
            // the run's own garbage is unreachable once this frame is left; the host's heap is not at fault
            throw new RenderException(watchdog.where() + ": the template needed more memory than the host allows"
                    + " (a text doubled in a loop, or a loop without end?)");
        }
        return output;
    }

    private static LimitCrossed limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LimitCrossed crossed) {
                return crossed;
            }
        }
        return null;
    }

    /** A limit crossed during a run; its message names the template position. */
    private static final class LimitCrossed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitCrossed(String message) {
            super(message, null, false, false);
        }
    }

    /** Watches one run: nesting depth and time at each directive, size at each write. */
    private static final class Watchdog implements TemplateProcessingTracer {
        private final String name;
        private final RenderLimits limits;
        private final long deadline;
        private int depth;
        private int steps;
        private TracedElement current;

        Watchdog(String name, RenderLimits limits) {
            this.name = name;
            this.limits = limits;
            this.deadline = System.nanoTime() + limits.templateTime().toNanos();
        }

        @Override
        public void enterElement(Environment env, TracedElement element) {
            current = element;
            if (++depth > limits.nestingDepth()) {
                throw new LimitCrossed(where() + ": directives, macro calls and includes nest deeper than "
                        + limits.nestingDepth() + " levels (a macro that calls itself without end?)");
            }
            checkTime();
        }

        private void checkTime() {
            if (System.nanoTime() > deadline) {
                throw new LimitCrossed(where() + ": the template ran longer than " + seconds(limits.templateTime())
                        + " (a loop without end?); the limit is RenderLimits.templateTime");
            }
        }

        @Override
        public void exitElement(Environment env, TracedElement element) {
            depth--;
        }

        void output(long chars) {
            if (chars > limits.outputChars()) {
                throw new LimitCrossed(where() + ": the template wrote more than " + limits.outputChars()
                        + " characters (a loop without end?); the limit is RenderLimits.outputChars");
            }
            if ((++steps & 0xFF) == 0) {
                checkTime();
            }
        }

        String where() {
            TracedElement e = current;
            return e == null ? name + ":1:1"
                    : e.getTemplate().getSourceName() + ":" + e.getBeginLine() + ":" + e.getBeginColumn();
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }
    }

    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile("You have an unclosed #(\\w+)");

    // a directive left open is reported where it was opened, not at the end of the file
    private String syntaxError(ParseException e) {
        String at = e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        String message = e.getEditorMessage() == null ? "" : e.getEditorMessage();
        java.util.regex.Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            String directive = unclosed.group(1);
            String source = source(e.getTemplateName());
            int[] opened = source == null ? null : unclosedOpening(source, directive);
            if (opened != null) {
                return e.getTemplateName() + ":" + opened[0] + ":" + opened[1] + ": syntax error: <#" + directive
                        + "> is never closed; add </#" + directive + "> where its part ends";
            }
        }
        return at + ": syntax error: " + firstLine(message);
    }

    private String source(String name) {
        try {
            Object found = config.getTemplateLoader().findTemplateSource(name);
            if (found == null) {
                return null;
            }
            try (java.io.Reader reader = config.getTemplateLoader().getReader(found, StandardCharsets.UTF_8.name())) {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[8192];
                for (int n; (n = reader.read(buffer)) > 0; ) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            } finally {
                config.getTemplateLoader().closeTemplateSource(found);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Line and column of the last opening of {@code directive} that no end tag closes; null if none. */
    static int[] unclosedOpening(String source, String directive) {
        String text = java.util.regex.Pattern.compile("(?s)<#--.*?-->").matcher(source)
                .replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile(
                "<#" + directive + "(?=[\\s>/])[^>]*?(/?)>|</#" + directive + "\\s*>").matcher(text);
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        while (tag.find()) {
            if (tag.group().startsWith("</")) {
                open.poll();
            } else if (tag.group(1).isEmpty()) {
                open.push(tag.start());
            }
        }
        if (open.isEmpty()) {
            return null;
        }
        int at = open.peek();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    // FreeMarker's wording where it is jargon to a template author
    private static String plainWords(String message, String expression) {
        if (message.contains("markup_output")) {
            String what = expression == null ? "this value" : expression;
            java.util.regex.Matcher builtIn = java.util.regex.Pattern.compile("For \"\\?(\\w+)\"").matcher(message);
            String operation = builtIn.find() ? "?" + builtIn.group(1) : "this operation";
            return what + " is document text with its emphasis and footnotes (markup), and " + operation
                    + " works on plain text only; print it as it is, or use vn.plain(" + what + ") for its plain text"
                    + (operation.equals("?upper_case") ? " (vn.upper(" + what + ") keeps the markup)" : "");
        }
        if (message.startsWith("The following has evaluated to null or missing")) {
            String what = expression == null ? "a value" : expression;
            return what + " is missing (no such field, or no value in this document); the fields are listed in"
                    + " docs/TEMPLATES.md; write " + what + "!\"\" to print nothing when it is absent";
        }
        return message;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

}

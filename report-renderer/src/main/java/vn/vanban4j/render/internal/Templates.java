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
            throw new RenderException(e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": syntax error: " + e.getEditorMessage(), e);
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
                write(java.nio.CharBuffer.wrap(buffer), offset, offset + length);
            }

            @Override
            public void write(String str, int offset, int length) {
                write((CharSequence) str, offset, offset + length);
            }

            private void write(CharSequence chars, int start, int end) {
                watchdog.output(output.text().length() + (long) (end - start));
                TracedElement e = watchdog.current;
                if (e == null) {
                    output.append(chars, start, end, name, 1, 1, false);
                } else {
                    output.append(chars, start, end, e.getTemplate().getSourceName(), e.getBeginLine(), e.getBeginColumn(),
                            e.isLeaf() && e.getDescription().startsWith("text "));
                }
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
            throw new RenderException(where + ": " + firstLine(e.getMessageWithoutStackTop()) + expression, e);
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
            if ((++steps & 0xFF) == 0 && System.nanoTime() > deadline) {
                throw new LimitCrossed(where() + ": the template ran longer than " + seconds(limits.templateTime())
                        + " (a loop without end?); the limit is RenderLimits.templateTime");
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

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

}

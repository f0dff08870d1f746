package vn.vanban4j.render.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
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
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import vn.vanban4j.render.RenderException;

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
        }
    }

    /** Runs the named template over the data; the output is block XML. */
    public StringBuilder run(String name, Map<String, Object> data, int expectedChars) {
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
        }
        StringBuilder text = new StringBuilder(expectedChars);
        java.io.Writer out = new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                text.append(buffer, offset, length);
            }

            @Override
            public void write(String str, int offset, int length) {
                text.append(str, offset, offset + length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try {
            template.process(data, out);
        } catch (TemplateException e) {
            String where = e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            String expression = e.getBlamedExpressionString() == null ? "" : " in ${" + e.getBlamedExpressionString() + "}";
            throw new RenderException(where + ": " + firstLine(e.getMessageWithoutStackTop()) + expression, e);
        } catch (IOException e) {
            throw new RenderException(name + ": " + e.getMessage(), e);
        }
        return text;
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

}

package vn.vanban4j.render.internal;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ArithmeticEngine;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateNumberFormat;
import freemarker.core.TemplateNumberFormatFactory;
import freemarker.core.TemplateValueFormatException;
import freemarker.core.XMLOutputFormat;
import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.RenderException.Code;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.RenderLimits;

/**
 * The hardened FreeMarker set-up: XML output format with auto-escaping, no ?new, no ?api, no Java
 * member access (the data are plain maps and lists), includes confined to the template folder, and
 * errors that name the template, line and column. Immutable after construction; compiled
 * templates are cached by FreeMarker and shared across threads.
 */
public final class Templates {
    private static final String WATCHDOG = "vanban4j.watchdog";
    private final Configuration config;
    private final vn.vanban4j.render.TemplateSource overrides;
    private final RenderLimits sourceLimits;

    /** @param overrides a folder whose templates replace the defaults by name; null for none */
    public Templates(Path overrides) {
        this(overrides, RenderLimits.DEFAULT);
    }

    /**
     * @param overrides a folder whose templates replace the defaults by name; null for none
     * @param limits the template size and nesting depth checked before a template is parsed
     */
    public Templates(Path overrides, RenderLimits limits) {
        this(overrides == null ? null : TemplateSources.folder(overrides), limits);
    }

    /**
     * @param overrides a source whose templates replace the defaults by name; null for none
     * @param limits the template size and nesting depth checked before a template is parsed
     */
    public Templates(vn.vanban4j.render.TemplateSource overrides, RenderLimits limits) {
        this.overrides = overrides;
        this.sourceLimits = limits;
        Configuration c = new Configuration(Configuration.VERSION_2_3_34);
        TemplateLoader defaults = new ClassTemplateLoader(Templates.class, "/vn/vanban4j/render/templates");
        TemplateLoader loader = overrides == null ? defaults
                : new MultiTemplateLoader(new TemplateLoader[] {TemplateSources.loaderOf(overrides), defaults});
        c.setTemplateLoader(new TemplateSource(loader, limits.templateBytes(), limits.nestingDepth()));
        // a folder keeps FreeMarker's lookup of plan_vi_VN.ftlx, plan_vi.ftlx before plan.ftlx; the classpath and a
        // host's store are asked for the name alone (one query per template and render, not three)
        c.setLocalizedLookup(overrides == null || TemplateSources.folderOf(overrides) != null);
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
        c.setTemplateUpdateDelayMilliseconds(overrides == null || !TemplateSources.changes(overrides) ? Long.MAX_VALUE : 0);
        // built-ins that loop inside FreeMarker (?join, ?filter, ?seq_contains ...) format numbers and
        // compare or add them: both ask the run's watchdog whether to go on
        c.setCustomNumberFormats(Map.of("watched", new WatchedNumbers()));
        c.setNumberFormat("@watched");
        c.setArithmeticEngine(new WatchedArithmetic());
        // <#recover> does not swallow a crossed limit; other failures it recovers from quietly
        c.setAttemptExceptionReporter((failure, env) -> {
            Watchdog.LimitCrossed crossed = limitIn(failure);
            if (crossed != null) {
                throw crossed;
            }
        });
        this.config = c;
    }

    /** These templates with the size and nesting limits checked before parsing; the same object when they are unchanged. */
    public Templates withLimits(RenderLimits limits) {
        return limits.templateBytes() == sourceLimits.templateBytes() && limits.nestingDepth() == sourceLimits.nestingDepth()
                ? this : new Templates(overrides, limits);
    }

    private static void check(Environment env) {
        if (env != null && env.getCustomAttribute(WATCHDOG) instanceof Watchdog watchdog) {
            watchdog.check();
        }
    }

    /** The usual number format ("number" in the run's locale), asking the watchdog at each number. */
    private static final class WatchedNumbers extends TemplateNumberFormatFactory {
        @Override
        public TemplateNumberFormat get(String params, Locale locale, Environment env) throws TemplateValueFormatException {
            TemplateNumberFormat usual = env.getTemplateNumberFormat("number", locale);
            return new TemplateNumberFormat() {
                @Override
                public String formatToPlainText(TemplateNumberModel number) throws TemplateValueFormatException, TemplateModelException {
                    check(env);
                    return usual.formatToPlainText(number);
                }

                @Override
                public boolean isLocaleBound() {
                    return true;
                }

                @Override
                public String getDescription() {
                    return usual.getDescription();
                }
            };
        }
    }

    /** FreeMarker's default arithmetic, asking the watchdog at each operation. */
    private static final class WatchedArithmetic extends ArithmeticEngine.BigDecimalEngine {
        @Override
        public int compareNumbers(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.compareNumbers(first, second);
        }

        @Override
        public Number add(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.add(first, second);
        }

        @Override
        public Number subtract(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.subtract(first, second);
        }

        @Override
        public Number multiply(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.multiply(first, second);
        }

        @Override
        public Number divide(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.divide(first, second);
        }

        @Override
        public Number modulus(Number first, Number second) {
            check(Environment.getCurrentEnvironment());
            return super.modulus(first, second);
        }
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
        } catch (ParseException | StackOverflowError e) {
            return true; // it exists; running it reports the syntax error with its line and column
        } catch (IOException e) {
            return refused(e) != null; // too large or too deep: running it says so
        } catch (SecurityException e) {
            throw outside(name, e);
        }
    }

    private static TemplateSource.Refused refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TemplateSource.Refused refused) {
                return refused;
            }
        }
        return null;
    }

    // FileTemplateLoader refuses a symbolic link that leads out of the folder
    private static RenderException outside(String name, SecurityException e) {
        return new RenderException(Code.TEMPLATE_SOURCE, Message.of(RenderMessages.TEMPLATE_OUTSIDE, name), e);
    }

    /**
     * Runs the named template over the data within the limits (see {@link Watchdog}): the library's own
     * templates on the calling thread, a host's on a thread of its own watched by the calling thread; the
     * output is block XML.
     *
     * @throws RenderException naming template:line:column for a syntax or data error, or a limit
     *     crossed; saying the render was interrupted when the calling thread is (its flag set again)
     */
    public BlockOutput run(String name, Map<String, Object> data, int expectedChars, RenderLimits limits) {
        Watchdog watchdog = new Watchdog(name, limits);
        Callable<BlockOutput> work = () -> process(name, data, expectedChars, limits, watchdog);
        return overrides == null ? watchdog.runHere(work) : watchdog.supervise(work);
    }

    private BlockOutput process(String name, Map<String, Object> data, int expectedChars, RenderLimits limits, Watchdog watchdog) {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (ParseException e) {
            throw new RenderException(Code.TEMPLATE_SYNTAX, syntaxError(e));
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new RenderException(Code.TEMPLATE_MISSING, Message.of(RenderMessages.NO_TEMPLATE, name), null, null, null);
        } catch (IOException e) {
            TemplateSource.Refused refused = refused(e);
            throw refused != null ? new RenderException(Code.TEMPLATE_LIMIT, refused.text())
                    : new RenderException(Code.TEMPLATE_SOURCE, Message.of(RenderMessages.TEMPLATE_UNREADABLE, name, e.getMessage()), publicCause(e));
        } catch (SecurityException e) {
            throw outside(name, e);
        } catch (StackOverflowError e) {
            throw new RenderException(Code.TEMPLATE_LIMIT, Message.of(RenderMessages.TEMPLATE_TOO_DEEP_TO_READ, name));
        }
        BlockOutput output = new BlockOutput(name, (int) Math.min(expectedChars, limits.outputChars()));
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                watchdog.wrote(output.length() + (long) length);
                output.append(buffer, offset, length, watchdog.current());
            }

            @Override
            public void write(String str, int offset, int length) {
                watchdog.wrote(output.length() + (long) length);
                output.append(str, offset, offset + length, watchdog.current());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        watchdog.output(out);
        try {
            Environment env = template.createProcessingEnvironment(data, out);
            env.setCustomAttribute(WATCHDOG, watchdog);
            env.setTemplateProcessingTracer(watchdog);
            env.process();
            watchdog.check();
        } catch (TemplateException e) {
            Watchdog.LimitCrossed crossed = limitIn(e);
            if (crossed != null) {
                throw new RenderException(Code.TEMPLATE_LIMIT, crossed.text());
            }
            TemplateSource.Refused refused = refused(e);
            if (refused != null) {
                throw new RenderException(Code.TEMPLATE_LIMIT, refused.text());
            }
            String where = e.getTemplateSourceName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
            RenderException importFailed = importFailed(e, where);
            if (importFailed != null) {
                throw importFailed;
            }
            Object expression = e.getBlamedExpressionString() == null ? ""
                    : Message.of(RenderMessages.IN_EXPRESSION, e.getBlamedExpressionString());
            RenderException failed = new RenderException(Code.TEMPLATE_RUNTIME, Message.of(RenderMessages.RUNTIME, where,
                    plainWords(firstLine(e.getMessageWithoutStackTop()), e.getBlamedExpressionString(), data), expression),
                    e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
            Throwable cause = publicCause(e);
            if (cause != null) {
                failed.initCause(cause); // a host helper's own exception, say
            }
            throw failed;
        } catch (TemplateSources.OtherCase e) {
            // an <#include> or <#import> of a name the folder holds in other capitals
            throw new RenderException(Code.TEMPLATE_MISSING, Message.of(RenderMessages.AT, watchdog.where(), e.text()));
        } catch (Watchdog.LimitCrossed e) {
            throw new RenderException(Code.TEMPLATE_LIMIT, e.text());
        } catch (IOException e) {
            throw new RenderException(Code.OTHER, Message.of(RenderMessages.AT, name, e.getMessage()), publicCause(e));
        } catch (StackOverflowError e) {
            // a fallback: the nesting limit normally stops runaway recursion long before the stack ends
            throw new RenderException(Code.TEMPLATE_LIMIT, Message.of(RenderMessages.TEMPLATE_STACK, watchdog.where()));
        } catch (OutOfMemoryError e) {
            // the run's own garbage is unreachable once this frame is left; the host's heap is not at fault
            throw new RenderException(Code.TEMPLATE_LIMIT, Message.of(RenderMessages.TEMPLATE_HEAP, watchdog.where()));
        }
        return output;
    }

    /**
     * The first cause a host may see: not of FreeMarker or of these internals, nor caused by one; null
     * when there is none (the message keeps what they said).
     */
    static Throwable publicCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (clean(t)) {
                return t;
            }
        }
        return null;
    }

    private static boolean clean(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String type = t.getClass().getName();
            if (type.startsWith("freemarker.") || type.startsWith("vn.vanban4j.render.internal.")) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern REACHING = java.util.regex.Pattern.compile(
            "^Template (importing|inclusion) failed \\(for parameter value \"(.*)\"\\):");

    /**
     * An {@code <#import>} or {@code <#include>} that failed, with FreeMarker's reason in plain words: a
     * syntax error in the template it names (at that template's line), a name backing out of the
     * templates folder, or one that is nowhere; null for any other failure.
     */
    private RenderException importFailed(TemplateException e, String where) {
        java.util.regex.Matcher written = REACHING.matcher(e.getMessageWithoutStackTop());
        if (!written.find()) {
            return null;
        }
        freemarker.template.TemplateNotFoundException notFound = null;
        for (Throwable t = e.getCause(); t != null && notFound == null; t = t.getCause()) {
            if (t instanceof ParseException syntax) {
                return new RenderException(Code.TEMPLATE_SYNTAX, syntaxError(syntax));
            }
            notFound = t instanceof freemarker.template.TemplateNotFoundException n ? n : null;
        }
        if (notFound == null) {
            return null;
        }
        String directive = written.group(1).equals("importing") ? "import" : "include";
        Path folder = overrides == null ? null : TemplateSources.folderOf(overrides);
        Object source = folder != null ? Message.of(RenderMessages.TEMPLATES_FOLDER, folder) : String.valueOf(overrides);
        boolean outside = backsOut(e.getTemplateSourceName(), written.group(2));
        Message why = outside ? Message.of(RenderMessages.TEMPLATE_REACHES_OUTSIDE, where, directive, written.group(2), source)
                : Message.of(RenderMessages.TEMPLATE_NOT_FOUND_BY, where, directive, written.group(2), notFound.getTemplateName(), source);
        return new RenderException(outside ? Code.TEMPLATE_SOURCE : Code.TEMPLATE_MISSING, why,
                e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
    }

    /** True when {@code name}, written in template {@code from}, leads out of the templates' root ("../x.ftlx" in "plan.ftlx"). */
    static boolean backsOut(String from, String name) {
        String base = name.startsWith("/") || from == null || !from.contains("/") ? "" : from.substring(0, from.lastIndexOf('/'));
        int depth = 0;
        for (String part : (base + "/" + name).split("/")) {
            if (part.equals("..")) {
                if (--depth < 0) {
                    return true;
                }
            } else if (!part.isEmpty() && !part.equals(".")) {
                depth++;
            }
        }
        return false;
    }

    private static Watchdog.LimitCrossed limitIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Watchdog.LimitCrossed crossed) {
                return crossed;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern UNCLOSED = java.util.regex.Pattern.compile("You have an unclosed #(\\w+)");

    // a directive left open is reported where it was opened, not at the end of the file
    private Message syntaxError(ParseException e) {
        String at = e.getTemplateName() + ":" + e.getLineNumber() + ":" + e.getColumnNumber();
        String message = e.getEditorMessage() == null ? "" : e.getEditorMessage();
        java.util.regex.Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            String directive = unclosed.group(1);
            String source = source(e.getTemplateName());
            int[] opened = source == null ? null : unclosedOpening(source, directive);
            if (opened != null) {
                return Message.of(RenderMessages.SYNTAX_UNCLOSED, e.getTemplateName() + ":" + opened[0] + ":" + opened[1], directive);
            }
        }
        java.util.regex.Matcher unknown = UNKNOWN_DIRECTIVE.matcher(message);
        if (unknown.find()) {
            String meant = Spelling.nearest(unknown.group(1), DIRECTIVES).orElse(null);
            return meant == null ? Message.of(RenderMessages.SYNTAX_UNKNOWN_DIRECTIVE, at, unknown.group(1))
                    : Message.of(RenderMessages.SYNTAX_DIRECTIVE_MEANT, at, unknown.group(1), meant);
        }
        java.util.regex.Matcher end = MISPLACED_END.matcher(message);
        if (end.find()) {
            Message said = misplacedEnd(e, at, end.group(1), end.group(2));
            if (said != null) {
                return said;
            }
        }
        if (message.startsWith("Encountered ") && message.contains("but was expecting")) {
            return Message.of(RenderMessages.SYNTAX_UNFINISHED, at);
        }
        return Message.of(RenderMessages.SYNTAX, at, firstLine(message));
    }

    // "Encountered "</#if>", but at this place only this can be closed: "#list"", or an end tag where nothing is open
    private static final java.util.regex.Pattern MISPLACED_END = java.util.regex.Pattern.compile(
            "^Encountered \"</#(\\w+)[^\"]*\", but (?:at this place only this can be closed: \"#(\\w+)|was expecting)");

    // an end tag that closes a directive opened outside the one still open inside it, or that closes nothing
    private Message misplacedEnd(ParseException e, String at, String closed, String open) {
        String source = source(e.getTemplateName());
        if (source == null) {
            return null;
        }
        String before = textBefore(source, e.getLineNumber(), e.getColumnNumber());
        int[] inner = open == null ? null : unclosedOpening(before, open);
        if (inner == null && open != null) {
            return null; // the message did not come from the source as read: leave FreeMarker's words
        }
        String innerAt = inner == null ? null : e.getTemplateName() + ":" + inner[0] + ":" + inner[1];
        if (inner != null && unclosedOpening(before, closed) != null) {
            return Message.of(RenderMessages.SYNTAX_END_NESTED, at, closed, open, innerAt);
        }
        return inner == null ? Message.of(RenderMessages.SYNTAX_END_STRAY, at, closed)
                : Message.of(RenderMessages.SYNTAX_END_STRAY_IN, at, closed, open, innerAt);
    }

    // the source up to a line and column (1-based)
    private static String textBefore(String source, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line; l++) {
            int next = source.indexOf('\n', offset);
            if (next < 0) {
                return source;
            }
            offset = next + 1;
        }
        int lineEnd = source.indexOf('\n', offset);
        return source.substring(0, Math.min(offset + Math.max(0, column - 1), lineEnd < 0 ? source.length() : lineEnd));
    }

    private static final java.util.regex.Pattern UNKNOWN_DIRECTIVE = java.util.regex.Pattern.compile("Unknown directive: #(\\w+)");
    // FreeMarker's directives, for "did you mean"
    private static final List<String> DIRECTIVES = List.of("assign", "attempt", "autoesc", "break", "case", "compress", "continue",
            "default", "else", "elseif", "escape", "fallback", "flush", "ftl", "function", "global", "if", "import", "include",
            "items", "list", "local", "lt", "macro", "nested", "noautoesc", "noescape", "noparse", "nt", "on", "outputformat",
            "recover", "recurse", "return", "rt", "sep", "setting", "stop", "switch", "t", "visit");

    private String source(String name) {
        try {
            return TemplateSources.text(config.getTemplateLoader(), name);
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
    private static String plainWords(String message, String expression, Map<String, Object> data) {
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
            String meant = expression == null ? "" : meant(expression, data);
            return what + " is missing (no such field, or no value in this document)" + meant + "; the fields are listed in"
                    + " docs/TEMPLATES.md; write " + what + "!\"\" to print nothing when it is absent";
        }
        return message;
    }

    // "; did you mean signer?" when the expression's last name is a few letters from a name the data has;
    // for extras, the names the host passed
    private static String meant(String expression, Map<String, Object> data) {
        String path = expression.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[!?].*$", "");
        String last = path.substring(path.lastIndexOf('.') + 1);
        java.util.Set<String> names = new java.util.TreeSet<>();
        boolean extras = path.startsWith("extras.");
        collectNames(extras ? data.get("extras") : data, names, 0);
        String guess = Spelling.nearest(last, names).map(n -> "; did you mean " + n + "?").orElse("");
        if (extras) {
            return guess + (names.isEmpty() ? "; no extras were passed" : "; the extras passed are " + String.join(", ", names));
        }
        return guess;
    }

    // the names of the maps in the template's data, to four levels (doc.signatures[0].signer)
    private static void collectNames(Object value, java.util.Set<String> names, int depth) {
        if (depth > 4) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                names.add(String.valueOf(e.getKey()));
                collectNames(e.getValue(), names, depth + 1);
            }
        } else if (value instanceof java.util.List<?> list && !list.isEmpty()) {
            collectNames(list.get(0), names, depth + 1);
        }
    }

    private static String firstLine(String message) {
        String line = message == null ? "" : message.strip();
        int nl = line.indexOf('\n');
        return nl < 0 ? line : line.substring(0, nl);
    }

}

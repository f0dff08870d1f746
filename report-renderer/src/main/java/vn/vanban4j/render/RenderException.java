package vn.vanban4j.render;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.model.Message;

/**
 * The one error type of the renderer module: a template error (template name, line and column), a
 * limit crossed, a workbook problem ({@link FormWorkbook.FormErrors}, by sheet and cell), LibreOffice
 * missing or failing. The message names where and what, on one line per problem; a program reads
 * the same through {@link #code()}, {@link #template()}, {@link #line()} and {@link #column()}.
 * {@link #getMessage()} is English (for logs); {@link #message(Locale)} gives Vietnamese for clerks.
 * The cause, when there is one, is never a class of the renderer's internals or of FreeMarker.
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure; stable across releases (hosts map them to responses and messages). */
    public enum Code {
        /** A template that cannot be parsed (a directive never closed, a misspelt tag ...). */
        TEMPLATE_SYNTAX,
        /** A template that failed while it ran (a missing value, a wrong type ...). */
        TEMPLATE_RUNTIME,
        /** A template run stopped at a {@link RenderLimits} bound, or a template too large or too deep to read. */
        TEMPLATE_LIMIT,
        /** No template of the name asked for. */
        TEMPLATE_MISSING,
        /** A template or a template source that cannot be read (a folder, a link out of it, a host's source failing). */
        TEMPLATE_SOURCE,
        /** The block XML a template wrote is not what the renderer reads. */
        TEMPLATE_OUTPUT,
        /** An image that is not a PNG or JPEG, too large, missing, or outside the templates folder. */
        IMAGE,
        /** A fixed profile for another family than the document's (a Party document in the state layout). */
        PROFILE,
        /** Host data given to the renderer ({@link Renderer#withExtras}, {@link Renderer#withHelpers}) that it refuses. */
        DATA,
        /** A filled XLSX form with problems ({@link FormWorkbook.FormErrors}). */
        WORKBOOK,
        /** The render was interrupted ({@link Thread#interrupt}). */
        INTERRUPTED,
        /** A PDF conversion through LibreOffice that failed or could not start. */
        PDF,
        /** Anything else (the message says what). */
        OTHER
    }

    // "plan.ftlx:12:5: ..." at the start of a message
    private static final Pattern AT = Pattern.compile("^([^\\s:\"]+\\.ftl[hx]?):(\\d+):(\\d+)(?::|$)");

    private final Code code;
    private final String template;
    private final Integer line;
    private final Integer column;
    private final Message text;

    /** A failure of {@link Code#OTHER}, or of a template when the message starts with "name.ftlx:line:column". */
    public RenderException(String message) {
        this(message, (Throwable) null);
    }

    /** As {@link #RenderException(String)}, with a cause. */
    public RenderException(String message, Throwable cause) {
        this(Code.OTHER, message, cause);
    }

    /** A failure of {@code code}; the template position is read from the start of the message ("plan.ftlx:12:5: ..."). */
    public RenderException(Code code, String message) {
        this(code, message, (Throwable) null);
    }

    /** As {@link #RenderException(Code, String)}, with a cause. */
    public RenderException(Code code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    /** A failure of {@code code}, its message to translate; the template position is read from the start of its English text. */
    public RenderException(Code code, Message text) {
        this(code, text, (Throwable) null);
    }

    /** As {@link #RenderException(Code, Message)}, with a cause. */
    public RenderException(Code code, Message text, Throwable cause) {
        this(code, text.toString(), text, cause);
    }

    private RenderException(Code code, String message, Message text, Throwable cause) {
        super(message, cause);
        this.text = text;
        this.code = java.util.Objects.requireNonNull(code, "code");
        Matcher at = message == null ? null : AT.matcher(message);
        if (at != null && at.find()) {
            this.template = at.group(1);
            this.line = Integer.valueOf(at.group(2));
            this.column = Integer.valueOf(at.group(3));
        } else {
            this.template = null;
            this.line = null;
            this.column = null;
        }
    }

    /**
     * A failure at a template position.
     *
     * @param template the template's name ("plan.ftlx", "parts/header.ftlx"); null when not from a template
     * @param line     1-based line; null when unknown
     * @param column   1-based column; null when unknown
     */
    public RenderException(Code code, String message, String template, Integer line, Integer column) {
        this(code, message, null, template, line, column);
    }

    /** As {@link #RenderException(Code, String, String, Integer, Integer)}, its message to translate. */
    public RenderException(Code code, Message text, String template, Integer line, Integer column) {
        this(code, text.toString(), text, template, line, column);
    }

    private RenderException(Code code, String message, Message text, String template, Integer line, Integer column) {
        super(message);
        this.code = java.util.Objects.requireNonNull(code, "code");
        this.text = text;
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** The message in Vietnamese when {@code locale} is Vietnamese, in English otherwise (as given, when made from a plain text). */
    public String message(Locale locale) {
        return text == null ? getMessage() : text.text(locale);
    }

    /** The message to translate; null for an exception made from a plain text. */
    Message text() {
        return text;
    }

    /** What kind of failure. */
    public Code code() {
        return code;
    }

    /** The template the failure is in ("plan.ftlx"); null when it does not come from a template. */
    public String template() {
        return template;
    }

    /** The 1-based line in {@link #template()}; null when it does not come from a template. */
    public Integer line() {
        return line;
    }

    /** The 1-based column in {@link #template()}; null when it does not come from a template. */
    public Integer column() {
        return column;
    }
}

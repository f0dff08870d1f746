package vn.vanban4j.render;

/** A document could not be rendered: a template error (with template name, line and column) or bad output. */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.vanban4j.render;

/**
 * The one error type of the renderer module: a template error (template name, line and column), a
 * limit crossed, a workbook problem ({@link FormWorkbook.FormErrors}, by sheet and cell), LibreOffice
 * missing or failing. The message names where and what, on one line per problem.
 */
public class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}

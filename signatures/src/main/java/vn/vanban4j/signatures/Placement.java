package vn.vanban4j.signatures;

/**
 * Where a visible signature goes: a page (1 = first) and a rectangle in points (1/72 inch) measured from the
 * page's top left corner, as a layout program gives it. {@link #attachmentCorner()} is the top right corner
 * of the first page, where NĐ 30 puts a body's signature on an attachment.
 *
 * @param page   the page, 1 for the first; 0 with {@code corner} for the attachment corner
 * @param x      the left edge, from the page's left
 * @param y      the top edge, from the page's top
 * @param width  the width
 * @param height the height
 * @param corner true for the attachment corner (x and y are then margins from the top right)
 */
public record Placement(int page, float x, float y, float width, float height, boolean corner) {

    public Placement {
        if (page < 1 || width <= 0 || height <= 0 || x < 0 || y < 0) {
            throw new IllegalArgumentException("a placement needs a page from 1, a positive size and a position on the page");
        }
    }

    /** The rectangle at {@code (x, y)} (top left, in points) of {@code page} (1 for the first). */
    public static Placement at(int page, float x, float y, float width, float height) {
        return new Placement(page, x, y, width, height, false);
    }

    /**
     * The named destination that marks the n-th blank signature space in a PDF this library rendered
     * ({@code vanban4jsignature1} ...: the report-renderer's DOCX bookmark, which LibreOffice exports as a destination).
     */
    public static final String SIGNATURE_SPACE = "vanban4jsignature";

    /** The size given to a signature placed in a rendered signature space: 6 cm by 2.5 cm. */
    public static final float SPACE_WIDTH = 170f;
    public static final float SPACE_HEIGHT = 70.9f;

    /** The top right corner of the first page, 1.5 cm from the edges, 7 cm by 2.5 cm. */
    public static Placement attachmentCorner() {
        return new Placement(1, 42.5f, 42.5f, 198.4f, 70.9f, true);
    }
}

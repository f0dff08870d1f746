package vn.vanban4j.render.internal;

import vn.vanban4j.render.Images;

/**
 * A body's logo in the page-1 header: at most {@link #MAX_MM} wide and tall, at the issuer column's left, the
 * issuer's lines centred in the rest of the column ({@link #GAP_MM} clear of it), so the logo never pushes them
 * below the title on the right.
 */
final class Logo {
    /** The widest and tallest a logo is set, in millimetres. */
    static final int MAX_MM = 16;
    /** The space between the logo and the issuer's lines, in millimetres. */
    static final double GAP_MM = 1.5;
    static final long EMU_PER_MM = 36000;

    private Logo() {
    }

    /** The logo's width and height in EMU: its own size at 96 dpi, scaled down to fit {@link #MAX_MM} square. */
    static long[] extent(Images.Image image) {
        double scale = Math.min(1, Math.min(MAX_MM * EMU_PER_MM / (image.width() * 9525.0), MAX_MM * EMU_PER_MM / (image.height() * 9525.0)));
        return new long[] {Math.round(image.width() * 9525.0 * scale), Math.round(image.height() * 9525.0 * scale)};
    }
}

package vn.vanban4j.render;

import java.time.Duration;

/**
 * Bounds on one template run, so that a template author's mistake or a hostile template cannot
 * take the host down. Each bound, when crossed, stops the run with a {@link RenderException}
 * naming the template, line and column where the run was.
 *
 * @param templateTime the longest a template may run for one document
 * @param outputChars the most characters of block XML a template may write for one document
 * @param nestingDepth the deepest nesting of directives, macro calls and includes (a macro that
 *     calls itself without end reaches it quickly)
 */
public record RenderLimits(Duration templateTime, long outputChars, int nestingDepth) {
    /** 10 s, 20 million characters (the largest real plan writes about 0.2 million), 400 levels. */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(10), 20_000_000, 400);

    public RenderLimits {
        if (templateTime == null || templateTime.isNegative() || templateTime.isZero()) {
            throw new IllegalArgumentException("templateTime must be positive");
        }
        if (outputChars < 1 || nestingDepth < 1) {
            throw new IllegalArgumentException("outputChars and nestingDepth must be positive");
        }
    }

    /** These limits with another run time. */
    public RenderLimits withTemplateTime(Duration time) {
        return new RenderLimits(time, outputChars, nestingDepth);
    }

    /** These limits with another output size. */
    public RenderLimits withOutputChars(long chars) {
        return new RenderLimits(templateTime, chars, nestingDepth);
    }

    /** These limits with another nesting depth. */
    public RenderLimits withNestingDepth(int depth) {
        return new RenderLimits(templateTime, outputChars, depth);
    }
}

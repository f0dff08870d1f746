package vn.vanban4j.render;

import java.time.Duration;

/**
 * Bounds on one template run, so that a template author's mistake or a hostile template cannot
 * take the host down. Each bound, when crossed, stops the run with a {@link RenderException}
 * naming the template, line and column where the run was, and the setting to change.
 *
 * @param templateTime the longest a template may run for one document, parsing and built-ins
 *     ({@code ?join}, {@code ?sort} ...) included
 * @param outputChars the most characters of block XML a template may write for one document,
 *     and the most it may hold in one {@code <#attempt>} or {@code <#assign x>...</#assign>} buffer
 * @param nestingDepth the deepest nesting of directives, macro calls and includes while running
 *     (a macro that calls itself without end reaches it quickly), and of directives and brackets
 *     in a template's text, checked before it is parsed
 * @param templateBytes the largest template file, in UTF-8 bytes, checked before it is parsed
 * @param memoryBytes the most memory one run may allocate (garbage included, as the JVM counts it
 *     for the run's thread); a bound on what a run can hold
 * @param imagePixels the most pixels (width times height) of an image put in a document
 */
public record RenderLimits(Duration templateTime, long outputChars, int nestingDepth, long templateBytes, long memoryBytes,
        long imagePixels) {
    /**
     * 10 s, 20 million characters (the largest real plan writes about 0.2 million), 400 levels,
     * 1 MB templates (the shipped ones are under 4 KB), 1 GB allocated a run (checked every 10 ms;
     * the largest seed plan's run takes about 10 ms), 40 megapixels an image.
     */
    public static final RenderLimits DEFAULT = new RenderLimits(Duration.ofSeconds(10), 20_000_000, 400, 1 << 20, 1L << 30,
            40_000_000);

    public RenderLimits {
        if (templateTime == null || templateTime.isNegative() || templateTime.isZero()) {
            throw new IllegalArgumentException("templateTime must be positive");
        }
        if (outputChars < 1 || nestingDepth < 1 || templateBytes < 1 || memoryBytes < 1 || imagePixels < 1) {
            throw new IllegalArgumentException("outputChars, nestingDepth, templateBytes, memoryBytes and imagePixels must be positive");
        }
    }

    /** Time, output and nesting as given; the other bounds as in {@link #DEFAULT}. */
    public RenderLimits(Duration templateTime, long outputChars, int nestingDepth) {
        this(templateTime, outputChars, nestingDepth, DEFAULT.templateBytes, DEFAULT.memoryBytes, DEFAULT.imagePixels);
    }

    /** These limits with another run time. */
    public RenderLimits withTemplateTime(Duration time) {
        return new RenderLimits(time, outputChars, nestingDepth, templateBytes, memoryBytes, imagePixels);
    }

    /** These limits with another output size. */
    public RenderLimits withOutputChars(long chars) {
        return new RenderLimits(templateTime, chars, nestingDepth, templateBytes, memoryBytes, imagePixels);
    }

    /** These limits with another nesting depth. */
    public RenderLimits withNestingDepth(int depth) {
        return new RenderLimits(templateTime, outputChars, depth, templateBytes, memoryBytes, imagePixels);
    }

    /** These limits with another largest template file. */
    public RenderLimits withTemplateBytes(long bytes) {
        return new RenderLimits(templateTime, outputChars, nestingDepth, bytes, memoryBytes, imagePixels);
    }

    /** These limits with another bound on the memory a run allocates. */
    public RenderLimits withMemoryBytes(long bytes) {
        return new RenderLimits(templateTime, outputChars, nestingDepth, templateBytes, bytes, imagePixels);
    }

    /** These limits with another largest image, in pixels. */
    public RenderLimits withImagePixels(long pixels) {
        return new RenderLimits(templateTime, outputChars, nestingDepth, templateBytes, memoryBytes, pixels);
    }
}

package vn.vanban4j.importer;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on a document read in, checked while it is read, so that a received file built to exhaust
 * the host (a zip bomb, 20,000 footnotes, tables nested 10,000 deep, a PDF whose forms draw each other
 * a billion times, a 60 MB text) is refused with one line naming the file, the limit and its setting.
 * The defaults hold any real document many times over: a 300-page plan uses a fraction of each.
 *
 * @param fileBytes          the largest input file ({@code fileBytes})
 * @param unzippedBytes      the most bytes a DOCX's parts may hold once unzipped ({@code unzippedBytes})
 * @param zipEntries         the most parts a DOCX may hold ({@code zipEntries})
 * @param xmlDepth           the deepest a DOCX part's XML may nest: tables, content controls ({@code xmlDepth})
 * @param paragraphs         the most paragraphs, table rows or text lines ({@code paragraphs})
 * @param footnotes          the most footnotes and footnote marks ({@code footnotes})
 * @param pages              the most pages of a PDF ({@code pages})
 * @param glyphsPerPage      the most glyphs a PDF page may draw ({@code glyphsPerPage})
 * @param contentBytes       the most bytes a PDF page's content may unpack to ({@code contentBytes})
 * @param formCalls          the most times a PDF page may draw forms, nested or not ({@code formCalls})
 * @param textChars          the most characters of text in all ({@code textChars})
 * @param lineChars          the longest line or paragraph ({@code lineChars})
 * @param time               the longest an import may run ({@code time})
 */
public record ImportLimits(long fileBytes, long unzippedBytes, int zipEntries, int xmlDepth, int paragraphs, int footnotes,
        int pages, int glyphsPerPage, long contentBytes, int formCalls, long textChars, int lineChars, Duration time) {

    /**
     * 64 MB file, 256 MB unzipped in at most 1,000 parts, XML 200 levels deep, 100,000 paragraphs,
     * 5,000 footnotes, 2,000 pages of at most 100,000 glyphs and 16 MB of content and 2,000 form
     * draws each, 20 million characters, 200,000 characters a line, 60 s.
     */
    public static final ImportLimits DEFAULT = new ImportLimits(64L << 20, 256L << 20, 1_000, 200, 100_000, 5_000, 2_000,
            100_000, 16L << 20, 2_000, 20_000_000, 200_000, Duration.ofSeconds(60));

    public ImportLimits {
        Objects.requireNonNull(time, "time");
        if (fileBytes < 1 || unzippedBytes < 1 || zipEntries < 1 || xmlDepth < 1 || paragraphs < 1 || footnotes < 0 || pages < 1
                || glyphsPerPage < 1 || contentBytes < 1 || formCalls < 0 || textChars < 1 || lineChars < 1 || time.isNegative()
                || time.isZero()) {
            throw new IllegalArgumentException("every import limit must be positive");
        }
    }

    /** These limits with another time limit. */
    public ImportLimits withTime(Duration value) {
        return new ImportLimits(fileBytes, unzippedBytes, zipEntries, xmlDepth, paragraphs, footnotes, pages, glyphsPerPage,
                contentBytes, formCalls, textChars, lineChars, value);
    }

    /** These limits with another largest file. */
    public ImportLimits withFileBytes(long value) {
        return new ImportLimits(value, unzippedBytes, zipEntries, xmlDepth, paragraphs, footnotes, pages, glyphsPerPage,
                contentBytes, formCalls, textChars, lineChars, time);
    }

    /** These limits with another number of paragraphs or lines. */
    public ImportLimits withParagraphs(int value) {
        return new ImportLimits(fileBytes, unzippedBytes, zipEntries, xmlDepth, value, footnotes, pages, glyphsPerPage,
                contentBytes, formCalls, textChars, lineChars, time);
    }

    /** These limits with another number of pages. */
    public ImportLimits withPages(int value) {
        return new ImportLimits(fileBytes, unzippedBytes, zipEntries, xmlDepth, paragraphs, footnotes, value, glyphsPerPage,
                contentBytes, formCalls, textChars, lineChars, time);
    }
}

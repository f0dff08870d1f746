package vn.vanban4j.render;

/**
 * Bounds on a workbook a unit sends in, checked before it is parsed, so that a workbook of a
 * million rows or a zip bomb is refused with a plain message instead of exhausting the heap. The
 * defaults hold any real form workbook many times over and keep a 2,000-unit consolidation well
 * inside a 512 MB heap.
 *
 * @param fileBytes the largest workbook file
 * @param uncompressedBytes the most bytes all its parts may hold once unzipped
 * @param rowsPerSheet the most rows a sheet may hold, however its XML is encoded
 * @param cells the most cells in the whole workbook
 * @param textChars the longest text a cell may hold
 */
public record WorkbookLimits(long fileBytes, long uncompressedBytes, int rowsPerSheet, int cells, int textChars) {
    /** 5 MB file, 20 MB unzipped, 5,000 rows a sheet, 100,000 cells, 5,000 characters a cell. */
    public static final WorkbookLimits DEFAULT = new WorkbookLimits(5L << 20, 20L << 20, 5_000, 100_000, 5_000);

    public WorkbookLimits {
        if (fileBytes < 1 || uncompressedBytes < 1 || rowsPerSheet < 1 || cells < 1 || textChars < 1) {
            throw new IllegalArgumentException("every workbook limit must be positive");
        }
    }
}

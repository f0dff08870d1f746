package vn.vanban4j.importer;

/**
 * What the importer found for one field, or could not find, and where.
 *
 * @param field      the field's JSON path in the plan ("$.number", "$.signatures[0].signer")
 * @param value      the value read; null when the field was not found
 * @param source     where it was read ("paragraph 3", "line 12", "header table, left cell"); null when not found
 * @param confidence how sure the reading is, from 0 (not found) to 1 (read as written, in its usual place)
 * @param status     found, missing, corrected or left over
 */
public record Finding(String field, String value, String source, double confidence, Status status) {

    /** What became of a field. */
    public enum Status {
        /** Read as written. */
        FOUND,
        /** Read, with a known extraction slip put right ("TÍNH ỦY" to "TỈNH ỦY"); the value is the corrected one. */
        CORRECTED,
        /** Not in the document, or not readable: the field stays empty. */
        MISSING,
        /** Text the importer could not place; kept in the finding, not in the plan. */
        LEFT_OVER
    }

    @Override
    public String toString() {
        return field + ": " + (value == null ? "-" : value) + " [" + status.name().toLowerCase(java.util.Locale.ROOT)
                + (source == null ? "" : ", " + source) + ", " + String.format(java.util.Locale.ROOT, "%.2f", confidence) + "]";
    }
}

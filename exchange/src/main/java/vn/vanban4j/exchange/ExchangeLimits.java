package vn.vanban4j.exchange;

import vn.vanban4j.importer.ImportLimits;

/**
 * Bounds on a package read in; crossing one stops the read with an {@link ExchangeException}
 * naming the limit.
 *
 * @param packageBytes    the package file, counted on the bytes read
 * @param attachments     attachments in a package
 * @param attachmentBytes one attachment, decoded, counted while decoding
 * @param depth           element nesting
 * @param textChars       the text of one element other than an attachment's content
 * @param elements        elements outside the attachments' content
 * @param importLimits    the limits the attached DOCX or PDF is read in under
 */
public record ExchangeLimits(long packageBytes, int attachments, long attachmentBytes, int depth, int textChars,
        int elements, ImportLimits importLimits) {
    /** 128 MB a package, 50 attachments of 64 MB, 32 levels, 1 million characters an element, 10,000 elements. */
    public static final ExchangeLimits DEFAULT = new ExchangeLimits(128L << 20, 50, 64L << 20, 32, 1_000_000, 10_000,
            ImportLimits.DEFAULT);

    public ExchangeLimits {
        if (packageBytes <= 0 || attachments < 0 || attachmentBytes <= 0 || depth <= 0 || textChars <= 0
                || elements <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        java.util.Objects.requireNonNull(importLimits, "importLimits");
    }

    public ExchangeLimits withPackageBytes(long value) {
        return new ExchangeLimits(value, attachments, attachmentBytes, depth, textChars, elements, importLimits);
    }

    public ExchangeLimits withAttachmentBytes(long value) {
        return new ExchangeLimits(packageBytes, attachments, value, depth, textChars, elements, importLimits);
    }
}

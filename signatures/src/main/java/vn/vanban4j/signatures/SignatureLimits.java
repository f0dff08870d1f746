package vn.vanban4j.signatures;

/**
 * Bounds on a PDF whose signatures are read, so that a hostile file is refused with one line naming the
 * file and the limit rather than exhausting the host.
 *
 * @param fileBytes  the largest PDF ({@code fileBytes})
 * @param signatures the most signatures one PDF may carry ({@code signatures})
 * @param cmsBytes   the largest signature value (the CMS in /Contents) ({@code cmsBytes})
 */
public record SignatureLimits(long fileBytes, int signatures, int cmsBytes) {

    /** 64 MB file (as the importer), 100 signatures, 1 MB of CMS each (real ones hold 8 to 30 KB). */
    public static final SignatureLimits DEFAULT = new SignatureLimits(64L << 20, 100, 1 << 20);

    public SignatureLimits {
        if (fileBytes < 1 || signatures < 1 || cmsBytes < 1) {
            throw new IllegalArgumentException("every signature limit must be positive");
        }
    }
}

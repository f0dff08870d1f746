package vn.vanban4j.exchange;

import java.time.LocalDate;

/**
 * The package a message refers to ({@code ResponseFor}): the one a status message answers, or the
 * one a revocation takes back.
 *
 * @param organId          the sender of that package
 * @param code             its number and notation as written ("7816/VPCP-TTĐT")
 * @param promulgationDate its promulgation date
 * @param documentId       its {@code DocumentId} ("000.00.00.G22,2015/09/30,7816/VPCP-TTĐT")
 */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
    public ResponseFor {
        if (documentId == null || documentId.isBlank()) {
            throw new IllegalArgumentException("the package referred to needs its DocumentId");
        }
    }
}

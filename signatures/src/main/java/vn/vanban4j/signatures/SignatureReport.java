package vn.vanban4j.signatures;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * One signature of a PDF, as read and checked.
 *
 * @param field            the signature field's name ("Signature1")
 * @param signer           the signer certificate's common name (CN): a person, or a body for the body's signature
 * @param body             the signer's body: the certificate's organisational unit (OU), else its organisation (O); "" when neither
 * @param distinguishedName the signer certificate's full subject
 * @param time             the signing time the signature claims (CMS signing-time, else the dictionary's /M), in Vietnam time (+07:00); empty when neither
 * @param algorithm        the digest algorithm ("SHA-256", "SHA-1")
 * @param subFilter        the signature's format ("adbe.pkcs7.detached", "ETSI.CAdES.detached")
 * @param coversWholeFile  true when the signed byte ranges reach the end of the file
 * @param additions        what the file gained after this signature ("signature Signature2", "annotation FreeText on page 1",
 *                         "content of page 2"), empty when it covers the whole file
 * @param additionsAllowed true when every addition is of a kind a later signer may make (a signature, a form field, an annotation such
 *                         as the clerk's number and date) and the pages themselves are unchanged
 * @param intact           true when the signed bytes hash to the digest the signature holds and the CMS signature over it verifies
 * @param problem          why the signature is not intact, empty when it is
 * @param trust            the chain's status against the host's trust store
 * @param trustDetail      what the chain check found ("issuer unknown: CN=...", "trusted: CN=...")
 */
public record SignatureReport(String field, String signer, String body, String distinguishedName, Optional<OffsetDateTime> time,
        String algorithm, String subFilter, boolean coversWholeFile, List<String> additions, boolean additionsAllowed,
        boolean intact, Optional<String> problem, Trust trust, String trustDetail) {

    /** Signing times as NĐ 30 writes them: {@code 2026-07-17T15:48:21+07:00}, seconds always shown. */
    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    public SignatureReport {
        additions = List.copyOf(additions);
    }

    /** The signing time in {@link #TIME_FORMAT}, empty when the signature names none. */
    public Optional<String> timeText() {
        return time.map(TIME_FORMAT::format);
    }

    /**
     * True when the certificate is a body's rather than a person's: its common name is the body's name, in capitals
     * ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") or the same as its organisation ("Bộ Công Thương").
     */
    public boolean bodyCertificate() {
        return !signer.isEmpty() && (signer.equals(signer.toUpperCase(java.util.Locale.ROOT)) || signer.equalsIgnoreCase(body));
    }
}

package vn.vanban4j.signatures;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * A signer's key, wherever it lives: a PKCS #12 file ({@link Pkcs12SigningKey}), a USB token through PKCS #11
 * (a {@code SunPKCS11} key store's private key), or a remote signing service. The library builds the CMS and
 * asks the key for the one raw signature it needs.
 */
public interface SigningKey {

    /** The signer's certificate first, then the certificates up to (not necessarily including) the root. */
    List<X509Certificate> chain();

    /** The JCA signature algorithm the key signs with, SHA-256 based: "SHA256withRSA", "SHA256withECDSA". */
    String algorithm();

    /**
     * The raw signature of {@code data} (the DER encoding of the CMS signed attributes) with {@link #algorithm()}:
     * a service that signs digests signs the SHA-256 digest of {@code data}.
     */
    byte[] sign(byte[] data) throws GeneralSecurityException, IOException;
}

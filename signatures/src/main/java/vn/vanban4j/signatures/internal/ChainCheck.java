package vn.vanban4j.signatures.internal;

import java.security.GeneralSecurityException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vanban4j.signatures.Trust;

/**
 * A signer's certificate chained (PKIX, through the certificates the CMS carries) to the host's trusted
 * certificates, as of the signing time; revocation is not checked (no network).
 *
 * @param trust  the result
 * @param detail what was found, for the clerk
 */
public record ChainCheck(Trust trust, String detail) {

    public static ChainCheck of(X509Certificate signer, List<X509Certificate> carried, Set<X509Certificate> trusted, Instant at) {
        if (trusted.isEmpty()) {
            return new ChainCheck(Trust.UNTRUSTED, "issuer unknown: no trusted certificates given");
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            Set<TrustAnchor> anchors = trusted.stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
            PKIXBuilderParameters params = new PKIXBuilderParameters(anchors, target);
            params.setRevocationEnabled(false);
            params.setDate(Date.from(at));
            params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params);
            return new ChainCheck(Trust.TRUSTED, "trusted: " + result.getTrustAnchor().getTrustedCert().getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return new ChainCheck(Trust.UNTRUSTED, "issuer unknown or certificate not valid at signing time: "
                    + signer.getIssuerX500Principal());
        }
    }
}

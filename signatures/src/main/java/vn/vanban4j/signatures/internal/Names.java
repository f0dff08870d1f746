package vn.vanban4j.signatures.internal;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** The parts of a certificate's subject a clerk reads: the common name, the organisational unit, the organisation. */
public final class Names {
    private Names() {
    }

    /** The subject's CN, "" when it has none. */
    public static String commonName(X509Certificate cert) {
        return first(cert, BCStyle.CN);
    }

    /** The subject's OU, else its O, "" when it has neither. */
    public static String body(X509Certificate cert) {
        String unit = first(cert, BCStyle.OU);
        return unit.isEmpty() ? first(cert, BCStyle.O) : unit;
    }

    /** The subject as pdfsig and RFC 4514 readers print it, most specific part first ("CN=..., O=..., C=VN"). */
    public static String distinguishedName(X509Certificate cert) {
        RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs();
        List<String> parts = new ArrayList<>();
        for (int i = rdns.length - 1; i >= 0; i--) {
            ASN1ObjectIdentifier type = rdns[i].getFirst().getType();
            String name = BCStyle.INSTANCE.oidToDisplayName(type);
            parts.add((name == null ? type.getId() : name) + "=" + text(rdns[i]));
        }
        return String.join(",", parts);
    }

    private static String first(X509Certificate cert, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded()).getRDNs(type);
        return rdns.length == 0 ? "" : text(rdns[0]);
    }

    private static String text(RDN rdn) {
        return rdn.getFirst().getValue() instanceof ASN1String s ? s.getString() : rdn.getFirst().getValue().toString();
    }
}

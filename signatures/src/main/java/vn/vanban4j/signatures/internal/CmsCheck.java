package vn.vanban4j.signatures.internal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * One CMS (PKCS #7) signature checked against the bytes it signs: the digest of the signed ranges against the
 * message-digest it holds, then the signature value over its signed attributes with the signer's public key.
 *
 * @param signer       the signer's certificate
 * @param certificates every certificate the CMS carries (for the chain)
 * @param algorithm    the digest algorithm ("SHA-256")
 * @param signingTime  the signing-time attribute, when present
 * @param problem      why it is not intact, empty when it is
 */
public record CmsCheck(X509Certificate signer, List<X509Certificate> certificates, String algorithm, Optional<Instant> signingTime,
        Optional<String> problem) {

    private static final Map<String, String> DIGESTS = Map.of("1.3.14.3.2.26", "SHA-1", "2.16.840.1.101.3.4.2.1", "SHA-256",
            "2.16.840.1.101.3.4.2.2", "SHA-384", "2.16.840.1.101.3.4.2.3", "SHA-512", "2.16.840.1.101.3.4.2.4", "SHA-224");

    /**
     * @param cms      the signature value (/Contents), trailing zero padding allowed
     * @param signed   the signed byte ranges, concatenated
     * @param sha1Sub  true for the old adbe.pkcs7.sha1 form, whose CMS signs the SHA-1 digest of the ranges
     * @throws IllegalArgumentException naming what is malformed when the CMS cannot be read at all
     */
    public static CmsCheck of(byte[] cms, byte[] signed, boolean sha1Sub) {
        try {
            ContentInfo info0 = contentInfo(cms);
            CMSSignedData data = sha1Sub ? new CMSSignedData(info0) : new CMSSignedData(new CMSProcessableByteArray(signed), info0);
            Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                throw new IllegalArgumentException("the CMS holds " + signers.size() + " signers, expected one");
            }
            SignerInformation info = signers.iterator().next();
            List<X509Certificate> certs = certificates(data.getCertificates());
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = data.getCertificates().getMatches(info.getSID());
            if (matches.isEmpty()) {
                throw new IllegalArgumentException("the CMS does not carry the signer's certificate");
            }
            X509Certificate signer = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
            String algorithm = DIGESTS.getOrDefault(info.getDigestAlgOID(), info.getDigestAlgOID());
            return new CmsCheck(signer, certs, algorithm, signingTime(info), problem(info, signer, algorithm, signed, sha1Sub, data));
        } catch (CMSException | CertificateException e) {
            throw new IllegalArgumentException("the signature value is not a readable CMS: " + e.getMessage(), e);
        }
    }

    // the first DER object of the value: /Contents is padded with zeros to its reserved size
    private static ContentInfo contentInfo(byte[] cms) {
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw new IllegalArgumentException("the signature value is empty");
            }
            return ContentInfo.getInstance(first);
        } catch (IOException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("the signature value is not a readable CMS: " + e.getMessage(), e);
        }
    }

    private static Optional<String> problem(SignerInformation info, X509Certificate signer, String algorithm, byte[] signed,
            boolean sha1Sub, CMSSignedData data) {
        Optional<String> digest = digestProblem(info, algorithm, signed, sha1Sub, data);
        if (digest.isPresent()) {
            return digest;
        }
        try {
            if (!info.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signer.getPublicKey()))) {
                return Optional.of("the signature value does not verify with the signer's key");
            }
            return Optional.empty();
        } catch (OperatorCreationException | CMSException e) {
            return Optional.of("the signature value does not verify with the signer's key: " + e.getMessage());
        }
    }

    // the ranges' digest against the message-digest attribute (or, for adbe.pkcs7.sha1, the signed SHA-1 digest)
    private static Optional<String> digestProblem(SignerInformation info, String algorithm, byte[] signed, boolean sha1Sub,
            CMSSignedData data) {
        try {
            byte[] expected;
            byte[] actual;
            if (sha1Sub) {
                expected = (byte[]) data.getSignedContent().getContent();
                actual = MessageDigest.getInstance("SHA-1").digest(signed);
            } else {
                AttributeTable attributes = info.getSignedAttributes();
                Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.messageDigest);
                if (attribute == null) {
                    return Optional.empty(); // no signed attributes: the signature value itself covers the content
                }
                expected = ASN1OctetString.getInstance(attribute.getAttrValues().getObjectAt(0)).getOctets();
                actual = MessageDigest.getInstance(algorithm).digest(signed);
            }
            return Arrays.equals(expected, actual) ? Optional.empty()
                    : Optional.of("the signed bytes were changed: their " + (sha1Sub ? "SHA-1" : algorithm)
                            + " digest differs from the one signed");
        } catch (NoSuchAlgorithmException e) {
            return Optional.of("unknown digest algorithm " + algorithm);
        }
    }

    private static Optional<Instant> signingTime(SignerInformation info) {
        AttributeTable attributes = info.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null) {
            return Optional.empty();
        }
        return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
    }

    private static List<X509Certificate> certificates(Store<X509CertificateHolder> store) throws CertificateException {
        List<X509Certificate> certs = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            certs.add(converter.getCertificate(holder));
        }
        return certs;
    }
}

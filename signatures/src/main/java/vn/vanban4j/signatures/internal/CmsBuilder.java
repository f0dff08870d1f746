package vn.vanban4j.signatures.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Map;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import vn.vanban4j.signatures.SigningKey;
import vn.vanban4j.signatures.TimestampAuthority;

/**
 * The CMS of a PAdES baseline signature: detached, SHA-256, signed attributes content-type, message-digest and
 * signing-certificate-v2 (no signing-time: PAdES takes the time from the signature dictionary), the chain;
 * with a timestamp authority, its token over the signature value as an unsigned attribute (B-T).
 */
public final class CmsBuilder {
    private CmsBuilder() {
    }

    public static byte[] build(byte[] content, SigningKey key, TimestampAuthority tsa) throws IOException, GeneralSecurityException {
        try {
            X509Certificate cert = key.chain().get(0);
            JcaX509CertificateHolder holder = new JcaX509CertificateHolder(cert);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesAttributes(signingCertificate(cert, holder)))
                    .build(new KeySigner(key), holder));
            generator.addCertificates(new JcaCertStore(key.chain()));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return (tsa == null ? signed : timestamped(signed, tsa)).getEncoded();
        } catch (OperatorCreationException | CMSException e) {
            throw new GeneralSecurityException("the CMS signature cannot be built: " + e.getMessage(), e);
        }
    }

    private static AttributeTable signingCertificate(X509Certificate cert, JcaX509CertificateHolder holder)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(holder.getIssuer()))),
                holder.getSerialNumber());
        SigningCertificateV2 value = new SigningCertificateV2(
                new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash, issuer));
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value)));
        return new AttributeTable(attributes);
    }

    // B-T: the TSA's token over the signature value, as the signature-time-stamp unsigned attribute
    private static CMSSignedData timestamped(CMSSignedData signed, TimestampAuthority tsa)
            throws IOException, GeneralSecurityException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
        TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
        requests.setCertReq(true);
        TimeStampRequest request = requests.generate(TSPAlgorithms.SHA256, digest, new BigInteger(64, new SecureRandom()));
        try {
            TimeStampResponse response = new TimeStampResponse(tsa.respond(request.getEncoded()));
            response.validate(request);
            if (response.getTimeStampToken() == null) {
                throw new IOException("the timestamp authority refused: " + response.getStatusString());
            }
            ASN1EncodableVector unsigned = new ASN1EncodableVector();
            unsigned.add(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                    new DERSet(response.getTimeStampToken().toCMSSignedData().toASN1Structure())));
            SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, new AttributeTable(unsigned));
            return CMSSignedData.replaceSigners(signed, new SignerInformationStore(Collections.singletonList(stamped)));
        } catch (TSPException e) {
            throw new IOException("the timestamp authority's answer is not valid: " + e.getMessage(), e);
        }
    }

    /** The standard signed attributes without signing-time, plus signing-certificate-v2. */
    private static final class PadesAttributes extends DefaultSignedAttributeTableGenerator {
        PadesAttributes(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected Hashtable createStandardAttributeTable(Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Object> table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /** A BC content signer that hands the signed attributes to the host's key. */
    private static final class KeySigner implements ContentSigner {
        private final SigningKey key;
        private final AlgorithmIdentifier algorithm;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        KeySigner(SigningKey key) {
            this.key = key;
            this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(key.algorithm());
        }

        @Override
        public AlgorithmIdentifier getAlgorithmIdentifier() {
            return algorithm;
        }

        @Override
        public OutputStream getOutputStream() {
            return data;
        }

        @Override
        public byte[] getSignature() {
            try {
                return key.sign(data.toByteArray());
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException("the signing key failed: " + e.getMessage(), e);
            }
        }
    }
}

package vn.vanban4j.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.junit.jupiter.api.Test;

/** PAdES baseline B-T: a timestamp authority's token over the signature value, here from a TSA built in the test. */
class TimestampTest {
    private static final Date TSA_TIME = Date.from(TestSigning.SIGNED.plusSeconds(2));

    @Test
    void withATimestampAuthorityTheSignatureCarriesItsTokenOverTheSignatureValue() throws Exception {
        TestKeys.Issued tsa = TestKeys.selfSigned("CN=Test TSA,O=vanban4j test,C=VN", true);
        byte[] signed = PdfSignatures.standard().sign(TestKeys.pdf(), "t.pdf", TestSigning.PERSON,
                SignOptions.of(SignOptions.Role.SIGNER, TestSigning.SIGNED).withTimestamps(request -> respond(tsa, request)));

        assertThat(PdfSignatures.standard().verify(signed, "t.pdf")).singleElement().satisfies(r -> assertThat(r.intact()).isTrue());
        SignerInformation signer = signerOf(signed);
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        assertThat(attribute).as("signature-time-stamp attribute").isNotNull();
        TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(attribute.getAttrValues().getObjectAt(0)));
        token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(tsa.cert()));
        assertThat(token.getTimeStampInfo().getMessageImprintDigest())
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(signer.getSignature()));
        assertThat(token.getTimeStampInfo().getGenTime()).isEqualTo(TSA_TIME);
        // baseline B attributes: signing-certificate-v2 present, signing-time absent
        assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
        assertThat(signer.getSignedAttributes().get(new ASN1ObjectIdentifier("1.2.840.113549.1.9.5"))).isNull();
    }

    @Test
    void aTimestampAuthorityThatFailsLeavesNoSignature() throws Exception {
        assertThatThrownBy(() -> PdfSignatures.standard().sign(TestKeys.pdf(), "t.pdf", TestSigning.PERSON,
                SignOptions.of(SignOptions.Role.SIGNER, TestSigning.SIGNED).withTimestamps(request -> new byte[] {1, 2, 3})))
                .isInstanceOf(SignatureException.class).hasMessageStartingWith("t.pdf: cannot be signed");
    }

    private static SignerInformation signerOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = doc.getLastSignatureDictionary();
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents())) {
                CMSSignedData data = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
                return data.getSignerInfos().getSigners().iterator().next();
            }
        }
    }

    private static byte[] respond(TestKeys.Issued tsa, byte[] request) throws java.io.IOException {
        try {
            TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build()).build(new JcaContentSignerBuilder("SHA256withRSA").build(tsa.key()),
                    tsa.cert()), new JcaDigestCalculatorProviderBuilder().build().get(
                            new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1)),
                    new ASN1ObjectIdentifier("1.2.3.4.1"));
            tokens.addCertificates(new JcaCertStore(List.of(tsa.cert())));
            TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
            return responses.generate(new TimeStampRequest(request), BigInteger.ONE, TSA_TIME).getEncoded();
        } catch (Exception e) {
            throw new java.io.IOException(e);
        }
    }
}

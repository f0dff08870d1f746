package vn.vanban4j.signatures.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import vn.vanban4j.signatures.Placement;
import vn.vanban4j.signatures.SignOptions;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureLimits;
import vn.vanban4j.signatures.SigningKey;

/** Adds one signature to a PDF as an incremental update, so that the signatures before it stay intact. */
public final class SignatureWriter {
    /** Room for the CMS: the chain, the signature, a timestamp token with its own chain. */
    private static final int RESERVED_BYTES = 32 * 1024;

    private SignatureWriter() {
    }

    public static byte[] sign(byte[] pdf, String name, SigningKey key, SignOptions options, SignatureLimits limits) {
        if (pdf.length > limits.fileBytes()) {
            throw new SignatureException(name + ": the file is " + pdf.length + " bytes, more than the limit of "
                    + limits.fileBytes() + " (SignatureLimits.fileBytes)");
        }
        X509Certificate cert = key.chain().get(0);
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions signatureOptions = new SignatureOptions()) {
            if (doc.getSignatureFields().size() >= limits.signatures()) {
                throw new SignatureException(name + ": already " + doc.getSignatureFields().size() + " signatures, the limit"
                        + " (SignatureLimits.signatures)");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(Names.commonName(cert));
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(SignatureReader.VIETNAM));
            when.setTimeInMillis(options.time().toEpochMilli());
            signature.setSignDate(when);
            signatureOptions.setPreferredSignatureSize(RESERVED_BYTES);
            Placement placement = options.placement().orElse(null);
            if (placement != null) {
                if (placement.page() > doc.getNumberOfPages()) {
                    throw new SignatureException(name + ": no page " + placement.page() + " (the document has "
                            + doc.getNumberOfPages() + ")");
                }
                PDPage page = doc.getPage(placement.page() - 1);
                PDRectangle rect = Appearance.rectangle(placement, page);
                String body = options.bodyName().orElseGet(() -> Names.commonName(cert));
                signatureOptions.setVisualSignature(new ByteArrayInputStream(
                        Appearance.template(page, rect, fieldName(doc), options, body)));
                signatureOptions.setPage(placement.page() - 1);
            }
            doc.addSignature(signature, signatureOptions);
            // the document ID PDFBox writes derives from this rather than from the clock: same input, same bytes
            doc.setDocumentId(options.time().toEpochMilli());
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * RESERVED_BYTES + 65536);
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            byte[] cms = CmsBuilder.build(external.getContent().readAllBytes(), key, options.timestamps().orElse(null));
            if (cms.length > RESERVED_BYTES) {
                throw new SignatureException(name + ": the signature is " + cms.length + " bytes, more than the " + RESERVED_BYTES
                        + " reserved for it");
            }
            external.setSignature(cms);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof SignatureException known) {
                throw known;
            }
            throw new SignatureException(name + ": cannot be signed: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new SignatureException(name + ": the signing key failed: " + e.getMessage(), e);
        }
    }

    // Signature1, Signature2 ...: the first name no field of the document has
    private static String fieldName(PDDocument doc) {
        Set<String> taken = new HashSet<>();
        if (doc.getDocumentCatalog().getAcroForm() != null) {
            for (PDField field : doc.getDocumentCatalog().getAcroForm().getFieldTree()) {
                taken.add(field.getFullyQualifiedName());
            }
        }
        int n = 1;
        while (taken.contains("Signature" + n)) {
            n++;
        }
        return "Signature" + n;
    }
}

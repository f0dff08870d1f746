package vn.vanban4j.signatures.internal;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureLimits;
import vn.vanban4j.signatures.SignatureReport;

/** Reads every signature field of a PDF and checks each signature (bytes, CMS, chain, later additions). */
public final class SignatureReader {
    /** Signing times are shown in Vietnam time, as NĐ 30 writes them. */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private SignatureReader() {
    }

    public static List<SignatureReport> read(byte[] pdf, String name, Set<X509Certificate> trusted, SignatureLimits limits) {
        if (pdf.length > limits.fileBytes()) {
            throw new SignatureException(name + ": the file is " + pdf.length + " bytes, more than the limit of "
                    + limits.fileBytes() + " (SignatureLimits.fileBytes)");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignatureField> fields = document.getSignatureFields().stream()
                    .filter(f -> f.getSignature() != null).toList();
            if (fields.size() > limits.signatures()) {
                throw new SignatureException(name + ": " + fields.size() + " signatures, more than the limit of "
                        + limits.signatures() + " (SignatureLimits.signatures)");
            }
            Revisions revisions = new Revisions(document, pdf);
            List<SignatureReport> reports = new ArrayList<>();
            for (PDSignatureField field : fields) {
                reports.add(check(field, pdf, name, trusted, limits, revisions));
            }
            return reports;
        } catch (IOException | RuntimeException e) {
            if (e instanceof SignatureException known) {
                throw known;
            }
            throw new SignatureException(name + ": not a readable PDF: " + e.getMessage(), e);
        }
    }

    private static SignatureReport check(PDSignatureField field, byte[] pdf, String name, Set<X509Certificate> trusted,
            SignatureLimits limits, Revisions revisions) {
        String where = name + ": signature field " + field.getFullyQualifiedName();
        PDSignature signature = field.getSignature();
        long[] range = byteRange(signature, pdf.length, where);
        COSBase contents = signature.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (!(contents instanceof COSString value)) {
            throw new SignatureException(where + ": /Contents holds no signature value");
        }
        byte[] cms = value.getBytes();
        if (cms.length > limits.cmsBytes()) {
            throw new SignatureException(where + ": the signature value is " + cms.length + " bytes, more than the limit of "
                    + limits.cmsBytes() + " (SignatureLimits.cmsBytes)");
        }
        String subFilter = signature.getSubFilter() == null ? "" : signature.getSubFilter();
        CmsCheck cms1;
        try {
            cms1 = CmsCheck.of(cms, signed(pdf, range), "adbe.pkcs7.sha1".equals(subFilter));
        } catch (IllegalArgumentException e) {
            throw new SignatureException(where + ": " + e.getMessage(), e);
        }
        Optional<String> problem = cms1.problem().or(() -> gap(pdf, range));
        Optional<Instant> time = cms1.signingTime().or(() -> Optional.ofNullable(signature.getSignDate()).map(Calendar::toInstant));
        X509Certificate signer = cms1.signer();
        ChainCheck chain = ChainCheck.of(signer, cms1.certificates(), trusted, time.orElseGet(() -> signer.getNotAfter().toInstant()));
        long end = range[2] + range[3];
        boolean whole = end == pdf.length;
        Revisions.Additions additions = whole ? new Revisions.Additions(List.of(), true) : revisions.after(end);
        return new SignatureReport(field.getFullyQualifiedName(), Names.commonName(signer), Names.body(signer),
                Names.distinguishedName(signer), time.map(t -> OffsetDateTime.ofInstant(t, VIETNAM)), cms1.algorithm(), subFilter,
                whole, additions.kinds(), additions.allowed(), problem.isEmpty(), problem, chain.trust(), chain.detail());
    }

    // /ByteRange [0 a b c]: two ranges inside the file, in order, around the signature value
    private static long[] byteRange(PDSignature signature, int length, String where) {
        COSBase base = signature.getCOSObject().getDictionaryObject(COSName.BYTERANGE);
        if (!(base instanceof COSArray array) || array.size() != 4) {
            throw new SignatureException(where + ": /ByteRange is not four numbers");
        }
        long[] range = new long[4];
        for (int i = 0; i < 4; i++) {
            if (!(array.getObject(i) instanceof org.apache.pdfbox.cos.COSNumber n)) {
                throw new SignatureException(where + ": /ByteRange is not four numbers");
            }
            range[i] = n.longValue();
        }
        if (range[0] != 0 || range[1] < 0 || range[2] < range[1] || range[3] < 0 || range[2] + range[3] > length) {
            throw new SignatureException(where + ": /ByteRange " + java.util.Arrays.toString(range)
                    + " does not lie inside the file of " + length + " bytes");
        }
        return range;
    }

    private static byte[] signed(byte[] pdf, long[] range) {
        byte[] signed = new byte[(int) (range[1] + range[3])];
        System.arraycopy(pdf, 0, signed, 0, (int) range[1]);
        System.arraycopy(pdf, (int) range[2], signed, (int) range[1], (int) range[3]);
        return signed;
    }

    // the bytes left out of the signed ranges must be exactly the hex string of the signature value
    private static Optional<String> gap(byte[] pdf, long[] range) {
        int from = (int) range[1];
        int to = (int) range[2] - 1;
        if (to <= from || pdf[from] != '<' || pdf[to] != '>') {
            return Optional.of("the signed ranges leave out more than the signature value (bytes " + from + " to " + to + ")");
        }
        for (int i = from + 1; i < to; i++) {
            if (Character.digit(pdf[i], 16) < 0) {
                return Optional.of("the signed ranges leave out more than the signature value (byte " + i + ")");
            }
        }
        return Optional.empty();
    }
}

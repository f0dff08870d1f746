package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vanban4j.importer.Finding;
import vn.vanban4j.importer.Finding.Status;
import vn.vanban4j.signatures.PdfSignatures;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureReport;

/**
 * The digital signatures a received PDF carries, as the importer uses them: a finding for each (signer, body,
 * time, intact), and the issuer and signer they name when the text layer lacks them (a scan with only the
 * signature stamp). Only intact signatures name anyone; trust is not checked here ({@code verify} does).
 */
public final class DigitalSignatures {
    /** The findings' field: what the PDF carries, not a field of the plan. */
    public static final String FIELD = "$.digitalSignatures";

    private final List<SignatureReport> reports;
    private final String unreadable;

    private DigitalSignatures(List<SignatureReport> reports, String unreadable) {
        this.reports = List.copyOf(reports);
        this.unreadable = unreadable;
    }

    /** None: a DOCX or text. */
    public static DigitalSignatures none() {
        return new DigitalSignatures(List.of(), null);
    }

    /** The signatures of a PDF; a PDF whose signatures cannot be read gives none and says why in a finding. */
    public static DigitalSignatures of(byte[] pdf, String source) {
        try {
            return new DigitalSignatures(PdfSignatures.trustingOnly(List.of()).verify(pdf, source), null);
        } catch (SignatureException e) {
            return new DigitalSignatures(List.of(), e.getMessage());
        }
    }

    /** One finding a signature: "Phạm Bình Minh (SỞ ...), 2026-07-17T15:48:21+07:00, intact". */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            SignatureReport r = reports.get(i);
            String value = r.signer() + (r.body().isEmpty() || r.body().equals(r.signer()) ? "" : " (" + r.body() + ")") + ", "
                    + r.timeText().orElse("no signing time") + ", "
                    + (r.intact() ? "intact" : "NOT intact: " + r.problem().orElse(""));
            out.add(new Finding(FIELD + "[" + i + "]", value, source(r), r.intact() ? 1.0 : 0.5, Status.FOUND));
        }
        if (unreadable != null) {
            out.add(new Finding(FIELD, null, unreadable, 0, Status.LEFT_OVER));
        }
        return out;
    }

    /** The issuing body the signatures name: the body's own certificate, else the person's organisation. */
    Optional<Finding> issuer() {
        return intact().filter(SignatureReport::bodyCertificate).findFirst()
                .map(r -> new Finding("$.header.issuer", r.signer(), source(r), 0.7, Status.FOUND))
                .or(() -> person().filter(r -> !r.body().isEmpty())
                        .map(r -> new Finding("$.header.issuer", r.body(), source(r), 0.6, Status.FOUND)));
    }

    /** The person who signed: the first intact signature by a person's certificate. */
    Optional<SignatureReport> person() {
        return intact().filter(r -> !r.bodyCertificate()).findFirst();
    }

    static String source(SignatureReport r) {
        return "digital signature " + r.field();
    }

    private java.util.stream.Stream<SignatureReport> intact() {
        return reports.stream().filter(SignatureReport::intact);
    }
}

package vn.vanban4j.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.signatures.PdfSignatures;
import vn.vanban4j.signatures.SignatureException;
import vn.vanban4j.signatures.SignatureLimits;
import vn.vanban4j.signatures.SignatureReport;
import vn.vanban4j.signatures.TrustedCertificates;

/**
 * verify FILE.pdf [--trust CERTS.pem|KEYSTORE] [--json]: every signature of a PDF, checked. Exit 0 when every
 * signature is intact, 1 when one is not (or the file carries none, or cannot be read), with the reason.
 */
final class VerifyCommand {
    private VerifyCommand() {
    }

    static int run(List<String> raw, PrintStream out, PrintStream err) throws IOException {
        Args args = Args.parse(raw, Set.of("--json"), Set.of("--trust"));
        Path file = Path.of(args.positional(1, "one .pdf file").get(0));
        PdfSignatures verifier = PdfSignatures.standard();
        if (args.option("--trust") != null) {
            verifier = verifier.trusting(TrustedCertificates.read(Path.of(args.option("--trust"))));
        }
        List<SignatureReport> reports;
        try {
            byte[] pdf = InputFiles.read(file, SignatureLimits.DEFAULT.fileBytes(), "SignatureLimits.fileBytes");
            reports = verifier.verify(pdf, file.getFileName().toString());
        } catch (SignatureException e) {
            err.println("vanban4j verify: " + e.getMessage());
            return Main.INVALID;
        }
        if (args.flag("--json")) {
            out.println(Output.json(Map.of("signatures", json(reports))));
        } else {
            reports.forEach(r -> print(r, out));
        }
        if (reports.isEmpty()) {
            err.println("vanban4j verify: " + file.getFileName() + ": no signature");
            return Main.INVALID;
        }
        int status = Main.OK;
        for (SignatureReport r : reports) {
            if (!r.intact()) {
                err.println("vanban4j verify: " + file.getFileName() + ": " + r.field() + " is not intact: " + r.problem().orElse(""));
                status = Main.INVALID;
            }
        }
        return status;
    }

    private static List<Map<String, Object>> json(List<SignatureReport> reports) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SignatureReport r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", r.field());
            m.put("signer", r.signer());
            m.put("body", r.body());
            m.put("time", r.timeText().orElse(null));
            m.put("algorithm", r.algorithm());
            m.put("coversWholeFile", r.coversWholeFile());
            m.put("intact", r.intact());
            m.put("trust", r.trust().name().toLowerCase(Locale.ROOT));
            list.add(m);
        }
        return list;
    }

    private static void print(SignatureReport r, PrintStream out) {
        out.println(r.field() + ": " + r.signer() + (r.body().isEmpty() || r.body().equals(r.signer()) ? "" : " (" + r.body() + ")")
                + ", " + r.timeText().orElse("no signing time") + ", " + r.algorithm() + ", " + r.subFilter());
        out.println("  " + (r.intact() ? "intact" : "NOT INTACT: " + r.problem().orElse("")));
        out.println("  " + (r.coversWholeFile() ? "covers the whole file"
                : "added after it: " + String.join(", ", r.additions())
                        + (r.additionsAllowed() ? " (allowed)" : " (NOT ALLOWED: the document was changed after this signature)")));
        out.println("  " + r.trust().name().toLowerCase(Locale.ROOT) + ": " + r.trustDetail());
    }
}

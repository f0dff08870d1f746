package vn.vanban4j.signatures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfsig, run on a file, its report parsed: the reference the verifier must agree with. */
final class Pdfsig {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", Locale.ENGLISH);

    /** One signature as pdfsig prints it (times in UTC: pdfsig runs with TZ=UTC). */
    record Entry(String field, String commonName, String dn, LocalDateTime utc, String algorithm, boolean total, boolean valid) {
    }

    private Pdfsig() {
    }

    static boolean installed() {
        try {
            Process p = new ProcessBuilder("pdfsig", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static List<Entry> run(Path pdf) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("pdfsig", "-nocert", pdf.toString()).redirectErrorStream(true);
        builder.environment().put("TZ", "UTC");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdfsig took over 60 s on " + pdf);
        }
        List<Entry> entries = new ArrayList<>();
        for (String block : out.split("Signature #\\d+:")) {
            if (!block.contains("Signature Field Name")) {
                continue;
            }
            entries.add(new Entry(value(block, "Signature Field Name"), value(block, "Signer Certificate Common Name"),
                    value(block, "Signer full Distinguished Name"),
                    LocalDateTime.parse(value(block, "Signing Time"), TIME), value(block, "Signing Hash Algorithm"),
                    block.contains("- Total document signed"), block.contains("Signature is Valid")));
        }
        return entries;
    }

    private static String value(String block, String label) {
        return block.lines().map(String::strip).filter(l -> l.startsWith("- " + label + ":"))
                .map(l -> l.substring(label.length() + 3).strip()).findFirst().orElse("");
    }

    static LocalDateTime utc(java.time.OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
}

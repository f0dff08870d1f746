package vn.vanban4j.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Profile;
import vn.vanban4j.render.Renderer;

/**
 * The SHA-256 of every sample output (all but PDF): each sample document as DOCX and HTML (as the
 * {@code samples} command writes them), the seeds also as drafts and under each shipped profile, and
 * the blank forms, the consolidated workbook and the report of the results report ({@code samples OUTDIR/bao-cao}; not
 * the units' filled-in workbooks, which POI stamps with the time of writing as Excel would). The recorded digests
 * ({@code sample-digests.txt}) prove that a change meant to leave output alone does: after a change that
 * is meant to change output, record them again and review the diff:
 * {@code mvn -o -q -B -ntp -pl samples -am verify -Dtest=SampleDigestsTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dvanban4j.recordDigests=true}.
 */
final class SampleDigests {
    static final String RESOURCE = "sample-digests.txt";

    private SampleDigests() {
    }

    /** Name of each output -> its SHA-256 in hex, in name order; the report's files are written under {@code dir}. */
    static Map<String, String> compute(Path dir) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        Renderer renderer = Renderer.standard();
        for (Map.Entry<String, Document> entry : Samples.all().entrySet()) {
            digests.put(entry.getKey() + ".docx", sha256(renderer.docx(entry.getValue())));
            digests.put(entry.getKey() + ".html", sha256(renderer.html(entry.getValue()).getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, Document> seeds = Map.of("107-KH-ThU", Samples.laiChauPlan(), "198-KH-TU", Samples.caoBangPlan());
        for (Map.Entry<String, Document> seed : seeds.entrySet()) {
            digests.put("draft/" + seed.getKey() + ".docx", sha256(renderer.asDraft(true).docx(seed.getValue())));
            // each profile of the seed's family (one of the other family is refused)
            for (String profile : Profile.SHIPPED.stream().filter(id -> Profile.named(id).family() == seed.getValue().family()).toList()) {
                digests.put(profile + "/" + seed.getKey() + ".docx",
                        sha256(renderer.withProfile(Profile.named(profile)).docx(seed.getValue())));
            }
        }
        Path report = dir.resolve("bao-cao");
        ReportSample.run(report);
        try (Stream<Path> files = Files.walk(report)) {
            // the units' workbooks under don-vi/ stand for what units type in with POI, which stamps the time of writing
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> !f.getParent().getFileName().toString().equals("don-vi"))::iterator) {
                digests.put("bao-cao/" + report.relativize(file).toString().replace('\\', '/'), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    static String format(Map<String, String> digests) {
        StringBuilder text = new StringBuilder();
        digests.forEach((name, digest) -> text.append(digest).append("  ").append(name).append('\n'));
        return text.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.vanban4j.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verifier against poppler's pdfsig on every real signed PDF of ../shared/corpus/originals (public documents of
 * Lào Cai province and the Ministry of Industry and Trade, 2026; see its README.md), read where they are: any copy
 * kept in the repository would be megabytes, and any change to one breaks its signatures.
 */
class CorpusAgreesWithPdfsigTest {
    private static final PdfSignatures VERIFIER = PdfSignatures.trustingOnly(List.of());

    @BeforeAll
    static void pdfsig() {
        // CI installs poppler-utils (.ci/run); only a developer machine without it skips
        assumeTrue(Pdfsig.installed() || System.getenv("CI") != null, "pdfsig (poppler-utils) is not installed");
    }

    // the module's folder is the working directory; ../shared stands beside the repository
    static final Path ORIGINALS = Path.of("..", "..", "shared", "corpus", "originals");

    static Stream<Path> signedPdfs() throws Exception {
        assumeTrue(Files.isDirectory(ORIGINALS) || System.getenv("CI") != null, "../shared/corpus/originals is not beside the repository");
        try (Stream<Path> files = Files.list(ORIGINALS)) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("signedPdfs")
    void everySignatureAsPdfsigReadsIt(Path pdf) throws Exception {
        List<Pdfsig.Entry> expected = Pdfsig.run(pdf);
        List<SignatureReport> actual = VERIFIER.verify(Files.readAllBytes(pdf), pdf.getFileName().toString());

        assertThat(expected).as("pdfsig finds signatures in %s", pdf).isNotEmpty();
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Pdfsig.Entry e = expected.get(i);
            SignatureReport a = actual.get(i);
            assertThat(a.field()).isEqualTo(e.field());
            assertThat(a.signer()).isEqualTo(e.commonName());
            assertThat(e.dn()).contains(a.body());
            assertThat(a.time()).map(Pdfsig::utc).contains(e.utc());
            assertThat(a.algorithm().replace("-", "")).isEqualTo(e.algorithm().replace("-", ""));
            assertThat(a.coversWholeFile()).as("%s %s covers the whole file", pdf.getFileName(), e.field()).isEqualTo(e.total());
            assertThat(a.intact()).as("%s %s intact (%s)", pdf.getFileName(), e.field(), a.problem()).isEqualTo(e.valid());
            assertThat(a.trust()).isEqualTo(Trust.UNTRUSTED);
        }
    }

    @Test
    void theSignersAndBodiesOfTheDepartmentsLetter() throws Exception {
        Path pdf = signedPdfs().filter(p -> p.getFileName().toString().startsWith("CV-6791")).findFirst().orElseThrow();
        List<SignatureReport> reports = VERIFIER.verify(Files.readAllBytes(pdf), "CV-6791.pdf");

        assertThat(reports.get(0).signer()).isEqualTo("Phạm Bình Minh");
        assertThat(reports.get(0).body()).isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
        assertThat(reports.get(0).time()).map(Object::toString).contains("2026-07-17T15:48:21+07:00");
        assertThat(reports.get(0).additions()).contains("signature");
        assertThat(reports.get(0).additionsAllowed()).isTrue();
        assertThat(reports.get(1).signer()).isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG");
        assertThat(reports).allSatisfy(r -> assertThat(r.intact()).isTrue());
    }
}

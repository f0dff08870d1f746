package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sign and verify on the command line: a person then the body sign (keys made with the JDK's keytool at test
 * time), verify --json lists both intact; one byte changed makes verify exit 1 naming the signature.
 */
class SignVerifyCommandTest {
    private static final String PASSWORD = "test-only-password";

    @TempDir
    Path dir;

    @Test
    void aPersonThenTheBodySignAndVerifyListsBothIntact() throws Exception {
        Path pdf = dir.resolve("ke-hoach.pdf");
        Files.write(pdf, pdf());
        Path person = keystore("person.p12", "CN=Nguyễn Văn Minh Họa, OU=UBND HUYỆN HÒA AN, O=UBND TỈNH CAO BẰNG, C=VN");
        Path body = keystore("body.p12", "CN=UBND HUYỆN HÒA AN, O=UBND TỈNH CAO BẰNG, C=VN");
        Path image = png("chu-ky.png", Color.BLUE);
        Path seal = png("con-dau.png", Color.RED);
        Path signed = dir.resolve("signed.pdf");
        Path both = dir.resolve("both.pdf");

        assertThat(cli("sign", pdf.toString(), "--keystore", person.toString(), "--password-env", "VB_TEST_PASSWORD",
                "--image", image.toString(), "--at", "1:300,150,180,80", "-o", signed.toString())).isZero();
        assertThat(cli("sign", signed.toString(), "--keystore", body.toString(), "--password-env", "VB_TEST_PASSWORD",
                "--role", "body", "--seal", seal.toString(), "--at", "1:300,150,180,80", "-o", both.toString())).isZero();

        CliRun run = CliRun.of("verify", both.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode signatures = Output.mapper().readTree(run.out()).get("signatures");
        assertThat(signatures).hasSize(2);
        List<String> keys = new ArrayList<>();
        signatures.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("field", "signer", "body", "time", "algorithm", "coversWholeFile", "intact", "trust");
        assertThat(signatures.get(0).get("signer").asText()).isEqualTo("Nguyễn Văn Minh Họa");
        assertThat(signatures.get(0).get("body").asText()).isEqualTo("UBND HUYỆN HÒA AN");
        assertThat(signatures.get(0).get("coversWholeFile").asBoolean()).isFalse();
        assertThat(signatures.get(1).get("signer").asText()).isEqualTo("UBND HUYỆN HÒA AN");
        assertThat(signatures.get(1).get("algorithm").asText()).isEqualTo("SHA-256");
        assertThat(signatures.get(1).get("trust").asText()).isEqualTo("untrusted");
        assertThat(signatures).allSatisfy(s -> assertThat(s.get("intact").asBoolean()).isTrue());

        // the body's certificate given as trusted
        Path cert = dir.resolve("body.pem");
        assertThat(process(List.of(keytool(), "-exportcert", "-rfc", "-keystore", body.toString(), "-storepass", PASSWORD,
                "-alias", "key", "-file", cert.toString()))).isZero();
        CliRun trusted = CliRun.of("verify", both.toString(), "--trust", cert.toString());
        assertThat(trusted.out()).contains("Signature2: UBND HUYỆN HÒA AN").contains("trusted: trusted: CN=UBND HUYỆN HÒA AN");

        byte[] bytes = Files.readAllBytes(both);
        bytes[10] ^= 0x01; // in the binary comment after %PDF-1.x: signed by both, harmless to a reader
        Path changed = dir.resolve("changed.pdf");
        Files.write(changed, bytes);
        CliRun broken = CliRun.of("verify", changed.toString());
        assertThat(broken.exit()).isEqualTo(Main.INVALID);
        assertThat(broken.err()).contains("changed.pdf: Signature1 is not intact").doesNotContain("Exception");
    }

    @Test
    void aPasswordVariableNotSetIsAUsageErrorAndNothingIsWritten() throws Exception {
        Path pdf = dir.resolve("a.pdf");
        Files.write(pdf, pdf());
        Path out = dir.resolve("out.pdf");
        CliRun run = CliRun.of("sign", pdf.toString(), "--keystore", "ks.p12", "--password-env", "VB_NO_SUCH_VARIABLE_SET",
                "-o", out.toString());
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("VB_NO_SUCH_VARIABLE_SET");
        assertThat(out).doesNotExist();
    }

    @Test
    void aVisibleSignatureWithoutAPlaceOnAPdfNotRenderedHereIsAUsageError() throws Exception {
        Path pdf = dir.resolve("other.pdf");
        Files.write(pdf, pdf());
        Path out = dir.resolve("out.pdf");
        // PATH is set in any environment; the place is looked for before the key store is opened
        CliRun run = CliRun.of("sign", pdf.toString(), "--keystore", "ks.p12", "--password-env", "PATH",
                "--image", png("chu-ky.png", Color.BLUE).toString(), "-o", out.toString());
        assertThat(run.exit()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("other.pdf has no signature space marked by vanban4j's renderer").contains("--at");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnsignedOrUnreadablePdfExitsOne() throws Exception {
        Path pdf = dir.resolve("plain.pdf");
        Files.write(pdf, pdf());
        assertThat(CliRun.of("verify", pdf.toString()).err()).contains("plain.pdf: no signature");
        Path junk = dir.resolve("junk.pdf");
        Files.writeString(junk, "%PDF-1.4 not really");
        CliRun run = CliRun.of("verify", junk.toString());
        assertThat(run.exit()).isEqualTo(Main.INVALID);
        assertThat(run.err()).startsWith("vanban4j verify: junk.pdf: not a readable PDF").doesNotContain("\tat ");
    }

    // the command line in a child JVM: --password-env reads the child's environment
    private int cli(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return process(command);
    }

    private int process(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("VB_TEST_PASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return process.exitValue();
    }

    private Path keystore(String name, String dn) throws Exception {
        Path file = dir.resolve(name);
        process(List.of(keytool(), "-genkeypair", "-storetype", "PKCS12", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-alias", "key", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30", "-dname", dn));
        return file;
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }

    private Path png(String name, Color colour) throws Exception {
        BufferedImage image = new BufferedImage(120, 60, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillOval(10, 10, 100, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static byte[] pdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}

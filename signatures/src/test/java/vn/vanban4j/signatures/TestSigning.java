package vn.vanban4j.signatures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** A person's and a body's throwaway keys (made once per test run), and the test document signed by them. */
final class TestSigning {
    static final String PERSON_DN = "CN=Nguyễn Văn Minh Họa,OU=UBND HUYỆN HÒA AN,O=UBND TỈNH CAO BẰNG,C=VN";
    static final String BODY_DN = "CN=UBND HUYỆN HÒA AN,O=UBND TỈNH CAO BẰNG,C=VN";
    static final Instant SIGNED = Instant.parse("2026-03-02T02:15:30Z");
    static final Instant SEALED = Instant.parse("2026-03-02T03:40:05Z");
    /** The signature block of the test document's last page. */
    static final Placement BLOCK = Placement.at(2, 300, 150, 180, 80);
    static final Pkcs12SigningKey PERSON;
    static final Pkcs12SigningKey BODY;

    static {
        try {
            Path dir = Files.createTempDirectory("vanban4j-keys");
            Path person = TestKeys.pkcs12(dir, PERSON_DN);
            Path body = TestKeys.pkcs12(dir, BODY_DN);
            PERSON = Pkcs12SigningKey.open(person, TestKeys.PASSWORD, null);
            BODY = Pkcs12SigningKey.open(body, TestKeys.PASSWORD, "key");
            Files.delete(person);
            Files.delete(body);
            Files.delete(dir);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TestSigning() {
    }

    static byte[] signedByPerson() {
        try {
            return PdfSignatures.standard().sign(TestKeys.pdf(), "test.pdf", PERSON,
                    SignOptions.of(SignOptions.Role.SIGNER, SIGNED).withImage(TestKeys.signatureImage()).at(BLOCK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] sealedByBody(byte[] signed) {
        try {
            return PdfSignatures.standard().sign(signed, "signed.pdf", BODY,
                    SignOptions.of(SignOptions.Role.BODY, SEALED).withSeal(TestKeys.sealImage()).at(BLOCK));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

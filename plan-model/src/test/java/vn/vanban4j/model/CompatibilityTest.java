package vn.vanban4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Files written by vanban4j 0.1.0 (kept as they were in src/test/resources/v010) still read, with the same meaning. */
class CompatibilityTest {

    private static Document read(String name) throws IOException {
        try (InputStream in = CompatibilityTest.class.getResourceAsStream("/v010/" + name)) {
            return Plans.read(in, name);
        }
    }

    @Test
    void partySeedKeepsItsSignatureAndBody() throws IOException {
        Document plan = read("107-KH-ThU.json");
        assertThat(plan.number()).hasToString("107-KH/ThU");
        assertThat(plan.signatures()).hasSize(1);
        assertThat(plan.signature().authorityLines(Family.PARTY)).containsExactly("T/M BAN THƯỜNG VỤ");
        assertThat(plan.signature().position()).isEqualTo("PHÓ BÍ THƯ");
        assertThat(plan.signature().signer()).isEqualTo("Đặng Quang Chung");
        assertThat(plan.tasks()).hasSize(32);
        assertThat(plan.recipients()).hasSize(9);
    }

    @Test
    void stateSampleKeepsItsDeputySignature() throws IOException {
        Document plan = read("15-KH-UBND.json");
        assertThat(plan.signature().authorityLines(Family.STATE)).containsExactly("KT. CHỦ TỊCH");
        assertThat(plan.preamble()).hasSize(3);
    }

    @Test
    void oldFilesReadAgainAfterWritingInTheNewShape() throws IOException {
        for (String name : new String[] {"107-KH-ThU.json", "198-KH-TU.json", "15-KH-UBND.json"}) {
            Document old = read(name);
            String current = Plans.toJson(old);
            assertThat(current).contains("\"signatures\"", "\"authorities\"").doesNotContain("\"authorityBody\"");
            assertThat(Plans.read(current, name)).isEqualTo(old);
        }
    }

    @Test
    void ownRightSignatureHasNoAuthorityLine() {
        String json = Plans.toJson(PlansJsonTest.smallPlan()).replaceAll(
                "\"authorities\" : \\[[^\\]]*\\],", "\"authority\" : \"OWN\",");
        assertThat(json).contains("\"authority\" : \"OWN\"");
        assertThat(Plans.read(json, "own.json").signature().authorities()).isEmpty();
    }
}

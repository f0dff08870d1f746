package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.PlanFormatException;

class ProfileTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentTakesTheProfileOfItsFamilyAndDate() {
        assertThat(Profile.forDocument(Family.PARTY, LocalDate.of(2022, 12, 26)).id()).isEqualTo("party-hd36-2018");
        assertThat(Profile.forDocument(Family.STATE, LocalDate.of(2026, 1, 5)).id()).isEqualTo("state-nd30-2020");
        // Hướng dẫn 05-HD/VPTW from 27/5/2026
        assertThat(Profile.forDocument(Family.PARTY, LocalDate.of(2026, 5, 26)).id()).isEqualTo("party-hd36-2018");
        assertThat(Profile.forDocument(Family.PARTY, LocalDate.of(2026, 5, 27)).id()).isEqualTo("party-hd05-2026");
        assertThat(Profile.forDocument(Family.STATE, LocalDate.of(2026, 5, 27)).id()).isEqualTo("state-nd30-2020");
        assertThatThrownBy(() -> Profile.forDocument(Family.STATE, LocalDate.of(2019, 1, 1)))
                .hasMessageContaining("no STATE profile in effect on 2019-01-01");
    }

    @Test
    void profilesHoldTheLayoutRules() {
        Profile party = Profile.named("party-hd36-2018");
        assertThat(party.header().numberPrefix()).isEqualTo("Số ");
        assertThat(party.header().issuerMark()).isEqualTo("*");
        assertThat(party.header().rightTitlePt()).isEqualTo(15.0);
        assertThat(party.page().leftMm()).isEqualTo(30.0);
        Profile state = Profile.named("state-nd30-2020");
        assertThat(state.header().numberPrefix()).isEqualTo("Số: ");
        assertThat(state.header().motto()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
        assertThat(state.endMark()).isEqualTo("./.");
        assertThatThrownBy(() -> Profile.named("nope")).hasMessageContaining("shipped: [party-hd36-2018, party-hd05-2026, state-nd30-2020]");
    }

    @Test
    void aHostDerivesA13PointProfileWithoutForkingTemplates() throws IOException {
        Profile thirteen = Profile.named("state-nd30-2020").withBodySize(13);
        assertThat(thirteen.id()).isEqualTo("state-nd30-2020-13pt");
        byte[] docx = Renderer.standard().withProfile(thirteen).docx(TemplateSafetyTest.small());
        assertThat(part(docx, "word/styles.xml")).contains("<w:sz w:val=\"26\"/>");
    }

    @Test
    void aProfileFileWithMistakesNamesThem() {
        assertThatThrownBy(() -> Profile.parse("{ \"id\" : \"x\", \"family\" : \"PARTY\", \"font\" : 12 }", "my.json"))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("my.json")
                .hasMessageContaining("$.font: expected text").hasMessageContaining("$.page: required field is missing");
    }

    @Test
    void aTemplateNamedAfterTheKindIsUsedWhenPresent() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document><p>kế hoạch</p></document>");
        assertThat(Renderer.fromTemplates(dir).blockXml(TemplateSafetyTest.small())).contains("kế hoạch");
        var report = new vn.vanban4j.model.Document(vn.vanban4j.model.DocumentKind.REPORT, Family.STATE,
                TemplateSafetyTest.small().header(), vn.vanban4j.model.DocumentNumber.parse("20/BC-UBND"), "Lào Cai",
                LocalDate.of(2026, 2, 1), "Kết quả", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        Files.writeString(dir.resolve("report.ftlx"), "<document><p>báo cáo</p></document>");
        assertThat(Renderer.fromTemplates(dir).blockXml(report)).contains("báo cáo");
    }

    private static String part(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name);
    }

    @Test
    void aMisspeltFontIsRefusedWithTheFontMeant() throws IOException {
        String json = new String(Profile.class.getResourceAsStream("profiles/state-nd30-2020.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8).replace("\"Times New Roman\"", "\"Time New Roman\"");
        assertThatThrownBy(() -> Profile.parse(json, "my-profile.json")).isInstanceOf(PlanFormatException.class)
                .hasMessageContaining("my-profile.json").hasMessageContaining("font \"Time New Roman\" is not a font family; did you mean \"Times New Roman\"?");
        // a family unlike any is the host's own choice (a font it installs): accepted
        assertThat(Profile.parse(json.replace("\"Time New Roman\"", "\"VNI-Times Custom\""), "my-profile.json").font())
                .isEqualTo("VNI-Times Custom");
    }

    @Test
    void aDocumentUnderAProfileOfTheOtherFamilyIsRefusedNamingItsOwnProfiles() {
        Renderer party = Renderer.standard().withProfile(Profile.named("party-hd36-2018"));
        RenderException e = org.assertj.core.api.Assertions.catchThrowableOfType(RenderException.class,
                () -> party.docx(TemplateSafetyTest.small()));
        assertThat(e.code()).isEqualTo(RenderException.Code.PROFILE);
        assertThat(e).hasMessage("15/KH-UBND is a STATE document and the profile party-hd36-2018 lays out PARTY documents: use "
                + "state-nd30-2020, or a profile of your own with \"family\": \"STATE\"");
        assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).startsWith("15/KH-UBND là văn bản khối STATE, còn hồ sơ trình bày"
                + " party-hd36-2018 dành cho văn bản khối PARTY: dùng state-nd30-2020");
    }
}

package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.Samples;

/** A template author exports the defaults, edits a template and a profile, and renders without Java. */
class TemplateAuthorTest {
    @TempDir
    Path dir;

    private static String documentXml(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/styles.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no styles");
    }

    @Test
    void exportEditAndRenderWithAProfileFile() throws Exception {
        Path templates = dir.resolve("mau");
        CliRun export = CliRun.of("templates", "export", templates.toString());
        assertThat(export.exit()).isEqualTo(0);
        for (String name : new String[] {"plan.ftlx", "letter.ftlx", "decision.ftlx", "invitation.ftlx", "minutes.ftlx",
                "lib.ftlx", "profiles/state-nd30-2020.json", "profiles/party-hd36-2018.json", "profiles/party-hd05-2026.json",
                "blocks.xsd", "README.md"}) {
            assertThat(templates.resolve(name)).isRegularFile();
        }
        // a second export would overwrite the author's edits: refused unless --force
        CliRun again = CliRun.of("templates", "export", templates.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("plan.ftlx exists; export into an empty folder, or allow overwriting (--force)");
        assertThat(CliRun.of("templates", "export", templates.toString(), "--force").exit()).isEqualTo(0);

        // a province that writes 13 pt: a profile file, changed by hand
        Path profile = templates.resolve("profiles/state-nd30-2020.json");
        String json = Files.readString(profile).replace("\"sizePt\" : 14", "\"sizePt\" : 13").replace("\"sizePt\": 14", "\"sizePt\": 13");
        assertThat(json).contains("13");
        Path mine = Files.writeString(templates.resolve("profiles/tinh-13pt.json"), json.replace("state-nd30-2020", "tinh-13pt"));
        Path plan = Files.writeString(dir.resolve("plan.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        Path out = dir.resolve("out.docx");
        CliRun render = CliRun.of("render", plan.toString(), "--templates", templates.toString(), "--profile", mine.toString(),
                "-o", out.toString());
        assertThat(render.exit()).as(render.err()).isEqualTo(0);
        assertThat(documentXml(Files.readAllBytes(out))).contains("<w:sz w:val=\"26\"/>");

        // a mistake in the profile is named by file and JSON path
        Files.writeString(mine, json.replace("\"sizePt\": 13", "\"sizePt\": 140").replace("\"sizePt\" : 13", "\"sizePt\" : 140"));
        CliRun bad = CliRun.of("render", plan.toString(), "--profile", mine.toString(), "-o", out.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("tinh-13pt.json").contains("$.body").contains("sizePt must be from 6 to 40, not 140");
        assertThat(CliRun.of("render", plan.toString(), "--profile", "khong-co", "-o", out.toString()).err())
                .contains("--profile: no profile named \"khong-co\"");
    }

    @Test
    void extrasFromAFileReachTheTemplate() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("t"));
        Files.writeString(templates.resolve("plan.ftlx"), "<document><p>Số đảng viên: ${vn.number(extras.dangVien)} (${extras.donVi})</p></document>");
        Path extras = Files.writeString(dir.resolve("extras.json"), "{\"donVi\": \"Xã Tả Lèng\", \"dangVien\": 1250}");
        Path plan = Files.writeString(dir.resolve("plan.json"), Samples.text(Samples.STATE_SAMPLE_PLAN));
        Path out = dir.resolve("out.html");
        CliRun run = CliRun.of("render", plan.toString(), "--templates", templates.toString(), "--extras", extras.toString(),
                "--format", "html", "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(Files.readString(out)).contains("Số đảng viên: 1.250 (Xã Tả Lèng)");
        Files.writeString(extras, "[1, 2]");
        CliRun bad = CliRun.of("render", plan.toString(), "--templates", templates.toString(), "--extras", extras.toString(),
                "--format", "html", "-o", out.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("extras.json: --extras holds a JSON object");
    }
}

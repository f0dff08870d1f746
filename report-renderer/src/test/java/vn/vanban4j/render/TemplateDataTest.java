package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;

/** Templates reach the whole document, the host's extras and the vn helpers, and nothing else. */
class TemplateDataTest {
    @TempDir
    Path dir;

    private Renderer withTemplate(String body) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), body);
        return Renderer.fromTemplates(dir);
    }

    @Test
    void theWholeDocumentIsInReach() throws IOException {
        Document doc = TemplateSafetyTest.small();
        String xml = withTemplate("<document><p>${doc.place}|${doc.issueDate}|${doc.date}|${doc.dateLine}|${doc.family}"
                + "|${doc.header.superior?join('/')}|${doc.recipients[0].name}|${doc.filing}|${doc.signature.authorities?join('/')}"
                + "|${doc.signature.position}|${doc.signature.signer}|${doc.signatures?size}|${doc.kindCode}</p></document>")
                .blockXml(doc);
        assertThat(xml).contains("<p>Lào Cai|2026-01-05|ngày 05 tháng 01 năm 2026|Lào Cai, ngày 05 tháng 01 năm 2026|STATE"
                + "|UBND TỈNH LÀO CAI|Sở Nội vụ|VP|KT. CHỦ TỊCH|PHÓ CHỦ TỊCH|Nguyễn Văn A|1|PLAN</p>");
    }

    @Test
    void aReceivedCopyWithoutAPlaceHasAnEmptyPlaceAndADateLineOfTheDateAlone() throws IOException {
        Document small = TemplateSafetyTest.small();
        Document doc = new Document(small.kind(), small.family(), small.header(), small.number(), null,
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null, small.sections(), null, null,
                null, null, small.recipients(), small.filing(), small.signatures(), List.of());
        String xml = withTemplate("<document><p>[${doc.place}]|${doc.dateLine}</p></document>").blockXml(doc);
        assertThat(xml).contains("<p>[]|ngày 05 tháng 01 năm 2026</p>");

        assertThat(Renderer.standard().html(doc)).contains("Ngày 05 tháng 01 năm 2026").doesNotContain("null");
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Renderer.standard().docx(doc)))) {
            while (!zip.getNextEntry().getName().equals("word/document.xml")) {
                // the other parts
            }
            assertThat(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains(">Ngày 05 tháng 01 năm 2026<").doesNotContain("null");
        }
    }

    @Test
    void aReceivedCopyWithoutANumberRendersTheNumberLineBlankAndNamesItselfUnnumbered() throws IOException {
        Document small = TemplateSafetyTest.small();
        Document doc = new Document(small.kind(), small.family(), small.header(), null, small.place(),
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null, small.sections(), null, null,
                null, null, small.recipients(), small.filing(), small.signatures(), List.of());
        String xml = withTemplate("<document><p>[${doc.number}]</p></document>").blockXml(doc);
        assertThat(xml).contains("<p>[]</p>");

        assertThat(Renderer.standard().html(doc)).contains("<title>Kế hoạch (không số)</title>").doesNotContain("null");
        String documentXml = null;
        String coreXml = null;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Renderer.standard().docx(doc)))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String text = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                documentXml = e.getName().equals("word/document.xml") ? text : documentXml;
                coreXml = e.getName().equals("docProps/core.xml") ? text : coreXml;
            }
        }
        assertThat(documentXml).contains(">Số:").doesNotContain("null").doesNotContain(small.number().toString().strip());
        assertThat(coreXml).contains("<dc:title>Kế hoạch (không số)</dc:title>");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"TELEGRAM, CÔNG ĐIỆN", "LEGAL_CIRCULAR, THÔNG TƯ"})
    void theKindsOfNationalActsRenderWithTheirKindLine(vn.vanban4j.model.DocumentKind kind, String kindLine) throws IOException {
        Document small = TemplateSafetyTest.small();
        Document doc = new Document(kind, small.family(), small.header(), small.number(), small.place(),
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null, small.sections(), null, null,
                null, null, small.recipients(), small.filing(), small.signatures(), List.of());
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Renderer.standard().docx(doc)))) {
            while (!zip.getNextEntry().getName().equals("word/document.xml")) {
                // the other parts
            }
            assertThat(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains(">" + kindLine + "<");
        }
    }

    @Test
    void helpersFormatVietnameseTextDatesAndNumbers() throws IOException {
        String xml = withTemplate("<document><p>${vn.upper(doc.summary)}|${vn.plain(doc.sections[0].content[0].text)}"
                + "|${vn.number(1234567)}|${vn.number('2500.5')}|${vn.longDate('2023-06-15')}|${vn.shortDate(doc.issueDate)}"
                + "|${vn.docNumber('15/KH-UBND')}|${vn.upper('đảng bộ')}</p></document>").blockXml(TemplateSafetyTest.small());
        assertThat(xml).contains("<p>TRIỂN KHAI THỰC HIỆN VIỆC X|Nội dung &lt;a&gt; &amp; &quot;b&quot;|1.234.567|2.500,5"
                + "|ngày 15 tháng 6 năm 2023|05/01/2026|15/KH-UBND|ĐẢNG BỘ</p>");
    }

    @Test
    void aHelperGivenBadInputSaysWhereAndWhat() throws IOException {
        Renderer r = withTemplate("<document>\n<p>${vn.longDate('30/6/2023')}</p></document>");
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessageStartingWith("plan.ftlx:2:4:").hasMessageContaining("vn.longDate: \"30/6/2023\" is not a date YYYY-MM-DD");
        Renderer unknown = withTemplate("<document><p>${vn.lower('x')}</p></document>");
        assertThatThrownBy(() -> unknown.docx(TemplateSafetyTest.small())).hasMessageContaining("there is no helper vn.lower");
    }

    @Test
    void aHostGivesItsOwnDataAndHelpers() throws IOException {
        Renderer r = withTemplate("<document><#list extras.units as u><p>${u.name}: ${vn.percent(u.done, u.total)}</p></#list>"
                + "<p>${extras.asOf}</p></document>")
                .withExtras(Map.of("units", List.of(Map.of("name", "Xã A", "done", 3, "total", 4)), "asOf", LocalDate.of(2026, 6, 30)))
                .withHelpers(Map.of("percent", args -> Math.round(100.0 * ((Number) args.get(0)).doubleValue()
                        / ((Number) args.get(1)).doubleValue()) + "%"));
        assertThat(r.blockXml(TemplateSafetyTest.small())).contains("<p>Xã A: 75%</p>").contains("<p>2026-06-30</p>");
    }

    @Test
    void extrasHoldOnlyPlainDataAndBuiltInHelpersStay() {
        assertThatThrownBy(() -> Renderer.standard().withExtras(Map.of("unit", Map.of("file", new java.io.File("/etc/passwd")))))
                .isInstanceOf(RenderException.class).hasMessageStartingWith("extras.unit.file: a File is not data a template can read");
        assertThatThrownBy(() -> Renderer.standard().withHelpers(Map.of("upper", args -> "")))
                .isInstanceOf(RenderException.class).hasMessageContaining("vn.upper is built in");
    }
}

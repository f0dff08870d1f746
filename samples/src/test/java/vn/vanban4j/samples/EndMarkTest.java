package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.Document;
import vn.vanban4j.render.Renderer;

/**
 * The state end mark "./." ends the document's own last paragraph (its conclusion, else the last paragraph of its
 * last section), or the paragraph a template marks {@code <p end="true">}: never a line a template adds after it;
 * the HTML preview puts it where the DOCX does.
 */
class EndMarkTest {
    private static final String ADDED = "Đề nghị các đơn vị phản hồi trước ngày 20.";

    @TempDir
    Path dir;

    private static String shipped(String name) throws IOException {
        try (var in = Renderer.class.getResourceAsStream("/vn/vanban4j/render/templates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // the shipped templates with a line of the template's own between the body and the closing
    private Renderer addingALineBeforeTheClosing() throws IOException {
        String lib = shipped("lib.ftlx");
        assertThat(lib).contains("\n<closing/>");
        Files.writeString(dir.resolve("lib.ftlx"), lib.replace("\n<closing/>", "\n<p>" + ADDED + "</p>\n<closing/>"));
        return Renderer.fromTemplates(dir);
    }

    private static List<String> paragraphs(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isBlank()).toList();
        }
    }

    @Test
    void aLineAddedAfterTheConclusionLeavesTheMarkOnTheConclusion() throws IOException {
        Document letter = Samples.kindSample("125-UBND-KT");
        String conclusion = letter.conclusion();
        assertThat(conclusion).endsWith(".");
        String ended = conclusion.substring(0, conclusion.length() - 1) + "./.";
        Renderer renderer = addingALineBeforeTheClosing();
        List<String> lines = paragraphs(renderer.docx(letter));
        assertThat(lines).contains(ended, ADDED).doesNotContain("./.", ADDED.replace(".", "./."));
        assertThat(lines.indexOf(ADDED)).isEqualTo(lines.indexOf(ended) + 1);
        String html = renderer.html(letter);
        assertThat(html).contains(ended + "</p>", "<p>" + ADDED + "</p>").doesNotContain(ADDED.replace(".", "./."));
        // the shipped templates alone: the same place
        assertThat(paragraphs(Renderer.standard().docx(letter))).contains(ended);
    }

    @Test
    void withoutAConclusionTheMarkEndsTheLastParagraphOfTheLastSection() throws IOException {
        Document plan = Samples.stateSamplePlan();
        assertThat(plan.conclusion()).isNull();
        Renderer renderer = addingALineBeforeTheClosing();
        List<String> lines = paragraphs(renderer.docx(plan));
        String last = lines.stream().filter(l -> l.endsWith("./.")).findFirst().orElseThrow();
        assertThat(last).startsWith("Thủ trưởng các cơ quan, đơn vị căn cứ Kế hoạch này").endsWith("giải quyết./.");
        assertThat(lines).contains(ADDED).filteredOn(l -> l.endsWith("./.")).hasSize(1);
        assertThat(renderer.html(plan)).contains("giải quyết./.</p>", "<p>" + ADDED + "</p>");
    }

    @Test
    void aTemplateSaysWhichParagraphEndsTheText() throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), """
                <document>
                <header/>
                <p>Đoạn một.</p>
                <p end="true">Đoạn hai, kết thúc văn bản.</p>
                <p>Ghi chú của mẫu.</p>
                <closing/>
                </document>""");
        Renderer renderer = Renderer.fromTemplates(dir);
        Document plan = Samples.stateSamplePlan();
        assertThat(paragraphs(renderer.docx(plan))).contains("Đoạn một.", "Đoạn hai, kết thúc văn bản./.", "Ghi chú của mẫu.");
        assertThat(renderer.html(plan)).contains("<p>Đoạn hai, kết thúc văn bản./.</p>", "<p>Ghi chú của mẫu.</p>");
        // a Party profile has no end mark: the attribute changes nothing
        Document party = Samples.laiChauPlan();
        assertThat(String.join("\n", paragraphs(renderer.docx(party)))).doesNotContain("./.");
    }
}

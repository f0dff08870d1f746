package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the blocks a template writes are errors at the template line and column that wrote them. */
class StrictBlocksTest {
    @TempDir
    Path dir;

    private void fails(String template, String message) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), template);
        Renderer r = Renderer.fromTemplates(dir);
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class).hasMessage(message);
    }

    @Test
    void contentInsideClosingIsAnError() throws IOException {
        fails("<document>\n<header/>\n<p>${doc.number}</p>\n<closing><p>(Đã ký)</p></closing>\n</document>",
                "plan.ftlx:4:10: a <closing> holds <signature> and <recipients>, not <p>; write <closing/> for the document's own");
    }

    @Test
    void anUnknownAttributeNamesWhatTheElementTakes() throws IOException {
        fails("<document>\n<header/>\n  <p style=\"color:red\">Hai</p>\n</document>",
                "plan.ftlx:3:3: <p style=\"color:red\">: <p> takes role, end, not style; fonts and sizes come from the profile");
    }

    @Test
    void anUnknownRoleListsTheRoles() throws IOException {
        fails("<document>\n<#list 1..2 as i>\n<p>${i}</p>\n</#list>\n<p role=\"signature\">${doc.number}</p>\n</document>",
                "plan.ftlx:5:1: <p role=\"signature\">: use one of body, basis, enacting, authority, decides");
    }

    @Test
    void aSecondClosingNamesTheFirst() throws IOException {
        fails("<document>\n<closing/>\n<p>x</p>\n<closing/>\n</document>",
                "plan.ftlx:4:1: a second <closing/>; the first is at plan.ftlx:2:1");
    }

    @Test
    void oneParagraphEndsTheTextBeforeTheClosing() throws IOException {
        fails("<document>\n<p end=\"true\">a</p>\n<p end=\"true\">b</p>\n</document>",
                "plan.ftlx:3:1: a second <p end=\"true\">: only one paragraph ends the text; the first is at plan.ftlx:2:1");
        fails("<document>\n<p>a</p>\n<closing/>\n<appendix><p end=\"true\">b</p></appendix>\n</document>",
                "plan.ftlx:4:11: <p end=\"true\"> marks the paragraph that ends the text, before <closing>, not one in an annex"
                        + " or after the closing");
        fails("<document>\n<p end=\"yes\">a</p>\n</document>", "plan.ftlx:2:1: <p end=\"yes\">: use one of true, false");
    }

    @Test
    void anUnknownBlockIsReportedAtTheTemplateLine() throws IOException {
        fails("<document>\n<header/>\n<#if doc.number?has_content>\n    <chuky>${doc.number}</chuky>\n</#if>\n</document>",
                "plan.ftlx:4:5: unknown block <chuky>; blocks are header, title, heading, p, addressees, caption, table,"
                        + " closing, appendix (docs/TEMPLATES.md)");
    }

    @Test
    void aHeadingLevelInWordsIsExplained() throws IOException {
        fails("<document>\n<heading level=\"một\">Mục đích</heading>\n</document>",
                "plan.ftlx:2:1: <heading level=\"một\">: the level is a number from 1 to 9 (1 for \"I.\", 2 for \"1.\")");
    }

    @Test
    void aMistakeInsideAnIncludedMacroNamesThatFile() throws IOException {
        Files.writeString(dir.resolve("mine.ftlx"), "<#macro box>\n<p>a</p>\n<box/>\n</#macro>");
        fails("<#import \"mine.ftlx\" as m>\n<document>\n<@m.box/>\n</document>",
                "mine.ftlx:3:1: unknown block <box>; blocks are header, title, heading, p, addressees, caption, table,"
                        + " closing, appendix (docs/TEMPLATES.md)");
    }

    @Test
    void badlyNestedXmlIsReportedWhereItWasWritten() throws IOException {
        fails("<document>\n<p>Một <b>hai</p>\n</document>",
                "plan.ftlx:2:15: the template wrote XML that is not well formed: The element type \"b\" must be terminated"
                        + " by the matching end-tag \"</b>\".");
    }
}

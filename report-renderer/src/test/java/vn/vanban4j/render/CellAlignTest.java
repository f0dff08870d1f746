package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in a table's cells stand right-aligned when the template says so, in the DOCX and the preview alike. */
class CellAlignTest {
    @TempDir
    Path dir;

    private Renderer renderer(String cells) throws IOException {
        Files.writeString(dir.resolve("plan.ftlx"), "<document>\n<table widths=\"1,4,2\">\n<tr header=\"true\"><td>Stt</td><td>Đơn vị</td>"
                + "<td>Số đảng viên</td></tr>\n<tr>" + cells + "</tr>\n</table>\n</document>");
        return Renderer.fromTemplates(dir);
    }

    @Test
    void aRightAlignedCellIsRightAlignedAndTheOthersKeepTheirColumnsDefault() throws IOException {
        Renderer r = renderer("<td align=\"center\">1</td><td>Chi bộ 1</td><td align=\"right\">1.234</td>");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(r.docx(TemplateSafetyTest.small())))) {
            XWPFTableRow header = doc.getTables().get(0).getRow(0);
            XWPFTableRow row = doc.getTables().get(0).getRow(1);
            assertThat(header.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(row.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(row.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
            assertThat(row.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(row.getCell(2).getText()).isEqualTo("1.234");
        }
        assertThat(r.html(TemplateSafetyTest.small())).contains("<td style=\"text-align:right\">1.234</td>");
    }

    @Test
    void anAlignmentInWordsIsAnErrorAtTheTemplateLine() throws IOException {
        Renderer r = renderer("<td>1</td><td>Chi bộ 1</td><td align=\"phải\">1.234</td>");
        assertThatThrownBy(() -> r.docx(TemplateSafetyTest.small())).isInstanceOf(RenderException.class)
                .hasMessage("plan.ftlx:4:32: align=\"phải\" on a <td>: write left, center or right");
    }
}

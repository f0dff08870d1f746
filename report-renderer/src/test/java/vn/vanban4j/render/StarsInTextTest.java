package vn.vanban4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Footnote;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;

/** Text is text: a star is printed unless it plainly marks emphasis ("*x*", "**x**"); "\*" is always a star. */
class StarsInTextTest {
    private static final Pattern RUN = Pattern.compile("<w:r>(.*?)</w:r>");
    private static final Pattern TEXT = Pattern.compile("<w:t[^>]*>([^<]*)</w:t>");

    /** The runs of a part as "text" with a prefix "i:" or "b:" for italic or bold runs. */
    private static List<String> runs(byte[] docx, String part) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(part)) {
                    String xml = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                    List<String> runs = new ArrayList<>();
                    Matcher r = RUN.matcher(xml);
                    while (r.find()) {
                        Matcher t = TEXT.matcher(r.group(1));
                        if (t.find()) {
                            String style = r.group(1).contains("<w:b/>") ? "b:" : r.group(1).contains("<w:i/>") ? "i:" : "";
                            runs.add(style + t.group(1).replace("&amp;", "&"));
                        }
                    }
                    return runs;
                }
            }
        }
        throw new AssertionError(part + " missing");
    }

    private static byte[] render(Paragraph... paragraphs) {
        Document small = TemplateSafetyTest.small();
        Document doc = new Document(small.kind(), small.family(), small.header(), small.number(), small.place(),
                small.issueDate(), small.summary(), List.of(), null, null, small.preamble(), null,
                List.of(new Section("I.", "MỤC ĐÍCH", List.of(paragraphs))), null, null, null, null,
                small.recipients(), small.filing(), small.signatures(), List.of());
        return Renderer.standard().docx(doc);
    }

    @Test
    void loneStarsArePrintedAsWritten() throws IOException {
        List<String> runs = runs(render(Paragraph.of("Chỉ tiêu (*) tính theo năm, chỉ tiêu (*) khác"),
                Paragraph.of("Diện tích 5 * 3 = 15 m2"), Paragraph.of("Công thức a*b*c giữ nguyên")), "word/document.xml");
        assertThat(runs).contains("Chỉ tiêu (*) tính theo năm, chỉ tiêu (*) khác", "Diện tích 5 * 3 = 15 m2",
                "Công thức a*b*c giữ nguyên");
    }

    @Test
    void emphasisAndEscapedStars() throws IOException {
        List<String> runs = runs(render(Paragraph.of("Chuyên đề “*Học tập và làm theo*” và **trọng tâm** năm"),
                Paragraph.of("Ghi \\*không nghiêng\\* ở đây")), "word/document.xml");
        assertThat(runs).containsSubsequence("Chuyên đề “", "i:Học tập và làm theo", "” và ", "b:trọng tâm", " năm");
        assertThat(runs).contains("Ghi *không nghiêng* ở đây");
    }

    @Test
    void starsInFootnotesAreText() throws IOException {
        byte[] docx = render(new Paragraph(null, "Theo Quy định số 08", List.of(new Footnote("Quy định số 08", "Xem **x** và (*)"))));
        assertThat(runs(docx, "word/footnotes.xml")).anyMatch(r -> r.contains("Xem **x** và (*)"));
    }
}

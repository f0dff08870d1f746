package vn.vanban4j.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import vn.vanban4j.model.Plans;
import vn.vanban4j.samples.Samples;

/**
 * The build's training run for the command line's class-data archive (AppCDS, see cli/pom.xml): the
 * commands people run most, once each in one JVM started with {@code -XX:DumpLoadedClassList}, so
 * that the archive holds the classes they load. {@code CdsTraining DIR} writes its inputs and outputs
 * into DIR. It runs from the test classes beside the jar, so it is not in the jar.
 */
public final class CdsTraining {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Main.quietLogging();
        Path dir = Files.createDirectories(Path.of(args[0]));
        Path plan = dir.resolve("107-KH-ThU.json");
        Files.writeString(plan, Plans.toJson(Samples.laiChauPlan()));
        Path docx = dir.resolve("107-KH-ThU.docx");
        Path pdf = dir.resolve("four-pages.pdf");
        Files.write(pdf, fourPages());
        String[][] commands = {
            {"validate", plan.toString()},
            {"show", plan.toString()},
            {"check", plan.toString()},
            {"deadline", "Trong quý III/2023", "--issued", "2023-06-01"},
            {"render", plan.toString(), "-o", docx.toString()},
            {"render", plan.toString(), "--format", "html", "-o", dir.resolve("107-KH-ThU.html").toString()},
            {"import", docx.toString(), "-o", dir.resolve("from-docx.json").toString()},
            {"import", pdf.toString(), "-o", dir.resolve("from-pdf.json").toString()},
        };
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        for (String[] command : commands) {
            int exit = new Main().run(command, quiet, quiet);
            if (exit != Main.OK && exit != ImportCommand.INCOMPLETE) {
                throw new IllegalStateException("training: " + String.join(" ", command) + " ended with " + exit);
            }
        }
    }

    // a four-page letter with a text layer, as a PDF a body receives (Liberation Serif when installed)
    private static byte[] fourPages() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean liberation = Files.exists(FONT);
            PDFont font = liberation ? PDType0Font.load(doc, FONT.toFile()) : new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            String[] lines = liberation
                    ? new String[] {"UBND TỈNH MINH HỌA", "Số: 12/SMH-KT", "Minh Họa, ngày 10 tháng 01 năm 2026",
                        "Kính gửi: Ủy ban nhân dân các xã.", "1. Các xã rà soát các cơ sở trước ngày 20/01/2026."}
                    : new String[] {"UBND TINH MINH HOA", "So: 12/SMH-KT", "Minh Hoa, ngay 10 thang 01 nam 2026",
                        "Kinh gui: Uy ban nhan dan cac xa.", "1. Cac xa ra soat cac co so truoc ngay 20/01/2026."};
            for (int p = 0; p < 4; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 800;
                    for (int repeat = 0; repeat < 6; repeat++) {
                        for (String text : lines) {
                            cs.beginText();
                            cs.setFont(font, 13);
                            cs.newLineAtOffset(70, y);
                            cs.showText(text);
                            cs.endText();
                            y -= 22;
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}

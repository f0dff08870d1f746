package vn.vanban4j.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.assertj.core.api.SoftAssertions;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.Renderer;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.PhraseContext;
import vn.vanban4j.samples.Samples;

/**
 * The importer's self-test: every sample, rendered to DOCX and to PDF, reads back with the same
 * header fields, section outline, task texts, leads and deadlines.
 */
class RoundTripTest {
    private static final Renderer RENDERER = Renderer.standard();
    private static final PdfConverter PDF = PdfConverter.standard();
    private static final DeadlineRules RULES = DeadlineRules.standard();

    @AfterAll
    static void stopOffice() {
        PDF.close();
    }

    static Stream<Arguments> samples() {
        List<Arguments> out = new ArrayList<>();
        for (Map.Entry<String, Document> e : Samples.all().entrySet()) {
            out.add(Arguments.of(e.getKey(), "docx", e.getValue()));
            out.add(Arguments.of(e.getKey(), "pdf", e.getValue()));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("samples")
    void readsBackWhatWasRendered(String name, String format, Document expected) {
        byte[] docx = RENDERER.docx(expected);
        ImportResult result = format.equals("docx") ? Importer.read(docx, Importer.Format.DOCX, name + ".docx")
                : Importer.read(PDF.pdf(docx), Importer.Format.PDF, name + ".pdf");
        Document actual = result.document();
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(actual.kind()).as("kind").isEqualTo(expected.kind());
        soft.assertThat(actual.family()).as("family").isEqualTo(expected.family());
        soft.assertThat(actual.number()).as("number").isEqualTo(expected.number());
        soft.assertThat(actual.place()).as("place").isEqualTo(expected.place());
        soft.assertThat(actual.issueDate()).as("issue date").isEqualTo(expected.issueDate());
        soft.assertThat(key(actual.summary())).as("summary").isEqualTo(key(expected.summary()));
        // a PDF cannot tell the author's line breaks from wrapping: the names are compared, not the lines
        soft.assertThat(key(actual.header().issuerName())).as("issuer").isEqualTo(key(expected.header().issuerName()));
        soft.assertThat(key(String.join(" ", actual.header().superiorLines()))).as("superior")
                .isEqualTo(key(String.join(" ", expected.header().superiorLines())));
        if (format.equals("docx")) {
            // the author's lines, each kept whole or broken where the renderer broke a name too wide for its column
            soft.assertThat(regrouped(keys(actual.header().issuerLines()), keys(expected.header().issuerLines())))
                    .as("issuer lines").isEqualTo(keys(expected.header().issuerLines()));
        }
        soft.assertThat(outline(actual.sections())).as("outline").isEqualTo(outline(expected.sections()));
        soft.assertThat(actual.signatures()).as("signatures").hasSameSizeAs(expected.signatures());
        for (int i = 0; i < Math.min(actual.signatures().size(), expected.signatures().size()); i++) {
            soft.assertThat(actual.signatures().get(i).signer()).as("signer").isEqualTo(expected.signatures().get(i).signer());
            soft.assertThat(actual.signatures().get(i).authorityLines(actual.family()))
                    .as("authority lines").isEqualTo(expected.signatures().get(i).authorityLines(expected.family()));
        }
        soft.assertThat(actual.recipients()).as("recipients").isEqualTo(expected.recipients());
        soft.assertThat(actual.appendices()).as("annexes").hasSameSizeAs(expected.appendices());
        PhraseContext expectedContext = PhraseContext.of(expected);
        PhraseContext actualContext = PhraseContext.of(actual);
        // the seeds were transcribed by people who judged what is a duty, whose it is and which phrase
        // is its deadline; their wording does not always say so: most of their tasks must read back alike
        boolean seed = name.equals("107-KH-ThU") || name.equals("198-KH-TU");
        SoftAssertions tasks = seed ? new SoftAssertions() : soft;
        int checked = 0;
        for (Task task : expected.tasks()) {
            checked++;
            String text = key(task.text() != null ? task.text() : task.action());
            Task found = actual.tasks().stream().filter(t -> key(t.text()).equals(text)).findFirst().orElse(null);
            if (found == null && task.deadline() == null && task.recurrence() == null && !leadIsWritten(task, expected)) {
                // a duty whose text names no unit and no time reads back as the paragraph it is
                tasks.assertThat(paragraphs(actual)).as("paragraph \"%s\"", text).contains(text);
                continue;
            }
            tasks.assertThat(found).as("task \"%s\"", text).isNotNull();
            if (found == null) {
                continue;
            }
            if (task.deadline() != null) {
                tasks.assertThat(found.deadline()).as("deadline of \"%s\"", text).isNotNull();
                if (found.deadline() != null) {
                    tasks.assertThat(RULES.resolve(found.deadline(), actualContext, Map.of()).due())
                            .as("due date of \"%s\" (%s)", text, found.deadline())
                            .isEqualTo(RULES.resolve(task.deadline(), expectedContext, Map.of()).due());
                }
            }
            if (task.recurrence() != null) {
                tasks.assertThat(found.recurrence()).as("recurrence of \"%s\"", text).isNotNull();
            }
            if (!task.lead().isEmpty() && leadIsWritten(task, expected)) {
                // the reader splits combined owners into units; the transcription may keep them as one name
                tasks.assertThat(units(found.lead())).as("lead of \"%s\"", text).isEqualTo(units(task.lead()));
            }
        }
        if (seed) {
            List<String> differences = tasks.errorsCollected().stream().map(e -> e.getMessage().lines().findFirst().orElse("")).toList();
            soft.assertThat(differences.size()).as("tasks of %s that read back differently (of %d): %s", name, checked, differences)
                    .isLessThanOrEqualTo(checked / 5);
        }
        soft.assertAll();
        assertThat(result.missingHeaderFields()).as("missing header fields").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void footnotesComeBackOnTheirParagraphFromDocx() {
        Document plan = Samples.laiChauPlan();
        Document read = Importer.read(RENDERER.docx(plan), Importer.Format.DOCX, "107-KH-ThU.docx").document();
        List<Block> all = new ArrayList<>();
        read.sections().forEach(s -> Document.visit(s, all::add));
        List<vn.vanban4j.model.Footnote> notes = all.stream().flatMap(b -> b instanceof Task t ? t.footnotes().stream()
                : b instanceof vn.vanban4j.model.Paragraph p ? p.footnotes().stream() : Stream.empty()).toList();
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).text()).startsWith("Quy định số 101-QĐ/TW, ngày 07/6/2012 của Ban Bí thư");
        assertThat(notes.get(0).after()).endsWith("trách nhiệm nêu gương");
    }

    private static String units(List<String> lead) {
        return key(String.join(", ", lead)).replace(" và ", ", ").replace(";", ",");
    }

    // a lead the document writes out: in the task's own words or a table's lead column
    private static boolean leadIsWritten(Task task, Document doc) {
        String text = key(task.text());
        return task.lead().stream().allMatch(l -> text.startsWith(key(l)) || text.startsWith("giao " + key(l)))
                || inTaskTable(task, doc);
    }

    private static List<String> paragraphs(Document doc) {
        List<Block> all = new ArrayList<>();
        doc.sections().forEach(s -> Document.visit(s, all::add));
        doc.appendices().forEach(a -> a.sections().forEach(s -> Document.visit(s, all::add)));
        return all.stream().filter(vn.vanban4j.model.Paragraph.class::isInstance)
                .map(b -> key(((vn.vanban4j.model.Paragraph) b).text())).toList();
    }

    private static boolean inTaskTable(Task task, Document doc) {
        List<Block> all = new ArrayList<>();
        doc.appendices().forEach(a -> a.sections().forEach(s -> Document.visit(s, all::add)));
        doc.sections().forEach(s -> Document.visit(s, all::add));
        return all.stream().filter(TaskTable.class::isInstance).map(TaskTable.class::cast)
                .anyMatch(t -> containsTask(t.rows(), task));
    }

    private static boolean containsTask(List<Block> rows, Task task) {
        return rows.stream().anyMatch(r -> r == task || r instanceof Section s && containsTask(s.content(), task));
    }

    private static List<String> outline(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.title() != null) { // a numbered section without a title reads as a numbered paragraph
                out.add(key((s.number() == null ? "" : s.number()) + " " + (s.title() == null ? "" : s.title())));
            }
            out.addAll(outline(s.sections()));
        }
        return out;
    }

    private static String key(String text) {
        return text == null ? null : VietnameseText.nameKey(text.replace("*", "")).replaceAll("\\./\\.$", ".");
    }

    private static List<String> keys(List<String> texts) {
        return texts.stream().map(RoundTripTest::key).toList();
    }

    // the lines read back joined again where together they make one of the author's lines
    private static java.util.List<String> regrouped(java.util.List<String> read, java.util.List<String> authored) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int k = 0;
        for (String line : authored) {
            if (k >= read.size()) {
                break;
            }
            String joined = read.get(k++);
            while (!joined.equals(line) && line.startsWith(joined + " ") && k < read.size()) {
                joined = joined + " " + read.get(k++);
            }
            out.add(joined);
        }
        out.addAll(read.subList(k, read.size()));
        return out;
    }
}

package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Plans;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.VietnameseText;

/**
 * Guards the transcription of the seed plans against invention: every text, task and deadline
 * phrase in the JSON occurs in the seed text, and the counts are those of the seed.
 */
class SeedTranscriptionTest {

    static Stream<Arguments> seeds() {
        return Stream.of(Arguments.of(Samples.laiChauPlan(), SeedText.load("107-KH-ThU.txt")),
                Arguments.of(Samples.caoBangPlan(), SeedText.load("198-KH-TU.txt")));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTextTaskAndDeadlineOccursInTheSeed(Document plan, String seed) {
        List<String> texts = new ArrayList<>();
        walk(plan, block -> {
            if (block instanceof Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof Task t) {
                texts.add(t.text());
                if (t.deadline() != null) {
                    texts.add(t.deadline());
                }
                if (t.recurrence() != null) {
                    texts.add(t.recurrence());
                }
            } else if (block instanceof Section s && s.title() != null) {
                texts.add(s.number() + " " + s.title());
            }
        });
        texts.add(plan.summary());
        texts.addAll(plan.preamble());
        plan.reportingSchedule().reports().stream().filter(r -> r.deadline() != null)
                .forEach(r -> texts.add(r.deadline()));
        texts.add(plan.personalPlans().deadline());
        texts.addAll(plan.personalPlans().exemptions());
        plan.recipients().forEach(r -> texts.add(r.name().replace("Đảng, Văn", "Đảng,Văn")));
        texts.add(plan.signature().signer());
        texts.addAll(plan.signature().authorityLines(plan.family()));
        texts.add(plan.signature().position());
        assertThat(texts).allSatisfy(text -> assertThat(seed).contains(VietnameseText.normalizeSpace(text)));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyLeadAndPartnerIsNamedNearItsTask(Document plan, String seed) {
        List<String> missing = new ArrayList<>();
        for (Section section : plan.sections()) {
            checkNames(section, List.of(), missing);
        }
        for (Appendix appendix : plan.appendices()) {
            appendix.sections().forEach(section -> checkNames(section, List.of(), missing));
        }
        assertThat(missing).isEmpty();
    }

    // a lead or partner must be written in the task, in a heading above it, or in the last paragraph before it
    private static void checkNames(Section section, List<String> headings, List<String> missing) {
        List<String> context = new ArrayList<>(headings);
        context.add(section.title());
        String previous = "";
        for (Block block : section.content()) {
            if (block instanceof Section child) {
                checkNames(child, context, missing);
            } else if (block instanceof Task task) {
                String where = key(String.join(" ", context) + " " + previous + " " + task.text());
                Stream.concat(task.lead().stream(), task.partners().stream())
                        .filter(name -> !where.contains(key(name)))
                        .forEach(name -> missing.add(name + " in: " + task.text()));
            }
            if (block instanceof Paragraph p) {
                previous = p.text();
            }
        }
    }

    private static String key(String text) {
        return VietnameseText.nameKey(text);
    }

    @Test
    void laiChauCounts() {
        Document plan = Samples.laiChauPlan();
        // the seed: I (2 parts), II (8 parts, 2 with 3 subparts, 3 and 8 with 2), III (1-5, of which 3 and 5 are headings)
        assertThat(plan.sections()).extracting(Section::number).containsExactly("I.", "II.", "III.");
        assertThat(plan.sections().get(1).sections()).hasSize(8);
        assertThat(countSections(plan.sections())).isEqualTo(3 + 2 + 8 + 3 + 2 + 2 + 2);
        assertThat(plan.tasks()).hasSize(32);
        assertThat(plan.tasks().stream().filter(t -> t.deadline() != null)).hasSize(12);
        assertThat(plan.recipients()).hasSize(9);
        assertThat(plan.recipients().get(0).purpose()).isEqualTo("b/c");
        assertThat(plan.filing()).isEqualTo("VPThU");
        assertThat(plan.appendices()).isEmpty();
        assertThat(plan.reportingSchedule().reports()).extracting(r -> r.deadline()).containsExactly(
                "trước ngày 31/3/2023", null, "trước ngày 20/6/2023", "trước ngày 10/11/2023");
    }

    @Test
    void laiChauHeaderAndFootnote() {
        Document plan = Samples.laiChauPlan();
        assertThat(plan.header().superior()).isEqualTo("ĐẢNG BỘ TỈNH LAI CHÂU");
        assertThat(plan.header().issuer()).isEqualTo("THÀNH ỦY LAI CHÂU");
        assertThat(plan.number()).hasToString("107-KH/ThU");
        assertThat(plan.place()).isEqualTo("TP. Lai Châu");
        assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2022, 12, 26));
        assertThat(plan.signature().authorityLines(plan.family())).containsExactly("T/M BAN THƯỜNG VỤ");
        assertThat(plan.signature().position()).isEqualTo("PHÓ BÍ THƯ");
        assertThat(plan.signature().signer()).isEqualTo("Đặng Quang Chung");
        List<Task> withFootnote = plan.tasks().stream().filter(t -> !t.footnotes().isEmpty()).toList();
        assertThat(withFootnote).singleElement().satisfies(task -> {
            assertThat(task.text()).contains(task.footnotes().get(0).after());
            assertThat(task.footnotes().get(0).text()).startsWith("Quy định số 101-QĐ/TW").contains("55-QĐ/TW", "08-QĐi/TW");
        });
        assertThat(plan.references()).extracting(r -> r.number().toString())
                .containsExactly("129-KH/TU", "94-HD/BTGTU", "52-KH/ThU", "01-KL/TW", "05-CT/TW");
        assertThat(plan.references().get(3).alias()).isEqualTo("Kết luận số 01-KL/TW");
    }

    @Test
    void caoBangCounts() {
        Document plan = Samples.caoBangPlan();
        assertThat(plan.header().superior()).isNull();
        assertThat(plan.header().issuer()).isEqualTo("TỈNH UỶ CAO BẰNG");
        assertThat(plan.number()).hasToString("198-KH/TU");
        assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2023, 1, 18));
        assertThat(plan.sections()).extracting(Section::number).containsExactly("I.", "II.", "III.", "IV.");
        // II has 5 parts; 1 has 1.1-1.3, 2 has 2.1-2.3 with 2.1.1 and 2.1.2, 4 has 4.1 and 4.2
        assertThat(countSections(plan.sections())).isEqualTo(4 + 2 + 5 + 3 + 3 + 2 + 2 + 3);
        assertThat(plan.tasks()).hasSize(50);
        assertThat(plan.recipients()).hasSize(11);
        assertThat(plan.filing()).isEqualTo("Văn phòng Tỉnh uỷ");
        assertThat(plan.signature().position()).isEqualTo("PHÓ BÍ THƯ THƯỜNG TRỰC");
        assertThat(plan.signature().signer()).isEqualTo("Triệu Đình Lê");
        assertThat(plan.appendices()).extracting(Appendix::heading)
                .containsExactly("BIỂU TỔNG HỢP", "ĐỀ CƯƠNG", "Biểu 3", "Biểu 4", "Biểu 5");
        assertThat(plan.appendices().get(1).note())
                .isEqualTo("kèm theo Kế hoạch số 198-KH/TU, ngày 18/01/2023 của Tỉnh uỷ Cao Bằng");
        assertThat(plan.appendices().get(1).sections()).extracting(Section::number)
                .containsExactly("I-", "II-", "III-", "III-");
        assertThat(plan.funding()).startsWith("Trích từ nguồn kinh phí");
        assertThat(plan.references()).extracting(r -> r.number().toString())
                .containsExactly("01-KL/TW", "05-CT/TW", "91-KH/TU");
        assertThat(plan.references().get(0).alias()).isEqualTo("Kết luận số 01-KL/TW");
        assertThat(plan.references().get(2).alias()).isEqualTo("Kế hoạch số 91-KH/TU");
    }

    @Test
    void caoBangFormsHaveTheSeedsColumns() {
        Document plan = Samples.caoBangPlan();
        var biểu4 = plan.appendices().get(3).form();
        assertThat(biểu4.headerDepth()).isEqualTo(2);
        assertThat(biểu4.width()).isEqualTo(5);
        assertThat(biểu4.columns().get(3).title()).isEqualTo("Kết quả");
        assertThat(biểu4.columns().get(3).children()).extracting(c -> c.title())
                .containsExactly("Đã hoàn thành (nêu rõ kết quả)", "Chưa hoàn thành (nguyên nhân)");
        assertThat(plan.appendices().get(2).form().width()).isEqualTo(5);
        assertThat(plan.appendices().get(4).form().width()).isEqualTo(3);
        assertThat(plan.appendices().get(4).title()).isEqualTo("Kết quả xác định, thực hiện nội dung đột phá năm 2023 (nếu có)");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void roundTripIsExact(Document plan, String seed) {
        String json = Plans.toJson(plan);
        assertThat(Plans.read(json, "again.json")).isEqualTo(plan);
        assertThat(Plans.toJson(Plans.read(json, "again.json"))).isEqualTo(json);
    }

    @Test
    void orgChartNamesThePlansUnits() {
        var chart = Samples.laiChauOrgChart();
        assertThat(chart.note()).contains("Illustrative");
        assertThat(chart.units()).extracting(u -> u.name()).contains("Thành Đoàn Lai Châu",
                "Trung tâm Chính trị thành phố", "Chi bộ trường THPT chuyên Lê Quý Đôn", "Chi bộ trường THPT Quyết Thắng");
    }

    private static int countSections(List<Section> sections) {
        int n = 0;
        for (Section s : sections) {
            n += 1 + countSections(s.sections());
        }
        return n;
    }

    private static void walk(Document plan, java.util.function.Consumer<Block> action) {
        List<Section> all = new ArrayList<>(plan.sections());
        plan.appendices().forEach(a -> all.addAll(a.sections()));
        all.forEach(s -> walk(s, action));
    }

    private static void walk(Section section, java.util.function.Consumer<Block> action) {
        action.accept(section);
        for (Block block : section.content()) {
            if (block instanceof Section child) {
                walk(child, action);
            } else {
                action.accept(block);
            }
        }
    }
}

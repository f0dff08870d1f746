package vn.vanban4j.hostexample;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.vanban4j.Vanban4j;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;
import vn.vanban4j.model.Task;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.rules.Obligation;

/**
 * What a host system does with vanban4j, end to end, as README quotes it: load a plan, build
 * another in code, render DOCX (and PDF when LibreOffice is there), list obligations, consolidate
 * three units' workbooks. Run by the samples' tests.
 */
public final class HostExample {
    private HostExample() {
    }

    /** Runs the example, writing into {@code out}; returns what it wrote, one line per step. */
    public static List<String> run(Path out, boolean pdf) throws IOException {
        List<String> log = new ArrayList<>();
        try (Vanban4j vanban = Vanban4j.standard()) {
            // 1. load a plan from JSON (a host stores plans as JSON)
            Document seed;
            try (InputStream in = HostExample.class.getResourceAsStream("/vn/vanban4j/samples/198-KH-TU.json")) {
                seed = vanban.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "198-KH-TU.json");
            }
            log.add("read " + seed.kind().vietnameseName() + " số " + seed.number() + ", " + seed.tasks().size() + " nhiệm vụ");

            // 2. build another in code
            Document plan = Document.builder(DocumentKind.PLAN, Family.STATE)
                    .header(Header.of("UBND TỈNH CAO BẰNG", "UBND HUYỆN HÒA AN"))
                    .number("27/KH-UBND").place("Hòa An").issueDate(LocalDate.of(2026, 3, 2))
                    .summary("Triển khai chuyển đổi số năm 2026 (mẫu minh họa của vanban4j)")
                    .basis("Căn cứ Kế hoạch số 198-KH/TU ngày 18/01/2023 của Tỉnh ủy Cao Bằng;")
                    .section(Section.builder("I.", "NHIỆM VỤ")
                            .task(Task.builder("Rà soát, cập nhật dữ liệu cán bộ, đảng viên.").marker("1.")
                                    .lead("Phòng Nội vụ").deadline("Hoàn thành trong quý II/2026").build())
                            .task(Task.builder("Báo cáo kết quả thực hiện.").marker("2.")
                                    .lead("Văn phòng HĐND và UBND huyện").deadline("trước ngày 15/12/2026").build())
                            .build())
                    .recipient("UBND tỉnh", "b/c").filing("VP")
                    .signature(Signature.builder("PHÓ CHỦ TỊCH", "Nguyễn Văn Minh Họa")
                            .authority(SigningAuthority.DEPUTY_FOR, "CHỦ TỊCH").build())
                    .build();
            vanban.render(plan, Vanban4j.Format.DOCX, out.resolve("27-KH-UBND.docx"));
            log.add("wrote 27-KH-UBND.docx");
            if (pdf) {
                vanban.render(plan, Vanban4j.Format.PDF, out.resolve("27-KH-UBND.pdf"));
                log.add("wrote 27-KH-UBND.pdf");
            }
            for (Task task : plan.tasks()) {
                log.add(task.lead().get(0) + ": " + task.deadline() + " -> " + vanban.due(plan, task.deadline()).due());
            }

            // 3. who owes what to whom by when, under the seed plan and an org chart
            OrgChart chart;
            try (InputStream in = HostExample.class.getResourceAsStream("/vn/vanban4j/samples/org-lai-chau.json")) {
                chart = OrgCharts.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "org-lai-chau.json");
            }
            Document laiChau;
            try (InputStream in = HostExample.class.getResourceAsStream("/vn/vanban4j/samples/107-KH-ThU.json")) {
                laiChau = vanban.read(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "107-KH-ThU.json");
            }
            List<Obligation> owed = vanban.obligations(laiChau, chart, Map.of()).obligations();
            log.add(owed.size() + " nghĩa vụ; đầu tiên: " + owed.get(0).unitName() + " - " + owed.get(0).what());

            // 4. three units report on forms; the host says when each arrived
            List<Reports.Received> received = new ArrayList<>();
            String[] units = {"Huyện ủy Hòa An", "Huyện ủy Bảo Lạc", "Thành ủy Cao Bằng"};
            for (int i = 0; i < units.length; i++) {
                received.add(new Reports.Received("don-vi-" + (i + 1) + ".xlsx", vanban.blankForms(seed, units[i]),
                        LocalDate.of(2023, 12, 5 + i)));
            }
            Reports.Consolidated report = vanban.consolidate(seed, received, List.of(units), LocalDate.of(2023, 12, 15));
            Files.write(out.resolve("tong-hop.xlsx"), report.workbook());
            vanban.render(report.report(), Vanban4j.Format.DOCX, out.resolve("bao-cao.docx"));
            log.add("consolidated " + report.submissions().size() + " units: " + report.submissions().get(0).status());
        }
        return log;
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "host-example"));
        run(out, true).forEach(System.out::println);
    }
}

package vn.vanban4j.render.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.WorkbookLimits;
import vn.vanban4j.rules.DeadlineRules;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.Obligations;
import vn.vanban4j.rules.PhraseContext;

/**
 * Reports against a plan, as a library: the blank forms a unit fills in, and the consolidation of
 * the units' workbooks into the superior's workbook and BÁO CÁO document. The host says which units
 * are expected, when each workbook was received and the date of the report. Stateless.
 *
 * <pre>{@code
 * List<Reports.Received> received = List.of(new Reports.Received("hoa-an.xlsx", bytes, LocalDate.of(2023, 12, 8)));
 * Reports.Consolidated c = Reports.consolidate(plan, Reports.forms(plan), received,
 *         Reports.expectedUnits(plan, orgChart, DeadlineRules.standard()), LocalDate.of(2023, 12, 15), DeadlineRules.standard());
 * byte[] xlsx = c.workbook();
 * byte[] docx = Renderer.standard().docx(c.report());
 * }</pre>
 */
public final class Reports {
    private Reports() {
    }

    /**
     * One unit's workbook as the host received it.
     *
     * @param source     a name for messages ("hoa-an.xlsx")
     * @param workbook   the XLSX bytes
     * @param receivedOn when the host received it (not a file time)
     */
    public record Received(String source, byte[] workbook, LocalDate receivedOn) {
    }

    /**
     * What a consolidation gives.
     *
     * @param result      the totals, the units' rows and who submitted when
     * @param workbook    the superior's XLSX ("Tổng cộng" rows)
     * @param report      the BÁO CÁO document, ready to render
     * @param submissions the submission table: each expected unit, when received, on time or late or missing
     */
    public record Consolidated(Consolidation.Result result, byte[] workbook, Document report,
            List<Consolidation.SubmissionRow> submissions) {
    }

    /** The forms (Biểu) a plan carries as FORM annexes, in order. */
    public static List<Appendix> forms(Document plan) {
        return plan.appendices().stream().filter(a -> a.kind() == Appendix.AppendixKind.FORM).toList();
    }

    /**
     * The workbook a unit fills in: one sheet per form.
     *
     * @throws IllegalArgumentException when there are no forms
     */
    public static byte[] blankForms(List<Appendix> forms, String unit) {
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("no forms: the plan carries no FORM annex; give the forms separately");
        }
        return FormWorkbook.blank(forms, unit == null ? "" : unit);
    }

    /** The date reports are due: the plan's last reporting deadline, or {@code otherwise} when it names none. */
    public static LocalDate due(Document plan, DeadlineRules rules, LocalDate otherwise) {
        if (plan.reportingSchedule() == null || plan.reportingSchedule().reports().isEmpty()) {
            return otherwise;
        }
        var reports = plan.reportingSchedule().reports();
        String deadline = reports.get(reports.size() - 1).deadline();
        return deadline == null ? otherwise : rules.resolve(deadline, PhraseContext.of(plan), Map.of()).due();
    }

    /** The units that owe a report under the plan, by the org chart, in the order the plan names them. */
    public static List<String> expectedUnits(Document plan, OrgChart chart, DeadlineRules rules) {
        return Obligations.derive(plan, chart, rules, Map.of()).obligations().stream()
                .filter(o -> o.kind() == Obligation.Kind.REPORT).map(Obligation::unitName).distinct().toList();
    }

    /**
     * Reads every unit's workbook and consolidates them.
     *
     * @param expected the units expected to report (their workbooks' "Đơn vị:" line names them); a
     *                 unit that sent a workbook but is not expected is added at the end
     * @param asOf     the date of the consolidated report
     * @throws FormErrors with every problem of every workbook ("hoa-an.xlsx: Biểu 1!D7: ..."), a
     *                    unit's second workbook, or none at all; nothing is consolidated then
     */
    public static Consolidated consolidate(Document plan, List<Appendix> forms, List<Received> workbooks, List<String> expected,
            LocalDate asOf, DeadlineRules rules) {
        return consolidate(plan, forms, workbooks, expected, asOf, rules, WorkbookLimits.DEFAULT);
    }

    /** As above, with the host's bounds on each workbook (size, unzipped size, rows, cells, text). */
    public static Consolidated consolidate(Document plan, List<Appendix> forms, List<Received> workbooks, List<String> expected,
            LocalDate asOf, DeadlineRules rules, WorkbookLimits limits) {
        List<String> problems = new ArrayList<>();
        if (workbooks.isEmpty()) {
            problems.add("no unit workbook was given");
        }
        Map<String, String> byUnit = new HashMap<>();
        List<UnitReport> reports = new ArrayList<>();
        for (Received r : workbooks) {
            try {
                var filled = FormWorkbook.read(r.workbook(), forms, r.source(), limits);
                String unit = FormWorkbook.unitName(r.workbook());
                String name = unit.isEmpty() ? r.source() : unit;
                String other = byUnit.putIfAbsent(VietnameseText.nameKey(name), r.source());
                if (other != null) {
                    problems.add(r.source() + ": a second workbook of " + name + " (the first is " + other + ")");
                    continue;
                }
                reports.add(new UnitReport(name, r.receivedOn(), filled, Map.of()));
            } catch (FormErrors e) {
                e.problems().forEach(p -> problems.add(r.source() + ": " + p));
            }
        }
        if (!problems.isEmpty()) {
            throw new FormErrors("the unit workbooks", problems);
        }
        List<String> units = new ArrayList<>(expected);
        reports.forEach(r -> {
            if (!units.contains(r.unit())) {
                units.add(r.unit());
            }
        });
        Consolidation.Result result = Consolidation.of(forms, reports, units, due(plan, rules, asOf));
        Appendix outline = plan.appendices().stream().filter(a -> a.kind() == Appendix.AppendixKind.OUTLINE).findFirst()
                .orElse(new Appendix(Appendix.AppendixKind.OUTLINE, "ĐỀ CƯƠNG", null, null, List.of(), null));
        Document report = ReportOutputs.document(result, outline, new ReportOutputs.Issuer(
                new Header(null, plan.header().issuerName()), DocumentNumber.parse("   -BC/" + plan.number().issuerCode()),
                plan.place(), asOf, "tổng hợp kết quả thực hiện " + plan.kind().vietnameseName() + " số " + plan.number(),
                plan.signature() == null ? Signature.of(SigningAuthority.OWN, null, "(chức vụ)", "(người ký)") : plan.signature(),
                List.of(), plan.filing()));
        return new Consolidated(result, ReportOutputs.workbook(result), report, result.submissions());
    }
}

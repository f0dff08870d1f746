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
        Units units = new Units();
        for (Received r : workbooks) {
            try {
                units.add(read(r, forms, limits));
            } catch (FormErrors e) {
                units.problems.addAll(e.problems());
            }
        }
        return consolidate(plan, forms, units, workbooks.isEmpty(), expected, asOf, rules);
    }

    /**
     * One unit's workbook, read.
     *
     * @param source the workbook's name in messages ("hoa-an.xlsx")
     * @param report the unit its "Đơn vị:" line names (else the source), when received, and its filled forms
     */
    public record UnitWorkbook(String source, UnitReport report) {
    }

    /**
     * Reads one unit's workbook, as {@link #consolidate} does with each: a host reading many workbooks
     * apart (on many machines) then gives them all to {@link #consolidateRead}.
     *
     * @throws FormErrors with every problem of the workbook, each opening with its source ("hoa-an.xlsx: Biểu 1!D7: ...")
     */
    public static UnitWorkbook read(Received workbook, List<Appendix> forms, WorkbookLimits limits) {
        try {
            var filled = FormWorkbook.read(workbook.workbook(), forms, workbook.source(), limits);
            String unit = FormWorkbook.unitName(workbook.workbook());
            return new UnitWorkbook(workbook.source(),
                    new UnitReport(unit.isEmpty() ? workbook.source() : unit, workbook.receivedOn(), filled, Map.of()));
        } catch (FormErrors e) {
            throw new FormErrors(workbook.source(), e.problems().stream().map(p -> workbook.source() + ": " + p).toList());
        }
    }

    /**
     * Consolidates workbooks already read by {@link #read}, as {@link #consolidate} does.
     *
     * @throws FormErrors when a unit sent two workbooks, or none was given; nothing is consolidated then
     */
    public static Consolidated consolidateRead(Document plan, List<Appendix> forms, List<UnitWorkbook> workbooks,
            List<String> expected, LocalDate asOf, DeadlineRules rules) {
        Units units = new Units();
        workbooks.forEach(units::add);
        return consolidate(plan, forms, units, workbooks.isEmpty(), expected, asOf, rules);
    }

    // the units' reports, one per unit, and every problem in the order of the workbooks
    private static final class Units {
        final List<String> problems = new ArrayList<>();
        final List<UnitReport> reports = new ArrayList<>();
        private final Map<String, String> byUnit = new HashMap<>();

        void add(UnitWorkbook w) {
            String name = w.report().unit();
            String other = byUnit.putIfAbsent(VietnameseText.nameKey(name), w.source());
            if (other != null) {
                problems.add(w.source() + ": a second workbook of " + name + " (the first is " + other + ")");
            } else {
                reports.add(w.report());
            }
        }
    }

    // the report's number takes the plan's issuer code: a plan read in without a number cannot give one
    private static Document numbered(Document plan) {
        if (plan.number() == null) {
            throw new IllegalArgumentException(plan.name() + " has no number: the consolidated report's number takes the plan's"
                    + " issuer code; give the plan its number first");
        }
        return plan;
    }

    private static Consolidated consolidate(Document plan, List<Appendix> forms, Units read, boolean none, List<String> expected,
            LocalDate asOf, DeadlineRules rules) {
        List<String> problems = read.problems;
        if (none) {
            problems.add("no unit workbook was given");
        }
        if (!problems.isEmpty()) {
            throw new FormErrors("the unit workbooks", problems);
        }
        List<UnitReport> reports = read.reports;
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
                new Header(null, plan.header().issuerName()), DocumentNumber.parse("   -BC/" + numbered(plan).number().issuerCode()),
                plan.place(), asOf, "tổng hợp kết quả thực hiện " + plan.kind().vietnameseName() + " số " + plan.number(),
                plan.signature() == null ? Signature.of(SigningAuthority.OWN, null, "(chức vụ)", "(người ký)") : plan.signature(),
                List.of(), plan.filing()));
        return new Consolidated(result, ReportOutputs.workbook(result), report, result.submissions());
    }
}

package vn.vanban4j.render.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.FormWorkbook.FilledForm;

/**
 * Consolidates unit reports into the superior's: figures summed per column, ratios recomputed from
 * the summed parts (never averaged), list forms concatenated with each unit's name, and who
 * reported on time, late or not at all. Stateless.
 */
public final class Consolidation {
    /** The label of the totals row. */
    public static final String TOTAL = "Tổng cộng";

    private Consolidation() {
    }

    /** How a unit stands against the deadline. */
    public enum Submission {
        ON_TIME("Đúng hạn"), LATE("Muộn"), MISSING("Chưa nộp");

        private final String vietnamese;

        Submission(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    /** A unit's line of the submission table. */
    public record SubmissionRow(String unit, LocalDate received, Submission status) {
    }

    /**
     * The consolidated forms and submission table.
     *
     * @param forms       each form as a table with a "Đơn vị" column; figure forms end with "Tổng cộng"
     * @param submissions every expected unit, in the order given
     * @param narrative   per outline section number, each unit's text prefixed with its name
     */
    public record Result(List<Appendix> forms, List<SubmissionRow> submissions, Map<String, List<String>> narrative,
            LocalDate due) {
    }

    /**
     * @param forms    the form definitions
     * @param expected every unit that owes a report, in order
     * @param due      the resolved due date (by its end)
     */
    public static Result of(List<Appendix> forms, List<UnitReport> reports, List<String> expected, LocalDate due) {
        Map<String, UnitReport> byUnit = new LinkedHashMap<>();
        reports.forEach(r -> byUnit.put(VietnameseText.nameKey(r.unit()), r));
        List<SubmissionRow> submissions = new ArrayList<>();
        List<UnitReport> present = new ArrayList<>();
        for (String unit : expected) {
            UnitReport report = byUnit.get(VietnameseText.nameKey(unit));
            if (report == null) {
                submissions.add(new SubmissionRow(unit, null, Submission.MISSING));
            } else {
                present.add(report);
                submissions.add(new SubmissionRow(unit, report.received(),
                        report.received().isAfter(due) ? Submission.LATE : Submission.ON_TIME));
            }
        }
        List<Appendix> tables = new ArrayList<>();
        for (Appendix form : forms) {
            tables.add(new Appendix(form.kind(), form.heading(), form.title(), form.note(), form.sections(),
                    consolidate(form.form(), form.heading(), present)));
        }
        Map<String, List<String>> narrative = new LinkedHashMap<>();
        for (UnitReport report : present) {
            report.narrative().entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                    .forEach(e -> narrative.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(report.unit() + ": " + e.getValue()));
        }
        return new Result(List.copyOf(tables), List.copyOf(submissions), narrative, due);
    }

    private static Table consolidate(Table form, String heading, List<UnitReport> reports) {
        List<Column> leaves = form.columns().stream().flatMap(c -> c.leaves().stream()).toList();
        List<Column> columns = new ArrayList<>();
        columns.add(form.columns().get(0));
        columns.add(Column.of("Đơn vị", ColumnType.TEXT));
        columns.addAll(form.columns().subList(1, form.columns().size()));
        boolean figures = FormWorkbook.isFigures(form);
        List<List<String>> rows = new ArrayList<>();
        long[] sums = new long[leaves.size()];
        int n = 0;
        for (UnitReport report : reports) {
            FilledForm filled = report.forms().get(heading);
            if (filled == null) {
                continue;
            }
            for (List<Object> values : filled.rows()) {
                n++;
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(n));
                row.add(report.unit());
                for (int c = 1; c < leaves.size(); c++) {
                    Object v = values.get(c);
                    if (leaves.get(c).type() == ColumnType.PERCENT) {
                        row.add(ratio(leaves, leaves.get(c), values));
                    } else {
                        row.add(v == null ? "" : v.toString());
                        if (v instanceof Long l && leaves.get(c).total()) {
                            sums[c] = Math.addExact(sums[c], l); // never wraps round to a negative total
                        }
                    }
                }
                rows.add(row);
            }
        }
        if (figures) {
            List<String> total = new ArrayList<>();
            total.add("");
            total.add(TOTAL);
            List<Object> summed = new ArrayList<>();
            for (long s : sums) {
                summed.add(s);
            }
            for (int c = 1; c < leaves.size(); c++) {
                Column leaf = leaves.get(c);
                total.add(leaf.type() == ColumnType.PERCENT ? ratio(leaves, leaf, summed)
                        : leaf.total() ? Long.toString(sums[c]) : "");
            }
            rows.add(total);
        }
        return new Table(columns, rows);
    }

    // a ratio from its parts, one decimal, decimal comma
    private static String ratio(List<Column> leaves, Column leaf, List<Object> values) {
        if (leaf.ratioOf().size() != 2) {
            return "";
        }
        Object part = values.get(FormWorkbook.columnIndex(leaves, leaf.ratioOf().get(0)));
        Object whole = values.get(FormWorkbook.columnIndex(leaves, leaf.ratioOf().get(1)));
        if (!(part instanceof Long p) || !(whole instanceof Long w) || w == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f", 100.0 * p / w).replace('.', ',');
    }
}

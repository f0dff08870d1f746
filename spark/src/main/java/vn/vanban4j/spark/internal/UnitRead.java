package vn.vanban4j.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.vanban4j.render.FormWorkbook.FilledForm;
import vn.vanban4j.render.report.Reports;
import vn.vanban4j.render.report.UnitReport;

/**
 * A unit workbook as an executor read it, sent back to the driver: its filled forms (cell values are
 * String, Long or Double) or the problems that kept it from being read.
 */
public record UnitRead(String source, String unit, LocalDate received, HashMap<String, Form> forms, ArrayList<String> problems)
        implements Serializable {

    /** A filled form, copied into serializable lists. */
    public record Form(String heading, ArrayList<ArrayList<Object>> rows) implements Serializable {
    }

    static UnitRead of(Reports.UnitWorkbook read) {
        HashMap<String, Form> forms = new HashMap<>();
        read.report().forms().forEach((name, form) -> {
            ArrayList<ArrayList<Object>> rows = new ArrayList<>();
            form.rows().forEach(row -> rows.add(new ArrayList<>(row)));
            forms.put(name, new Form(form.heading(), rows));
        });
        return new UnitRead(read.source(), read.report().unit(), read.report().received(), forms, new ArrayList<>());
    }

    static UnitRead failed(String source, List<String> problems) {
        return new UnitRead(source, null, null, new HashMap<>(), new ArrayList<>(problems));
    }

    /** The workbook as {@link Reports#consolidateRead} takes it. */
    public Reports.UnitWorkbook workbook() {
        Map<String, FilledForm> filled = new HashMap<>();
        forms.forEach((name, form) -> filled.put(name, new FilledForm(form.heading(), List.copyOf(form.rows()))));
        return new Reports.UnitWorkbook(source, new UnitReport(unit, received, filled, Map.of()));
    }
}

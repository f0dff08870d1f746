package vn.vanban4j.render.report;

import java.time.LocalDate;
import java.util.Map;
import vn.vanban4j.render.FormWorkbook.FilledForm;

/**
 * One unit's answer: when it arrived, its filled forms and its narrative per outline heading.
 *
 * @param unit      the unit's name
 * @param received  the day the report arrived
 * @param forms     filled forms by heading ("Biểu 1")
 * @param narrative text per outline section number ("I-", "2.1.")
 */
public record UnitReport(String unit, LocalDate received, Map<String, FilledForm> forms, Map<String, String> narrative) {
    public UnitReport {
        forms = Map.copyOf(forms);
        narrative = narrative == null ? Map.of() : Map.copyOf(narrative);
    }
}

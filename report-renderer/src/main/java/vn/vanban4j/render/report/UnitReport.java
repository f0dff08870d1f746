package vn.vanban4j.render.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Section;
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

    /**
     * The top-level sections of the outline ("I-", "II-" ...) that this report answers nowhere,
     * neither under the section itself nor under any of its subsections; each as "unit: thiếu mục I- ...".
     */
    public List<String> missingSections(Appendix outline) {
        List<String> missing = new ArrayList<>();
        for (Section section : outline.sections()) {
            if (!answered(section)) {
                missing.add(unit + ": thiếu mục " + section.number() + " " + section.title());
            }
        }
        return missing;
    }

    private boolean answered(Section section) {
        if (section.number() != null && narrative.containsKey(section.number())) {
            return true;
        }
        return section.sections().stream().anyMatch(this::answered);
    }
}

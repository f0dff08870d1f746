package vn.vanban4j.test;

import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.rules.WorkingCalendar;
import vn.vanban4j.samples.Samples;

/** Ready data for hosts' tests: the two seed plans, the state sample, an org chart, the working calendar. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Kế hoạch 107-KH/ThU of the Lai Châu city Party committee (26/12/2022). */
    public static Document laiChauPlan() {
        return Samples.laiChauPlan();
    }

    /** Kế hoạch 198-KH/TU of the Cao Bằng provincial Party committee (18/01/2023), with its outline and forms. */
    public static Document caoBangPlan() {
        return Samples.caoBangPlan();
    }

    /** An invented state plan (15/KH-UBND) under 107-KH/ThU. */
    public static Document statePlan() {
        return Samples.stateSamplePlan();
    }

    /** An illustrative org chart of Lai Châu city that the 107-KH/ThU names map onto. */
    public static OrgChart laiChauOrgChart() {
        return Samples.laiChauOrgChart();
    }

    /** The Vietnamese working calendar with the shipped yearly overlays. */
    public static WorkingCalendar calendar() {
        return WorkingCalendar.vietnam();
    }
}

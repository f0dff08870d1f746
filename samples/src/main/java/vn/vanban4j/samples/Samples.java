package vn.vanban4j.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgCharts;
import vn.vanban4j.model.Plans;

/** The sample documents shipped with vanban4j: the two seed plans as data and an illustrative org chart. */
public final class Samples {
    /** Resource name of Kế hoạch 107-KH/ThU (Thành ủy Lai Châu, 26/12/2022). */
    public static final String LAI_CHAU_PLAN = "107-KH-ThU.json";
    /** Resource name of Kế hoạch 198-KH/TU (Tỉnh ủy Cao Bằng, 18/01/2023). */
    public static final String CAO_BANG_PLAN = "198-KH-TU.json";
    /** Resource name of the illustrative state-layout plan 15/KH-UBND (invented, implementing 107-KH/ThU III.2). */
    public static final String STATE_SAMPLE_PLAN = "15-KH-UBND.json";
    /** Resource name of the illustrative org chart of Đảng bộ thành phố Lai Châu. */
    public static final String LAI_CHAU_ORG_CHART = "org-lai-chau.json";

    private Samples() {
    }

    /** Kế hoạch 107-KH/ThU of Thành ủy Lai Châu. */
    public static Document laiChauPlan() {
        return Plans.read(text(LAI_CHAU_PLAN), LAI_CHAU_PLAN);
    }

    /** Kế hoạch 198-KH/TU of Tỉnh ủy Cao Bằng. */
    public static Document caoBangPlan() {
        return Plans.read(text(CAO_BANG_PLAN), CAO_BANG_PLAN);
    }

    /** An illustrative UBND plan in the state layout: the vanban4j project's own example, not a real document. */
    public static Document stateSamplePlan() {
        return Plans.read(text(STATE_SAMPLE_PLAN), STATE_SAMPLE_PLAN);
    }

    /** The illustrative org chart for the Lai Châu plan: invented members, real unit names. */
    public static OrgChart laiChauOrgChart() {
        return OrgCharts.read(text(LAI_CHAU_ORG_CHART), LAI_CHAU_ORG_CHART);
    }

    /** A sample resource as text. */
    public static String text(String resource) {
        try (InputStream in = Samples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample named " + resource);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

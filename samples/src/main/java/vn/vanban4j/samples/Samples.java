package vn.vanban4j.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.Table;
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

    /**
     * One illustrative document of each kind other than the seeds' (invented, each summary marked
     * "mẫu minh họa của vanban4j"), by file name without ".json": công văn (state and Party),
     * Chương trình with a task-table annex, Báo cáo, Tờ trình, Quyết định, Nghị quyết, Thông báo,
     * Kết luận, Hướng dẫn, Giấy mời and Biên bản.
     */
    public static final List<String> KIND_SAMPLES = List.of("125-UBND-KT", "25-CV-DU", "12-CTr-DU", "45-BC-UBND",
            "88-TTr-SCT", "1696-QD-UBND", "25-2026-NQ-HDND", "40-TB-TU", "05-KL-TU", "12-HD-BTGDVTU", "58-GM-UBND",
            "03-BB-DKT");

    private Samples() {
    }

    /** A kind sample by its name in {@link #KIND_SAMPLES}. */
    public static Document kindSample(String name) {
        String resource = "kinds/" + name + ".json";
        return Plans.read(text(resource), resource);
    }

    /** Every sample document by name: the seeds, the state plan and the kind samples. */
    public static java.util.Map<String, Document> all() {
        java.util.Map<String, Document> all = new java.util.LinkedHashMap<>();
        all.put("107-KH-ThU", laiChauPlan());
        all.put("198-KH-TU", caoBangPlan());
        all.put("15-KH-UBND", stateSamplePlan());
        KIND_SAMPLES.forEach(name -> all.put(name, kindSample(name)));
        return all;
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

    /**
     * The forms a unit fills in under 198-KH/TU: Biểu 1 and 2 are this sample's own design, built
     * from the figures the outline asks for (branches that held both thematic sessions out of all,
     * ratio, sessions and attendances; units and persons with plans; models registered; news items);
     * Biểu 3, 4 and 5 are the plan's.
     */
    public static List<Appendix> caoBangReportForms() {
        Appendix bieu1 = new Appendix(Appendix.AppendixKind.FORM, "Biểu 1",
                "Kết quả học tập, sinh hoạt chuyên đề năm 2023 (mẫu của vanban4j)", null, List.of(),
                new Table(List.of(Column.of("Stt", ColumnType.ORDINAL),
                        new Column("Tổng số chi, đảng bộ, đơn vị trực thuộc", ColumnType.INTEGER, List.of(), "units", true, List.of()),
                        new Column("Số đã tổ chức đủ 02 lần sinh hoạt chuyên đề", ColumnType.INTEGER, List.of(), "held", true, List.of()),
                        new Column("Tỉ lệ (%)", ColumnType.PERCENT, List.of(), "ratio", false, List.of("held", "units")),
                        new Column("Số buổi sinh hoạt chuyên đề", ColumnType.INTEGER, List.of(), "sessions", true, List.of()),
                        new Column("Số lượt người tham dự", ColumnType.INTEGER, List.of(), "attendances", true, List.of())),
                        List.of()));
        Appendix bieu2 = new Appendix(Appendix.AppendixKind.FORM, "Biểu 2",
                "Xây dựng kế hoạch, mô hình và tuyên truyền năm 2023 (mẫu của vanban4j)", null, List.of(),
                new Table(List.of(Column.of("Stt", ColumnType.ORDINAL),
                        new Column("Số đơn vị xây dựng kế hoạch", ColumnType.INTEGER, List.of(), "unitPlans", true, List.of()),
                        new Column("Số cá nhân xây dựng kế hoạch", ColumnType.INTEGER, List.of(), "personalPlans", true, List.of()),
                        new Column("Số mô hình, điển hình đăng ký", ColumnType.INTEGER, List.of(), "models", true, List.of()),
                        new Column("Số tin, bài, ảnh tuyên truyền", ColumnType.INTEGER, List.of(), "news", true, List.of())),
                        List.of()));
        List<Appendix> forms = new ArrayList<>(List.of(bieu1, bieu2));
        caoBangPlan().appendices().stream().filter(a -> a.kind() == Appendix.AppendixKind.FORM).forEach(forms::add);
        return List.copyOf(forms);
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

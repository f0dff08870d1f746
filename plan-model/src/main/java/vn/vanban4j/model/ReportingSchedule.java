package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The reporting duty of a plan ("chế độ thông tin báo cáo"): who reports, to whom, through whom,
 * and when.
 *
 * @param reporters the units that report, as the plan names them
 * @param recipient the body reported to ("Ban Thường vụ Thành ủy")
 * @param via       the body the report goes through ("Ban Tuyên giáo Thành ủy"); null if none
 * @param reports   each report due
 */
public record ReportingSchedule(List<String> reporters, @JsonProperty(required = true) String recipient, String via, List<ReportDue> reports) {
    public ReportingSchedule {
        reporters = Required.list(reporters);
        Required.text(recipient, "recipient");
        reports = Required.list(reports);
    }

    /**
     * One report due.
     *
     * @param name     the report as the plan calls it ("Quý I", "báo cáo 06 tháng", "báo cáo năm")
     * @param deadline the time phrase as written ("trước ngày 31/3/2023"); null when the plan gives none
     * @param note     what the plan adds ("có văn bản riêng"); null if nothing
     */
    public record ReportDue(@JsonProperty(required = true) String name, String deadline, String note) {
        public ReportDue {
            Required.text(name, "name");
        }
    }
}

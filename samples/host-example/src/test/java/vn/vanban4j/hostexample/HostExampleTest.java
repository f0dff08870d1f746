package vn.vanban4j.hostexample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.test.Fixtures;
import vn.vanban4j.test.RenderedDocx;
import vn.vanban4j.test.VanbanAssertions;

/** README's host example runs end to end; its outputs are checked with vanban4j-test. */
class HostExampleTest {
    @TempDir
    Path dir;

    @Test
    void theHostExampleRuns() throws Exception {
        List<String> log = HostExample.run(dir, true);
        assertThat(log).contains("read Kế hoạch số 198-KH/TU, " + Fixtures.caoBangPlan().tasks().size() + " nhiệm vụ",
                "wrote 27-KH-UBND.docx", "wrote 27-KH-UBND.pdf");
        // quý II/2026 ends on Tuesday 30/6/2026; "trước ngày 15/12/2026" counts the day itself by default, a Tuesday
        assertThat(log).contains("Phòng Nội vụ: Hoàn thành trong quý II/2026 -> 2026-06-30",
                "Văn phòng HĐND và UBND huyện: trước ngày 15/12/2026 -> 2026-12-15");
        assertThat(log).anyMatch(l -> l.matches("\\d+ nghĩa vụ; đầu tiên: .+"));
        assertThat(log.get(log.size() - 1)).isEqualTo("consolidated 3 units: ON_TIME");

        VanbanAssertions.assertThat(RenderedDocx.read(dir.resolve("27-KH-UBND.docx")))
                .hasNumber("27/KH-UBND").hasPlaceAndDate("Hòa An, ngày 02 tháng 3 năm 2026")
                .hasTitle("KẾ HOẠCH", "Triển khai chuyển đổi số năm 2026 (mẫu minh họa của vanban4j)")
                .hasHeadings("I. NHIỆM VỤ").hasSignature("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Minh Họa")
                .hasRecipients("- UBND tỉnh (b/c);", "- Lưu: VT, VP.");
        RenderedDocx report = RenderedDocx.read(dir.resolve("bao-cao.docx"));
        assertThat(report.title()).first().isEqualTo("BÁO CÁO");
        VanbanAssertions.assertThat(report).containsText("Kế hoạch số 198-KH/TU").containsText("Huyện ủy Bảo Lạc");
        assertThat(dir.resolve("27-KH-UBND.pdf")).isRegularFile();
        assertThat(dir.resolve("tong-hop.xlsx")).isRegularFile();
    }
}

package vn.vanban4j.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.samples.host.HostExample;

/** README's host example (samples/.../host/HostExample.java) runs end to end. */
class HostExampleTest {
    @TempDir
    Path dir;

    @Test
    void theHostExampleRuns() throws Exception {
        List<String> log = HostExample.run(dir, true);
        assertThat(log).contains("read Kế hoạch số 198-KH/TU, " + Samples.caoBangPlan().tasks().size() + " nhiệm vụ",
                "wrote 27-KH-UBND.docx", "wrote 27-KH-UBND.pdf");
        // quý II/2026 ends on Tuesday 30/6/2026; "trước ngày 15/12/2026" counts the day itself by default, a Tuesday
        assertThat(log).contains("Phòng Nội vụ: Hoàn thành trong quý II/2026 -> 2026-06-30",
                "Văn phòng HĐND và UBND huyện: trước ngày 15/12/2026 -> 2026-12-15");
        assertThat(log).anyMatch(l -> l.matches("\\d+ nghĩa vụ; đầu tiên: .+"));
        assertThat(log.get(log.size() - 1)).isEqualTo("consolidated 3 units: ON_TIME");
        assertThat(dir.resolve("27-KH-UBND.docx")).isRegularFile();
        assertThat(dir.resolve("27-KH-UBND.pdf")).isRegularFile();
        assertThat(dir.resolve("bao-cao.docx")).isRegularFile();
        assertThat(dir.resolve("tong-hop.xlsx")).isRegularFile();
    }
}

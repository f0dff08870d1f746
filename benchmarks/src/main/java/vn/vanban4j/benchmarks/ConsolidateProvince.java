package vn.vanban4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.render.FormWorkbook;
import vn.vanban4j.render.report.Consolidation;
import vn.vanban4j.render.report.ReportOutputs;
import vn.vanban4j.render.report.UnitReport;
import vn.vanban4j.samples.Samples;

/**
 * A province: 2,000 unit workbooks read back, consolidated, and written as one SXSSF workbook, in
 * a 512 MB heap: {@code java -jar benchmarks/target/benchmarks.jar ConsolidateProvince -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class ConsolidateProvince {
    private List<Appendix> forms;
    private List<byte[]> workbooks;
    private List<String> units;

    @Setup
    public void setUp() throws IOException {
        forms = Samples.caoBangReportForms();
        workbooks = new ArrayList<>();
        units = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            units.add("Đơn vị " + i);
            workbooks.add(filled(i));
        }
    }

    private byte[] filled(int i) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(FormWorkbook.blank(forms, "Đơn vị " + i)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row b1 = book.getSheet("Biểu 1").getRow(3);
            b1.getCell(1).setCellValue(10 + i % 7);
            b1.getCell(2).setCellValue(8 + i % 3);
            b1.getCell(4).setCellValue(20);
            b1.getCell(5).setCellValue(300);
            Row b3 = book.getSheet("Biểu 3").getRow(3);
            b3.getCell(1).setCellValue("Mô hình " + i);
            book.write(out);
            return out.toByteArray();
        }
    }

    @Benchmark
    public byte[] readConsolidateWrite() {
        List<UnitReport> reports = new ArrayList<>(workbooks.size());
        for (int i = 0; i < workbooks.size(); i++) {
            reports.add(new UnitReport(units.get(i), LocalDate.of(2023, 12, 8),
                    FormWorkbook.read(workbooks.get(i), forms, "u" + i + ".xlsx"), Map.of()));
        }
        Consolidation.Result result = Consolidation.of(forms, reports, units, LocalDate.of(2023, 12, 11));
        return ReportOutputs.workbook(result);
    }
}

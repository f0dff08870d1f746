package vn.vanban4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.samples.ReportSample;
import vn.vanban4j.samples.Samples;

class ReportCommandTest {
    @TempDir
    Path dir;

    private Path plan() throws Exception {
        Path plan = dir.resolve("198-KH-TU.json");
        Files.writeString(plan, Samples.text(Samples.CAO_BANG_PLAN));
        return plan;
    }

    private Path forms() throws Exception {
        Path forms = dir.resolve("bieu.json");
        Files.writeString(forms, ModelJson.write(new FormSet(Samples.caoBangReportForms())));
        return forms;
    }

    @Test
    void blankFormsValidateEveryNumberCell() throws Exception {
        CliRun run = CliRun.of("report", "blank-forms", plan().toString(), "--forms", forms().toString(), "-o", dir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(dir.resolve("bieu-mau.xlsx"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(5);
            assertThat(book.getSheet("Biểu 1").getDataValidations()).hasSize(4);
            assertThat(book.getSheet("Biểu 2").getDataValidations()).hasSize(4);
        }
        // the plan alone carries Biểu 3-5
        assertThat(CliRun.of("report", "blank-forms", plan().toString(), "-o", dir.resolve("p").toString()).exit()).isZero();
    }

    @Test
    void consolidateWritesXlsxAndDocxOrNothingOnErrors() throws Exception {
        Path sample = dir.resolve("sample");
        ReportSample.run(sample);
        Path units = sample.resolve("don-vi");
        for (Path f : Files.list(units).toList()) {
            Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2023-12-05T03:00:00Z")));
        }
        Path out = dir.resolve("out");
        CliRun bad = CliRun.of("report", "consolidate", plan().toString(), units.toString(), "--forms", forms().toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("don-vi-11.xlsx: Biểu 1!B4: 'mười' is not a number");
        assertThat(out).doesNotExist();

        Files.delete(units.resolve("don-vi-11.xlsx"));
        CliRun good = CliRun.of("report", "consolidate", plan().toString(), units.toString(), "--forms", forms().toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
        assertThat(good.exit()).as(good.err()).isZero();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(out.resolve("tong-hop.xlsx"))))) {
            var bieu1 = book.getSheet("Biểu 1");
            var total = bieu1.getRow(bieu1.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getNumericCellValue()).isEqualTo(155.0);
            assertThat(book.getSheet("Tình hình nộp báo cáo").getRow(1).getCell(3).getStringCellValue()).isEqualTo("Đúng hạn");
        }
        assertThat(out.resolve("bao-cao.docx")).exists();
    }

    @Test
    void workbooksInOtherFormatsOrTwiceFromOneUnitOrNoneAtAllAreErrors() throws Exception {
        Path sample = dir.resolve("sample");
        ReportSample.run(sample);
        Path units = sample.resolve("don-vi");
        Files.delete(units.resolve("don-vi-11.xlsx"));
        Path out = dir.resolve("out");
        // a macro workbook and an upper-case extension: the first is refused, the second read
        Files.copy(units.resolve("don-vi-01.xlsx"), units.resolve("don-vi-01-ban-sao.xlsm"));
        Files.move(units.resolve("don-vi-02.xlsx"), units.resolve("DON-VI-02.XLSX"));
        CliRun xlsm = CliRun.of("report", "consolidate", plan().toString(), units.toString(), "--forms", forms().toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
        assertThat(xlsm.exit()).isEqualTo(1);
        assertThat(xlsm.err()).contains("don-vi-01-ban-sao.xlsm: not an .xlsx workbook").doesNotContain("DON-VI-02");
        Files.move(units.resolve("don-vi-01-ban-sao.xlsm"), units.resolve("don-vi-01-ban-sao.xlsx"));
        CliRun twice = CliRun.of("report", "consolidate", plan().toString(), units.toString(), "--forms", forms().toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
        assertThat(twice.exit()).isEqualTo(1);
        assertThat(twice.err()).contains("don-vi-01.xlsx: a second workbook of").contains("don-vi-01-ban-sao.xlsx");
        assertThat(out).doesNotExist();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        CliRun none = CliRun.of("report", "consolidate", plan().toString(), empty.toString(), "--forms", forms().toString(),
                "--as-of", "2023-12-15", "-o", out.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("holds no unit workbook");
    }
}

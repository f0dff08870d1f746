package vn.vanban4j.rules.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vanban4j.model.DeterministicZip;
import vn.vanban4j.rules.Compliance;
import vn.vanban4j.rules.Compliance.Standing;
import vn.vanban4j.rules.Obligation;

/**
 * The tracking sheet: one row per obligation with its due date and status at a date, as XLSX.
 * The same input gives the same bytes.
 */
public final class TrackingSheet {
    /** The column headers, in order. */
    public static final List<String> HEADERS = List.of("Mã", "Đơn vị", "Cá nhân", "Loại", "Vai trò", "Nội dung",
            "Thời hạn (theo kế hoạch)", "Hạn", "Ngày nộp", "Tình trạng", "Căn cứ tính hạn");

    private TrackingSheet() {
    }

    public static byte[] xlsx(Compliance.Report report, String title) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setCreated(Optional.of(
                    Date.from(report.asOf().atStartOfDay().toInstant(ZoneOffset.ofHours(7)))));
            book.getProperties().getCoreProperties().setCreator("vanban4j");
            Sheet sheet = book.createSheet("Theo dõi");
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setWrapText(true);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title + " - tình trạng đến ngày "
                    + vn.vanban4j.model.VietnameseText.shortDate(report.asOf()));
            titleRow.getCell(0).setCellStyle(header);
            Row head = sheet.createRow(1);
            for (int c = 0; c < HEADERS.size(); c++) {
                head.createCell(c).setCellValue(HEADERS.get(c));
                head.getCell(c).setCellStyle(header);
            }
            int r = 2;
            for (Standing standing : report.standings()) {
                Obligation o = standing.obligation();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.id());
                row.createCell(1).setCellValue(o.unitName());
                row.createCell(2).setCellValue(o.member() == null ? "" : o.member());
                row.createCell(3).setCellValue(kind(o));
                row.createCell(4).setCellValue(o.role() == Obligation.Role.LEAD ? "Chủ trì" : "Phối hợp");
                row.createCell(5).setCellValue(o.what());
                row.createCell(6).setCellValue(o.deadline() == null ? "" : o.deadline());
                if (o.due().due() != null) {
                    row.createCell(7).setCellValue(o.due().due());
                    row.getCell(7).setCellStyle(date);
                }
                if (standing.submitted() != null) {
                    row.createCell(8).setCellValue(standing.submitted());
                    row.getCell(8).setCellStyle(date);
                }
                row.createCell(9).setCellValue(status(standing.status()));
                row.createCell(10).setCellValue(o.due().reason());
            }
            sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, HEADERS.size() - 1));
            sheet.createFreezePane(0, 2);
            int[] widths = {22, 30, 20, 18, 10, 60, 30, 12, 12, 16, 50};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
            return DeterministicZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status as the sheet words it. */
    public static String status(Compliance.Status status) {
        return switch (status) {
            case DONE_ON_TIME -> "Đã nộp đúng hạn";
            case DONE_LATE -> "Nộp muộn";
            case OVERDUE -> "Quá hạn";
            case DUE_SOON -> "Sắp đến hạn";
            case NOT_YET_DUE -> "Chưa đến hạn";
            case PENDING -> "Chờ sự kiện";
            case NO_DEADLINE -> "Không có hạn";
        };
    }

    private static String kind(Obligation o) {
        return switch (o.kind()) {
            case TASK -> "Nhiệm vụ";
            case SUBORDINATE_PLAN -> "Xây dựng kế hoạch";
            case REPORT -> "Báo cáo";
            case PERSONAL_PLAN -> "Kế hoạch cá nhân";
            case EXEMPLARY_COMMITMENT -> "Đăng ký nêu gương";
        };
    }
}

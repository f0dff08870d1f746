package vn.vanban4j.render.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.DeterministicZip;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.Table;
import vn.vanban4j.model.VietnameseText;

/** The consolidated report as a document (for the renderer) and as a workbook. Stateless. */
public final class ReportOutputs {
    private ReportOutputs() {
    }

    /**
     * Who issues the consolidated report and how it is signed.
     *
     * @param header     the issuer ("HUYỆN ỦY HÒA AN" under "ĐẢNG BỘ TỈNH CAO BẰNG")
     * @param number     its number ("   -BC/HU" for a draft)
     * @param place      the place name
     * @param date       the issue date
     * @param summary    the summary under "BÁO CÁO"
     * @param signature  the signature
     * @param recipients where it goes
     * @param filing     the filing line
     */
    public record Issuer(Header header, DocumentNumber number, String place, LocalDate date, String summary,
            Signature signature, List<Recipient> recipients, String filing) {
    }

    /**
     * A Party-layout "BÁO CÁO": the outline's sections with each unit's text gathered under them,
     * the table of who reported, and the consolidated forms as landscape annexes.
     */
    public static Document document(Consolidation.Result result, Appendix outline, Issuer issuer) {
        List<Section> sections = new ArrayList<>();
        for (Section s : outline.sections()) {
            sections.add(gather(s, result));
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Consolidation.SubmissionRow row : result.submissions()) {
            rows.add(List.of(Integer.toString(++n), row.unit(),
                    row.received() == null ? "" : VietnameseText.shortDate(row.received()), row.status().vietnamese()));
        }
        Table submissions = new Table(List.of(Column.of("Stt", ColumnType.ORDINAL), Column.of("Đơn vị", ColumnType.TEXT),
                Column.of("Ngày nhận", ColumnType.DATE), Column.of("Tình trạng", ColumnType.TEXT)), rows);
        long late = result.submissions().stream().filter(s -> s.status() == Consolidation.Submission.LATE).count();
        long missing = result.submissions().stream().filter(s -> s.status() == Consolidation.Submission.MISSING).count();
        sections.add(new Section(null, "Tình hình nộp báo cáo (hạn " + VietnameseText.shortDate(result.due()) + ")",
                List.of(Paragraph.of(result.submissions().size() + " đơn vị phải báo cáo; " + late + " nộp muộn; "
                        + missing + " chưa nộp."), submissions)));
        return new Document(DocumentKind.REPORT, Family.PARTY, issuer.header(), issuer.number(), issuer.place(),
                issuer.date(), issuer.summary(), List.of(), null, null, List.of(), null, sections, null, null, null, null,
                issuer.recipients(), issuer.filing(), List.of(issuer.signature()), result.forms());
    }

    private static Section gather(Section outline, Consolidation.Result result) {
        List<Block> content = new ArrayList<>();
        List<String> texts = outline.number() == null ? null : result.narrative().get(outline.number());
        if (texts != null) {
            texts.forEach(t -> content.add(Paragraph.item("-", t)));
        }
        for (Block b : outline.content()) {
            if (b instanceof Section child) {
                content.add(gather(child, result));
            }
        }
        return new Section(outline.number(), outline.title(), content);
    }

    /** One sheet per form (totals in a row labelled "Tổng cộng") and a sheet of who reported; SXSSF, deterministic. */
    public static byte[] workbook(Consolidation.Result result) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(
                    Optional.of(java.util.Date.from(DeterministicZip.FIXED_TIME.toInstant())));
            Font bold = book.createFont();
            bold.setBold(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            for (Appendix form : result.forms()) {
                Sheet sheet = book.createSheet(form.heading());
                Table t = form.form();
                List<Column> leaves = t.columns().stream().flatMap(c -> c.leaves().stream()).toList();
                Row head = sheet.createRow(0);
                for (int c = 0; c < leaves.size(); c++) {
                    head.createCell(c).setCellValue(leaves.get(c).title());
                    head.getCell(c).setCellStyle(header);
                    sheet.setColumnWidth(c, (c == 0 ? 6 : 24) * 256);
                }
                int r = 1;
                for (List<String> values : t.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        String v = values.get(c);
                        ColumnType type = leaves.get(c).type();
                        if ((type == ColumnType.INTEGER || type == ColumnType.ORDINAL) && v.matches("\\d+")) {
                            row.createCell(c).setCellValue(Long.parseLong(v));
                        } else if (type == ColumnType.PERCENT && !v.isEmpty()) {
                            row.createCell(c).setCellValue(Double.parseDouble(v.replace(',', '.')));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                        if (Consolidation.TOTAL.equals(values.get(1))) {
                            row.getCell(c).setCellStyle(header);
                        }
                    }
                }
            }
            Sheet submitted = book.createSheet("Tình hình nộp báo cáo");
            Row head = submitted.createRow(0);
            String[] titles = {"Stt", "Đơn vị", "Ngày nhận", "Tình trạng"};
            for (int c = 0; c < titles.length; c++) {
                head.createCell(c).setCellValue(titles[c]);
                head.getCell(c).setCellStyle(header);
            }
            int r = 1;
            for (Consolidation.SubmissionRow s : result.submissions()) {
                Row row = submitted.createRow(r);
                row.createCell(0).setCellValue(r++);
                row.createCell(1).setCellValue(s.unit());
                row.createCell(2).setCellValue(s.received() == null ? "" : VietnameseText.shortDate(s.received()));
                row.createCell(3).setCellValue(s.status().vietnamese());
            }
            submitted.setColumnWidth(1, 40 * 256);
            book.write(out);
            return DeterministicZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
        }
    }
}

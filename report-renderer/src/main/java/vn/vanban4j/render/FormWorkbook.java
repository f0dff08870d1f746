package vn.vanban4j.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Column;
import vn.vanban4j.model.ColumnType;
import vn.vanban4j.model.DeterministicZip;
import vn.vanban4j.model.Table;
import vn.vanban4j.render.internal.XlsxScan;

/**
 * The forms ("Biểu") of a report as an XLSX workbook a unit fills in, and the filled workbook read
 * back. One sheet per form, named after it ("Biểu 1"); header cells locked; number cells validated;
 * percent cells computed by formula. Reading reports every problem by sheet and cell and returns
 * nothing when there is one. Stateless.
 */
public final class FormWorkbook {
    /** Rows a list form (Biểu 3-5) offers for filling in. */
    public static final int LIST_ROWS = 30;
    private static final int TITLE_ROWS = 2;

    private FormWorkbook() {
    }

    /** A form's filled rows: one list of cell values per row (String, Long or Double). */
    public record FilledForm(String heading, List<List<Object>> rows) {
    }

    /**
     * Problems found in a filled workbook, each as "Biểu 1!D7: message"; a {@link RenderException},
     * the one error type of this module.
     */
    public static final class FormErrors extends RenderException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public FormErrors(String source, List<String> problems) {
            super(Code.WORKBOOK, source + ": " + problems.size() + " problems\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** True when a form is a table of figures (one row per unit), not a list of items. */
    public static boolean isFigures(Table form) {
        return leaves(form).stream().anyMatch(c -> c.type() == ColumnType.INTEGER || c.type() == ColumnType.PERCENT);
    }

    static List<Column> leaves(Table form) {
        return form.columns().stream().flatMap(c -> c.leaves().stream()).toList();
    }

    /** A blank workbook for one unit. */
    public static byte[] blank(List<Appendix> forms, String unitName) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setCreated(
                    java.util.Optional.of(java.util.Date.from(DeterministicZip.FIXED_TIME.toInstant())));
            Styles styles = new Styles(book);
            for (Appendix form : forms) {
                Sheet sheet = book.createSheet(form.heading());
                Table table = form.form();
                List<Column> leaves = leaves(table);
                Row title = sheet.createRow(0);
                cell(title, 0, form.heading() + ": " + (form.title() == null ? "" : form.title()), styles.title);
                cell(sheet.createRow(1), 0, "Đơn vị: " + unitName, styles.locked);
                int depth = table.headerDepth();
                int[] column = {0};
                for (int r = 0; r < depth; r++) {
                    Row row = sheet.createRow(TITLE_ROWS + r);
                    for (int c = 0; c < leaves.size(); c++) {
                        cell(row, c, "", styles.header);
                    }
                }
                for (Column c : table.columns()) {
                    header(sheet, c, 0, depth, column, styles);
                }
                int first = TITLE_ROWS + depth;
                int rows = isFigures(table) ? 1 : LIST_ROWS;
                for (int r = 0; r < rows; r++) {
                    Row row = sheet.createRow(first + r);
                    for (int c = 0; c < leaves.size(); c++) {
                        Column leaf = leaves.get(c);
                        Cell cell = row.createCell(c);
                        if (leaf.type() == ColumnType.ORDINAL) {
                            cell.setCellValue(r + 1);
                            cell.setCellStyle(styles.locked);
                        } else if (leaf.type() == ColumnType.PERCENT && leaf.ratioOf().size() == 2) {
                            String num = letter(leaves, leaf.ratioOf().get(0)) + (first + r + 1);
                            String den = letter(leaves, leaf.ratioOf().get(1)) + (first + r + 1);
                            cell.setCellFormula("IF(N(" + den + ")=0,\"\",ROUND(100*" + num + "/" + den + ",1))");
                            cell.setCellStyle(styles.locked);
                        } else {
                            cell.setCellStyle(styles.input);
                        }
                    }
                }
                validate(sheet, leaves, first, first + rows - 1);
                for (int c = 0; c < leaves.size(); c++) {
                    sheet.setColumnWidth(c, (leaves.get(c).type() == ColumnType.ORDINAL ? 6 : 22) * 256);
                }
                sheet.protectSheet("");
            }
            book.write(out);
            return DeterministicZip.rewrite(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, Column c, int level, int depth, int[] column, Styles styles) {
        int row = TITLE_ROWS + level;
        int start = column[0];
        int rowspan = c.children().isEmpty() ? depth - level : 1;
        sheet.getRow(row).getCell(start).setCellValue(c.title());
        if (c.width() > 1 || rowspan > 1) {
            sheet.addMergedRegion(new CellRangeAddress(row, row + rowspan - 1, start, start + c.width() - 1));
        }
        if (c.children().isEmpty()) {
            column[0]++;
        } else {
            for (Column child : c.children()) {
                header(sheet, child, level + 1, depth, column, styles);
            }
        }
    }

    private static String letter(List<Column> leaves, String key) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(columnIndex(leaves, key));
    }

    private static void validate(Sheet sheet, List<Column> leaves, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int c = 0; c < leaves.size(); c++) {
            if (leaves.get(c).type() != ColumnType.INTEGER) {
                continue;
            }
            DataValidationConstraint whole = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                    "0", null);
            DataValidation validation = helper.createValidation(whole, new CellRangeAddressList(firstRow, lastRow, c, c));
            validation.setShowErrorBox(true);
            validation.createErrorBox("Số không hợp lệ", "Nhập số nguyên không âm");
            sheet.addValidationData(validation);
        }
    }

    /** The largest figure a unit's form may hold: totals of thousands of units then stay exact. */
    public static final long MAX_FIGURE = 1_000_000_000_000L;

    /**
     * Reads a filled workbook against its forms.
     *
     * @param source the file name, for messages
     * @throws FormErrors with every problem, "Biểu 1!D7: 'mười' is not a number"
     */
    public static Map<String, FilledForm> read(byte[] xlsx, List<Appendix> forms, String source) {
        return read(xlsx, forms, source, WorkbookLimits.DEFAULT);
    }

    /**
     * Reads a filled workbook against its forms, refusing it before parsing when it crosses a limit
     * (size, unzipped size, rows, cells) or is encrypted or not an XLSX.
     *
     * @param source the file name, for messages
     * @throws FormErrors with every problem, "Biểu 1!D7: 'mười' is not a number"
     */
    public static Map<String, FilledForm> read(byte[] xlsx, List<Appendix> forms, String source, WorkbookLimits limits) {
        List<String> refused = XlsxScan.problems(xlsx, limits);
        if (refused.isEmpty()) {
            refused = WorksheetCounts.problems(xlsx, limits);
        }
        if (!refused.isEmpty()) {
            throw new FormErrors(source, refused);
        }
        List<String> problems = new ArrayList<>();
        Map<String, FilledForm> filled = new LinkedHashMap<>();
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Appendix form : forms) {
                Sheet sheet = book.getSheet(form.heading());
                if (sheet == null) {
                    problems.add(form.heading() + ": the sheet is missing");
                    continue;
                }
                List<Column> leaves = leaves(form.form());
                int first = TITLE_ROWS + form.form().headerDepth();
                List<List<Object>> rows = new ArrayList<>();
                for (int r = first; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> values = new ArrayList<>();
                    boolean any = false;
                    for (int c = 0; c < leaves.size(); c++) {
                        Column leaf = leaves.get(c);
                        Cell cell = row == null ? null : row.getCell(c);
                        Object value = value(cell, leaf, form.heading(), limits, problems);
                        if (value != null && leaf.type() != ColumnType.ORDINAL && leaf.type() != ColumnType.PERCENT) {
                            any = true;
                        }
                        values.add(value);
                    }
                    if (any) {
                        checkCounts(leaves, values, form.heading() + "!" + (r + 1), problems);
                        rows.add(values);
                    }
                }
                filled.put(form.heading(), new FilledForm(form.heading(), rows));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FormErrors errors) {
                throw errors;
            }
            String why = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new FormErrors(source, List.of("not a readable XLSX workbook (" + (why.length() > 120 ? why.substring(0, 117) + "..." : why) + ")"));
        }
        if (!problems.isEmpty()) {
            throw new FormErrors(source, problems);
        }
        return filled;
    }

    /** The unit a workbook was made for: the "Đơn vị: ..." line of its first sheet; empty if absent. */
    public static String unitName(byte[] xlsx) {
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = book.getSheetAt(0).getRow(1);
            String line = row == null || row.getCell(0) == null ? "" : row.getCell(0).toString();
            return line.startsWith("Đơn vị:") ? line.substring("Đơn vị:".length()).strip() : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * A set of forms in a file of their own, for forms a plan does not carry.
     *
     * @param forms the forms, in order
     */
    public record FormSet(List<Appendix> forms) {
        public FormSet {
            forms = List.copyOf(forms);
        }
    }

    private static Object value(Cell cell, Column leaf, String sheet, WorkbookLimits limits, List<String> problems) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        String where = sheet + "!" + new CellAddress(cell).formatAsString();
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().length() > limits.textChars()) {
            problems.add(where + ": a text of " + cell.getStringCellValue().length() + " characters; a cell holds at most "
                    + limits.textChars() + " (WorkbookLimits.textChars)");
            return null;
        }
        switch (leaf.type()) {
            case INTEGER -> {
                if (cell.getCellType() == CellType.NUMERIC) {
                    double d = cell.getNumericCellValue();
                    if (d < 0 || d != Math.rint(d)) {
                        problems.add(where + ": " + d + " is not a whole number of zero or more");
                        return null;
                    }
                    if (d > MAX_FIGURE) {
                        problems.add(where + ": " + String.format(java.util.Locale.ROOT, "%.0f", d) + " is larger than any count a unit reports (at most "
                                + MAX_FIGURE + ")");
                        return null;
                    }
                    return (long) d;
                }
                String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : cell.toString();
                if (text.isEmpty()) {
                    return null;
                }
                try {
                    long n = Long.parseLong(text.replace(".", "").replace(" ", ""));
                    if (n > MAX_FIGURE || n < 0) {
                        problems.add(where + ": " + quoted(text) + " is not a count of zero to " + MAX_FIGURE);
                        return null;
                    }
                    return n;
                } catch (NumberFormatException e) {
                    problems.add(where + ": " + quoted(text) + " is not a number");
                    return null;
                }
            }
            case PERCENT -> {
                if (cell.getCellType() != CellType.FORMULA) {
                    problems.add(where + ": a percent typed in; it is computed from " + String.join(" and ", leaf.ratioOf()));
                }
                return null;
            }
            default -> {
                return cell.getCellType() == CellType.NUMERIC ? Long.valueOf((long) cell.getNumericCellValue())
                        : cell.toString().strip();
            }
        }
    }

    private static String quoted(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }

    // a count of "held" cannot exceed its total, as the ratio columns say
    private static void checkCounts(List<Column> leaves, List<Object> values, String row, List<String> problems) {
        for (Column leaf : leaves) {
            if (leaf.ratioOf().size() != 2) {
                continue;
            }
            Object part = values.get(columnIndex(leaves, leaf.ratioOf().get(0)));
            Object whole = values.get(columnIndex(leaves, leaf.ratioOf().get(1)));
            if (part instanceof Long p && whole instanceof Long w && p > w) {
                problems.add(row + ": " + p + " is larger than its total " + w);
            }
        }
    }

    /** The position of the leaf column with this key. */
    public static int columnIndex(List<Column> leaves, String key) {
        for (int i = 0; i < leaves.size(); i++) {
            if (key.equals(leaves.get(i).key())) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column with key \"" + key + "\"");
    }

    private static void cell(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /**
     * Counts the rows of each worksheet and the cells of all, as an XML reader sees them: it honours
     * each part's byte-order mark and declared encoding, so a sheet saved as UTF-16 counts as one in
     * UTF-8 does, and a worksheet counts wherever in the archive it lies. Runs after the byte scan,
     * so what it reads is already bounded by {@link WorkbookLimits#uncompressedBytes()}; stops at the
     * first limit crossed.
     */
    private static final class WorksheetCounts {
        private WorksheetCounts() {
        }

        static List<String> problems(byte[] xlsx, WorkbookLimits limits) {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newDefaultFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            long cells = 0;
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(xlsx))) {
                for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    javax.xml.stream.XMLStreamReader xml;
                    try {
                        // the reader closes its input at the end of a part; the archive must stay open for the next
                        xml = factory.createXMLStreamReader(new java.io.FilterInputStream(zip) {
                            @Override
                            public void close() {
                            }
                        });
                        int event = xml.getEventType();
                        while (event != javax.xml.stream.XMLStreamConstants.START_ELEMENT && xml.hasNext()) {
                            event = xml.next();
                        }
                        if (event != javax.xml.stream.XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("worksheet")) {
                            continue;
                        }
                    } catch (javax.xml.stream.XMLStreamException e) {
                        continue; // not XML (an image, a binary part): no rows to count
                    }
                    String sheet = sheetName(entry.getName());
                    try {
                        int rows = 0;
                        while (xml.hasNext()) {
                            if (xml.next() != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                                continue;
                            }
                            if (xml.getLocalName().equals("row") && ++rows > limits.rowsPerSheet()) {
                                return List.of(sheet + " holds more than " + limits.rowsPerSheet() + " rows (WorkbookLimits.rowsPerSheet)");
                            }
                            if (xml.getLocalName().equals("c") && ++cells > limits.cells()) {
                                return List.of("holds more than " + limits.cells() + " cells (WorkbookLimits.cells)");
                            }
                        }
                        xml.close();
                    } catch (javax.xml.stream.XMLStreamException e) {
                        return List.of(sheet + " is not well-formed XML (" + oneLine(e.getMessage()) + ")");
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                return List.of("a damaged zip archive, not a readable XLSX workbook (" + oneLine(e.getMessage()) + ")");
            }
            return List.of();
        }

        private static String sheetName(String part) {
            String name = part.startsWith("xl/worksheets/") ? part.substring("xl/worksheets/".length()) : part;
            return "worksheet " + (name.endsWith(".xml") ? name.substring(0, name.length() - ".xml".length()) : name);
        }

        private static String oneLine(String message) {
            String line = String.join(" ", String.valueOf(message).strip().split("\\s*\n\\s*"));
            return line.length() > 160 ? line.substring(0, 157) + "..." : line;
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle locked;
        final CellStyle input;

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(bold);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            border(header);
            locked = book.createCellStyle();
            border(locked);
            input = book.createCellStyle();
            input.setLocked(false);
            input.setWrapText(true);
            border(input);
        }

        private static void border(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}

package vn.vanban4j.spark.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.ModelJson;
import vn.vanban4j.render.FormWorkbook.FormErrors;
import vn.vanban4j.render.FormWorkbook.FormSet;
import vn.vanban4j.render.WorkbookLimits;
import vn.vanban4j.render.report.Reports;

/**
 * What one task does with its unit workbooks (rows of {@code path}, {@code length} and
 * {@code modificationTime}): reads each .xlsx through {@link Reports#read}, bounded by
 * {@link WorkbookLimits#DEFAULT}; a workbook saved in another spreadsheet format is a problem (it would
 * silently drop its unit), other files are passed over, as the single-machine command does.
 */
public final class ConsolidatePartition implements FlatMapFunction<Iterator<Row>, UnitRead> {
    private static final long serialVersionUID = 1L;
    private static final Set<String> OTHER_SPREADSHEETS = Set.of("xlsm", "xls", "ods", "xlsb");
    // the day a workbook was received is its file's day in Vietnam, as the command line takes it
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final String formsJson;
    private final HadoopConf conf;

    /** @param formsJson the forms as JSON ({@link FormSet}): records travel to executors as text */
    public ConsolidatePartition(String formsJson, HadoopConf conf) {
        this.formsJson = formsJson;
        this.conf = conf;
    }

    @Override
    public Iterator<UnitRead> call(Iterator<Row> files) {
        List<Appendix> forms = ModelJson.read(formsJson, "forms", FormSet.class).forms();
        List<UnitRead> read = new ArrayList<>();
        while (files.hasNext()) {
            Row file = files.next();
            String path = file.getString(0);
            String name = path.substring(path.lastIndexOf('/') + 1);
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            if (OTHER_SPREADSHEETS.contains(extension)) {
                read.add(UnitRead.failed(name, List.of(name + ": not an .xlsx workbook; save it as Excel .xlsx")));
            } else if (extension.equals("xlsx")) {
                LocalDate on = LocalDate.ofInstant(file.getTimestamp(2).toInstant(), VIETNAM);
                read.add(read(path, name, file.getLong(1), on, forms));
            }
        }
        return read.iterator();
    }

    private UnitRead read(String path, String name, long length, LocalDate on, List<Appendix> forms) {
        WorkbookLimits limits = WorkbookLimits.DEFAULT;
        try {
            byte[] bytes = BoundedFiles.read(path, length, limits.fileBytes(), "WorkbookLimits.fileBytes", conf);
            return UnitRead.of(Reports.read(new Reports.Received(name, bytes, on), forms, limits));
        } catch (IOException e) {
            return UnitRead.failed(name, List.of(e.getMessage()));
        } catch (FormErrors e) {
            return UnitRead.failed(name, e.problems());
        }
    }
}

package vn.vanban4j.spark.internal;

import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban4j.importer.ImportException;
import vn.vanban4j.importer.ImportLimits;
import vn.vanban4j.importer.Importer;
import vn.vanban4j.rules.DeadlineRules;

/**
 * What one task does with its files (rows of {@code path} and {@code length} from Spark's binary file
 * listing): reads each, bounded by {@link ImportLimits#fileBytes()}, through the importer, and gives
 * one row per file; a file that cannot be read gives a row with its error, never a failed task.
 */
public final class ImportPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ImportPartition.class);

    private final Limits limits;
    private final HadoopConf conf;

    public ImportPartition(ImportLimits limits, HadoopConf conf) {
        this.limits = Limits.of(limits);
        this.conf = conf;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        // made once per partition, lazily, on the executor: nothing static, nothing shared between tasks
        ImportLimits bounds = limits.importLimits();
        DeadlineRules rules = DeadlineRules.standard();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                return read(file.getString(0), file.getLong(1), bounds, rules);
            }
        };
    }

    private Row read(String file, long length, ImportLimits bounds, DeadlineRules rules) {
        Optional<Importer.Format> format = Importer.Format.of(file);
        if (format.isEmpty()) {
            return ImportRows.failed(file, file + ": cannot tell the format from the name: use .docx, .pdf or .txt");
        }
        try {
            byte[] bytes = BoundedFiles.read(file, length, bounds.fileBytes(), "ImportLimits.fileBytes", conf);
            return ImportRows.of(file, Importer.read(bytes, format.get(), file, bounds), rules);
        } catch (ImportException | IOException e) {
            return ImportRows.failed(file, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // a fault of the reader on this file, not of the job: logged with its trace, reported on its row
            LOG.warn("{}: the importer failed", file, e);
            return ImportRows.failed(file, file + ": the importer failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }
}

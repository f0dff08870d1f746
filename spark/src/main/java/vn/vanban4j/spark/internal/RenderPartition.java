package vn.vanban4j.spark.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban4j.model.AtomicFiles;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.PlanFormatException;
import vn.vanban4j.model.Plans;
import vn.vanban4j.render.PdfConverter;
import vn.vanban4j.render.RenderException;
import vn.vanban4j.render.Renderer;

/**
 * What one task does with its documents (rows of {@code id}, {@code json} and {@code copies}, how many
 * rows share the id): renders each to {@code <target>/<id>.docx} (and {@code .pdf}), each file written
 * to a temporary beside it then moved, and gives one index row per document, its error when it has one.
 */
public final class RenderPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RenderPartition.class);

    /** The index table's columns. */
    public static final StructType INDEX = new StructType(new StructField[] {
            DataTypes.createStructField("id", DataTypes.StringType, true),
            DataTypes.createStructField("file", DataTypes.StringType, true),
            DataTypes.createStructField("pdf", DataTypes.StringType, true),
            DataTypes.createStructField("error", DataTypes.StringType, true)});

    // an id becomes a file name: no separators, no leading dot, no more than a file system takes
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}_-][\\p{L}\\p{N}._-]{0,119}");

    private final String target;
    private final Duration pdfTimeout;

    /** @param pdfTimeout the time limit of each PDF conversion; null for DOCX only */
    public RenderPartition(String target, Duration pdfTimeout) {
        this.target = target;
        this.pdfTimeout = pdfTimeout;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
        // one renderer per partition, made on the executor; LibreOffice started only if a PDF is asked for, and ended with the partition
        Renderer renderer = Renderer.standard();
        List<Row> index = new ArrayList<>();
        try (Office office = new Office(pdfTimeout)) {
            while (documents.hasNext()) {
                Row row = documents.next();
                index.add(render(row.getString(0), row.getString(1), row.getLong(2), renderer, office));
            }
        }
        return index.iterator();
    }

    /** LibreOffice for one partition: started at its first PDF, stopped when the partition is done. */
    private static final class Office implements AutoCloseable {
        private final Duration timeout;
        private PdfConverter converter;

        Office(Duration timeout) {
            this.timeout = timeout;
        }

        PdfConverter get() {
            if (converter == null) {
                converter = PdfConverter.standard().withTimeout(timeout).withProcesses(1).withShutdownHook(false);
            }
            return converter;
        }

        @Override
        public void close() {
            if (converter != null) {
                converter.close();
            }
        }
    }

    private Row render(String id, String json, long copies, Renderer renderer, Office office) {
        if (id == null) {
            return failed(null, "a document without an id: each line is {\"id\": \"...\", \"document\": {...}}");
        }
        if (!ID.matcher(id).matches()) {
            return failed(id, "id \"" + id + "\": use letters, digits, '.', '_' and '-' (at most 120, not starting with '.');"
                    + " it names the file");
        }
        if (copies > 1) {
            return failed(id, "id \"" + id + "\" is given to " + copies + " documents; each needs its own");
        }
        if (json == null) {
            return failed(id, id + ": no document");
        }
        if (json.length() > Plans.MAX_BYTES) {
            return failed(id, id + ": the document is larger than " + Plans.MAX_BYTES + " characters (Plans.MAX_BYTES)");
        }
        try {
            Document doc = Plans.read(json, id);
            byte[] docx = renderer.docx(doc);
            Path file = Path.of(target, id + ".docx");
            if (pdfTimeout == null) {
                AtomicFiles.write(file, docx);
                return RowFactory.create(id, file.toString(), null, null);
            }
            byte[] pdf = office.get().pdf(docx, id + ".docx");
            Path pdfFile = Path.of(target, id + ".pdf");
            // both or neither
            AtomicFiles.writeAll(Map.of(file, o -> o.write(docx), pdfFile, o -> o.write(pdf)));
            return RowFactory.create(id, file.toString(), pdfFile.toString(), null);
        } catch (PlanFormatException | RenderException e) {
            return failed(id, e.getMessage());
        } catch (IOException e) {
            return failed(id, id + ": cannot write: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{}: rendering failed", id, e);
            return failed(id, id + ": rendering failed (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static Row failed(String id, String error) {
        return RowFactory.create(id, null, null, error);
    }
}

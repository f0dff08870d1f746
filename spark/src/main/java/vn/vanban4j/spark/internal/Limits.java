package vn.vanban4j.spark.internal;

import java.io.Serializable;
import java.time.Duration;
import vn.vanban4j.importer.ImportLimits;

/** {@link ImportLimits} as a value Spark can ship to its executors (the record itself is not serializable). */
public record Limits(long fileBytes, long unzippedBytes, int zipEntries, int xmlDepth, int paragraphs, int footnotes, int pages,
        int glyphsPerPage, long contentBytes, int formCalls, long textChars, int lineChars, Duration time) implements Serializable {

    public static Limits of(ImportLimits l) {
        return new Limits(l.fileBytes(), l.unzippedBytes(), l.zipEntries(), l.xmlDepth(), l.paragraphs(), l.footnotes(), l.pages(),
                l.glyphsPerPage(), l.contentBytes(), l.formCalls(), l.textChars(), l.lineChars(), l.time());
    }

    public ImportLimits importLimits() {
        return new ImportLimits(fileBytes, unzippedBytes, zipEntries, xmlDepth, paragraphs, footnotes, pages, glyphsPerPage,
                contentBytes, formCalls, textChars, lineChars, time);
    }
}

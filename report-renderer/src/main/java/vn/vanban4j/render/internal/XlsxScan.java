package vn.vanban4j.render.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.vanban4j.render.WorkbookLimits;

/**
 * Looks at a workbook's bytes before POI parses them: what the file is (an XLSX, an encrypted or
 * old-format Excel file, something else) and whether it stays within the limits, counting the
 * bytes each part really unzips to and the rows and cells each sheet holds. Stops reading as soon
 * as a limit is crossed, so a zip bomb costs a few milliseconds.
 */
public final class XlsxScan {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private XlsxScan() {
    }

    /** The problems that keep these bytes from being read as a workbook; empty when it may be parsed. */
    public static List<String> problems(byte[] bytes, WorkbookLimits limits) {
        if (bytes.length > limits.fileBytes()) {
            return List.of("the file is " + megabytes(bytes.length) + "; a unit's workbook is at most "
                    + megabytes(limits.fileBytes()) + " (WorkbookLimits.fileBytes)");
        }
        if (startsWith(bytes, OLE2)) {
            return List.of("an encrypted (password-protected) workbook or an old Excel 97-2003 file;"
                    + " save it as an .xlsx workbook without a password");
        }
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            return List.of("not an XLSX workbook (an .xlsx file is a zip archive; this one is not)");
        }
        List<String> problems = new ArrayList<>();
        long total = 0;
        int cells = 0;
        boolean workbookPart = false;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                workbookPart |= name.equals("xl/workbook.xml");
                boolean sheet = name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                ElementCounter counter = sheet ? new ElementCounter() : null;
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    total += n;
                    if (total > limits.uncompressedBytes()) {
                        return List.of("unzips to more than " + megabytes(limits.uncompressedBytes())
                                + " (WorkbookLimits.uncompressedBytes); a zip bomb, or far more than a form holds");
                    }
                    if (counter != null) {
                        counter.feed(buffer, n);
                        if (counter.rows > limits.rowsPerSheet()) {
                            return List.of(sheetName(name) + " holds more than " + limits.rowsPerSheet()
                                    + " rows (WorkbookLimits.rowsPerSheet)");
                        }
                        if (cells + counter.cells > limits.cells()) {
                            return List.of("holds more than " + limits.cells() + " cells (WorkbookLimits.cells)");
                        }
                    }
                }
                if (counter != null) {
                    cells += counter.cells;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return List.of("a damaged zip archive, not a readable XLSX workbook (" + e.getMessage() + ")");
        }
        if (!workbookPart) {
            problems.add("a zip archive but not an XLSX workbook (no xl/workbook.xml)");
        }
        return problems;
    }

    private static String sheetName(String part) {
        return "worksheet " + part.substring("xl/worksheets/".length(), part.length() - ".xml".length());
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String megabytes(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    }

    /** Counts &lt;row&gt; and &lt;c&gt; start tags (with or without a prefix) across buffer boundaries. */
    private static final class ElementCounter {
        private final StringBuilder name = new StringBuilder(8);
        private boolean inName;
        int rows;
        int cells;

        void feed(byte[] b, int n) {
            for (int i = 0; i < n; i++) {
                char c = (char) (b[i] & 0xFF);
                if (c == '<') {
                    inName = true;
                    name.setLength(0);
                } else if (inName) {
                    if (c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
                        inName = false;
                        count();
                    } else if (c == ':') {
                        name.setLength(0); // drop a namespace prefix
                    } else if (name.length() < 4) {
                        name.append(c);
                    } else {
                        inName = false;
                    }
                }
            }
        }

        private void count() {
            if (name.length() == 3 && name.charAt(0) == 'r' && name.charAt(1) == 'o' && name.charAt(2) == 'w') {
                rows++;
            } else if (name.length() == 1 && name.charAt(0) == 'c') {
                cells++;
            }
        }
    }
}

package vn.vanban4j.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files for rendered documents: a DOCX is compared with a stored description of it (each
 * paragraph's text and look, each section's page setup), so a failing test shows what changed in
 * words, not in zip bytes. A missing golden file is written and the test fails once, asking for it
 * to be reviewed and committed; {@code -Dvanban4j.golden.update=true} rewrites them all.
 */
public final class DocxGolden {
    private DocxGolden() {
    }

    /**
     * Checks a DOCX against its golden file.
     *
     * @throws AssertionError listing the lines that differ (- golden, + now)
     */
    public static void assertMatches(Path golden, byte[] docx) throws IOException {
        String now = RenderedDocx.of(docx).described();
        if (!Files.exists(golden) || Boolean.getBoolean("vanban4j.golden.update")) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.writeString(golden, now, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("vanban4j.golden.update")) {
                throw new AssertionError("wrote the golden file " + golden + "; review it and commit it");
            }
            return;
        }
        String before = Files.readString(golden, StandardCharsets.UTF_8);
        if (!before.equals(now)) {
            throw new AssertionError("the document differs from " + golden + ":\n" + difference(before, now));
        }
    }

    /** The lines that differ, as "- old" and "+ new" with their line numbers, at most 40. */
    public static String difference(String before, String now) {
        List<String> a = before.lines().toList();
        List<String> b = now.lines().toList();
        // longest common subsequence, fine for documents of a few thousand lines
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        int shown = 0;
        while ((i < a.size() || j < b.size()) && shown < 40) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append(String.format("%5d - %s\n", i + 1, a.get(i++)));
                shown++;
            } else {
                out.append(String.format("%5d + %s\n", j + 1, b.get(j++)));
                shown++;
            }
        }
        return out.toString();
    }
}

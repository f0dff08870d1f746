package vn.vanban4j.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import vn.vanban4j.model.DeterministicZip;

/**
 * What no DOCX writer can avoid: the rendered DOCX's bytes put together again, with no model, no
 * layout and no template. Made from a rendered DOCX, each part is kept as its markup pieces and its
 * text (unescaped); {@link #write()} appends them to a {@code StringBuilder}, escaping the text,
 * encodes each part as UTF-8 and zips the parts in their order with the fixed time. The result is byte
 * for byte the DOCX it was made from ({@link #of} checks it). Most of its time is the deflating.
 */
final class DocxCopy {
    private static final String TEXT_OPEN = "<w:t xml:space=\"preserve\">";
    private static final String TEXT_CLOSE = "</w:t>";

    private final List<String> names;
    private final List<String[]> pieces; // per part: markup, text, markup, text ... markup

    private DocxCopy(List<String> names, List<String[]> pieces) {
        this.names = names;
        this.pieces = pieces;
    }

    static DocxCopy of(byte[] docx) {
        List<String> names = new ArrayList<>();
        List<String[]> pieces = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                pieces.add(split(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocxCopy copy = new DocxCopy(names, pieces);
        if (!Arrays.equals(copy.write(), docx)) {
            throw new IllegalStateException("the copy is not the rendered DOCX byte for byte");
        }
        return copy;
    }

    // markup and text alternate; text is unescaped so that write() escapes it again
    private static String[] split(String xml) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int open = xml.indexOf(TEXT_OPEN); open >= 0; open = xml.indexOf(TEXT_OPEN, from)) {
            int start = open + TEXT_OPEN.length();
            int end = xml.indexOf(TEXT_CLOSE, start);
            out.add(xml.substring(from, start));
            out.add(xml.substring(start, end).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                    .replace("&amp;", "&"));
            from = end;
        }
        out.add(xml.substring(from));
        return out.toArray(String[]::new);
    }

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int p = 0; p < names.size(); p++) {
                String[] part = pieces.get(p);
                StringBuilder xml = new StringBuilder(64 * 1024);
                for (int i = 0; i < part.length; i++) {
                    if (i % 2 == 0) {
                        xml.append(part[i]);
                    } else {
                        escape(xml, part[i]);
                    }
                }
                ZipEntry entry = DeterministicZip.entry(names.get(p));
                zip.putNextEntry(entry);
                zip.write(xml.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void escape(StringBuilder out, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}

package vn.vanban4j.signatures.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * What a signed PDF gained after a given signed revision, read from where each object's latest version
 * sits in the file: an object whose offset lies past the revision's end was added or changed after it.
 * Allowed kinds are those a later signer or the clerk adds (signatures, form fields, annotations and
 * their appearances); a page's content changed or pages added or removed are not.
 */
public final class Revisions {
    private final PDDocument document;
    private final byte[] pdf;
    private final Map<COSObjectKey, Long> offsets = new HashMap<>();
    private final Map<COSObjectKey, Integer> pageContents = new HashMap<>();
    private final Map<COSObjectKey, Integer> pages = new HashMap<>();

    /** @param document the whole file, read by PDFBox from {@code pdf} */
    public Revisions(PDDocument document, byte[] pdf) {
        this.document = document;
        this.pdf = pdf;
        Map<COSObjectKey, Long> xref = document.getDocument().getXrefTable();
        Map<Long, Long> streamOffsets = new HashMap<>();
        xref.forEach((key, offset) -> {
            if (offset > 0 && key.getGeneration() == 0) {
                streamOffsets.put(key.getNumber(), offset);
            }
        });
        // an object inside an object stream sits where its object stream does
        xref.forEach((key, offset) -> offsets.put(key, offset >= 0 ? offset : streamOffsets.getOrDefault(-offset, 0L)));
        int number = 1;
        for (PDPage page : document.getPages()) {
            COSObjectKey pageKey = page.getCOSObject().getKey();
            if (pageKey != null) {
                pages.put(pageKey, number);
            }
            for (COSObjectKey key : contentKeys(page.getCOSObject().getItem(COSName.CONTENTS))) {
                pageContents.put(key, number);
            }
            number++;
        }
    }

    /** The additions after a revision ending at byte {@code end}, and whether all are allowed. */
    public Additions after(long end) {
        List<String> found = new ArrayList<>();
        boolean allowed = true;
        boolean pageTreeChanged = false;
        for (Map.Entry<COSObjectKey, Long> entry : offsets.entrySet().stream()
                .filter(e -> e.getValue() >= end).sorted(Map.Entry.comparingByKey()).toList()) {
            COSObjectKey key = entry.getKey();
            if (pageContents.containsKey(key)) {
                found.add("content of page " + pageContents.get(key));
                allowed = false;
                continue;
            }
            COSObject object = document.getDocument().getObjectFromPool(key);
            COSBase value = object == null ? null : object.getObject();
            if (value instanceof COSDictionary dict) {
                String kind = kind(dict, key);
                if (kind != null && !found.contains(kind)) {
                    found.add(kind);
                }
                pageTreeChanged |= COSName.PAGES.equals(dict.getCOSName(COSName.TYPE));
            }
        }
        if (pageTreeChanged && pageCountBefore(end) != document.getNumberOfPages()) {
            found.add("pages added or removed");
            allowed = false;
        }
        return new Additions(found, allowed);
    }

    // what a changed object is, in a clerk's words; null for the plumbing (fonts, resources, xref streams)
    private String kind(COSDictionary dict, COSObjectKey key) {
        COSName type = dict.getCOSName(COSName.TYPE);
        if (COSName.SIG.equals(type) || COSName.DOC_TIME_STAMP.equals(type)) {
            return "signature";
        }
        if (COSName.SIG.equals(dict.getCOSName(COSName.FT))) {
            return "signature field " + dict.getString(COSName.T, "");
        }
        if (COSName.ANNOT.equals(type) || dict.containsKey(COSName.RECT) && dict.containsKey(COSName.SUBTYPE)) {
            String where = page(dict);
            return "annotation " + dict.getNameAsString(COSName.SUBTYPE) + (where.isEmpty() ? "" : " on " + where);
        }
        if (dict.containsKey(COSName.FIELDS)) {
            return "form fields";
        }
        if (pages.containsKey(key)) {
            return "annotations or resources of page " + pages.get(key);
        }
        if (COSName.getPDFName("DSS").equals(type) || dict.containsKey(COSName.getPDFName("VRI"))) {
            return "validation data";
        }
        return null;
    }

    private String page(COSDictionary annotation) {
        COSBase p = annotation.getDictionaryObject(COSName.P);
        if (p instanceof COSDictionary dict) {
            int index = document.getPages().indexOf(new PDPage(dict));
            return index < 0 ? "" : "page " + (index + 1);
        }
        return "";
    }

    private int pageCountBefore(long end) {
        try (PDDocument before = Loader.loadPDF(Arrays.copyOf(pdf, (int) end))) {
            return before.getNumberOfPages();
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<COSObjectKey> contentKeys(COSBase contents) {
        List<COSObjectKey> keys = new ArrayList<>();
        if (contents instanceof COSObject object) {
            keys.add(object.getKey());
            keys.addAll(contentKeys(object.getObject() instanceof COSArray array ? array : null));
        } else if (contents instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof COSObject item) {
                    keys.add(item.getKey());
                }
            }
        }
        return keys;
    }

    /**
     * @param kinds   what was added, in a clerk's words, each once
     * @param allowed true when every addition is of an allowed kind
     */
    public record Additions(List<String> kinds, boolean allowed) {
    }
}

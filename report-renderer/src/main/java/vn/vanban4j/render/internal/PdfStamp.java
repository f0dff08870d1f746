package vn.vanban4j.render.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import vn.vanban4j.model.Message;
import vn.vanban4j.render.RenderException;

/**
 * Makes a PDF from LibreOffice reproducible: the same document gives the same bytes. LibreOffice
 * writes the time of conversion (/CreationDate, /ModDate, and the XMP dates when it writes XMP)
 * and a random file identifier (/ID); they become the document's issue date at 00:00 in Vietnam
 * (UTC+7), or 2020-01-01 when it has none, and an identifier derived from a SHA-256 of the rest.
 */
public final class PdfStamp {
    /** Vietnam's offset from UTC (no daylight saving). */
    public static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);
    /** The date stamped on a document without an issue date. */
    public static final LocalDate NO_DATE = LocalDate.of(2020, 1, 1);

    private static final byte[] PLACEHOLDER = new byte[16];

    private PdfStamp() {
    }

    /**
     * The PDF with fixed dates and an identifier derived from its content.
     *
     * @param issued the document's issue date; null for {@link #NO_DATE}
     * @throws RenderException ({@link RenderException.Code#PDF}) when the bytes are not a PDF
     */
    public static byte[] stamp(byte[] pdf, LocalDate issued) {
        LocalDate day = issued == null ? NO_DATE : issued;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Calendar at = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM));
            at.clear();
            at.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(at);
            info.setModificationDate(at);
            PDMetadata xmp = document.getDocumentCatalog().getMetadata();
            if (xmp != null) {
                String text;
                try (InputStream in = xmp.exportXMPMetadata()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String iso = day + "T00:00:00+07:00";
                String fixed = text
                        .replaceAll("(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + iso + "$2")
                        .replaceAll("((?:xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)=\")[^\"]*(\")", "$1" + iso + "$2")
                        .replaceAll("(<xmpMM:(?:DocumentID|InstanceID)>)[^<]*(</xmpMM:)", "$1uuid:00000000-0000-0000-0000-000000000000$2")
                        .replaceAll("((?:xmpMM:DocumentID|xmpMM:InstanceID)=\")[^\"]*(\")", "$1uuid:00000000-0000-0000-0000-000000000000$2");
                if (!fixed.equals(text)) {
                    xmp.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
                }
            }
            // the identifier is a hash of the file written with a placeholder in its place
            setId(document, PLACEHOLDER);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(save(document));
            setId(document, Arrays.copyOf(digest, 16));
            return save(document);
        } catch (IOException e) {
            throw new RenderException(RenderException.Code.PDF, Message.of(RenderMessages.PDF_NOT_REPRODUCIBLE, e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static void setId(PDDocument document, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        return out.toByteArray();
    }
}

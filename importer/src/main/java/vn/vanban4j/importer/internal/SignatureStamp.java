package vn.vanban4j.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vanban4j.importer.internal.Item.Line;
import vn.vanban4j.model.VietnameseText;

/**
 * The text a signing tool stamps on a signed PDF's page, which its text layer carries like any other:
 * the signing body's name, its mailbox and the time ("TRUNG TÂM CÔNG / BÁO VÀ TIN HỌC /
 * ttcbth@quangngai.gov.vn / 18.11.2024 07:25:14 / +07:00"). Above the header it would be read as the
 * superior body; elsewhere as stray lines of the body. The signature itself is read from the PDF's
 * signature dictionary ({@link DigitalSignatures}), not from this text.
 */
final class SignatureStamp {
    private static final Pattern MAILBOX = Pattern.compile("^[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*\\.vn$");
    private static final Pattern TIME = Pattern.compile(
            "^(?:(?:Ngày|Thời gian)(?: ký)?\\s*:\\s*)?\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*[+-]\\d{2}:?\\d{2})?$"
            + "|^[+-]\\d{2}:\\d{2}$");
    private static final Pattern SIGNED_BY = Pattern.compile("^(?:Ký bởi|Người ký|Cơ quan|Email|Thời gian ký)\\s*:.*");
    private static final String NATIONAL = VietnameseText.nameKey("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    private static final String PARTY = VietnameseText.nameKey("ĐẢNG CỘNG SẢN VIỆT NAM");
    private static final int TOP = 12; // how many lines down a stamp above the header may reach

    private SignatureStamp() {
    }

    /**
     * The items without the stamp above the header, and without lines elsewhere that are only a stamp's mailbox or
     * time (a stamp beside the signature); a body's "Email: ..." line stays.
     */
    static List<Item> strip(List<Item> items) {
        int end = stampAbove(items);
        List<Item> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (i < end && !(item instanceof Line l && l.blank()) || item instanceof Line l && mailboxOrTime(l.text().strip())) {
                continue;
            }
            out.add(item);
        }
        return out;
    }

    // the index after the stamp's last line when the first lines, before any title or number, end in a mailbox or a time
    private static int stampAbove(List<Item> items) {
        int end = 0;
        int seen = 0;
        for (int i = 0; i < items.size() && seen < TOP; i++) {
            if (!(items.get(i) instanceof Line l)) {
                break;
            }
            if (l.blank()) {
                continue;
            }
            seen++;
            String text = l.text().strip();
            String key = VietnameseText.nameKey(text);
            if (key.startsWith(NATIONAL) || key.startsWith(PARTY) || text.startsWith("Số") || text.contains("Độc lập")) {
                break;
            }
            if (stampLine(text)) {
                end = i + 1;
            }
        }
        return end;
    }

    private static boolean stampLine(String text) {
        return mailboxOrTime(text) || SIGNED_BY.matcher(text).matches();
    }

    private static boolean mailboxOrTime(String text) {
        return MAILBOX.matcher(text).matches() || TIME.matcher(text).matches();
    }
}

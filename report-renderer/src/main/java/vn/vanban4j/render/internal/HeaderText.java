package vn.vanban4j.render.internal;

import vn.vanban4j.model.Document;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.VietnameseText;

/** The number and the place-and-date line of a page-1 header, as DOCX and HTML both print them. */
final class HeaderText {
    private HeaderText() {
    }

    /**
     * "107-KH/ThU"; in a draft the number itself left blank for the clerk ("      -KH/ThU"); blank for a received copy
     * printed without a number.
     */
    static String number(Document doc, boolean draft) {
        if (doc.number() == null) {
            return "      ";
        }
        String number = doc.number().toString();
        if (!draft) {
            return number;
        }
        int cut = doc.number().family() == Family.PARTY ? number.indexOf('-') : number.indexOf('/');
        return "      " + number.substring(cut);
    }

    /**
     * "Hà Nội, ngày 10 tháng 9 năm 2026"; day and month left blank in a draft or when undated; "Ngày 10 tháng 9 năm
     * 2026" for a received copy that shows no place.
     */
    static String placeAndDate(Document doc, boolean draft) {
        String date = doc.issueDate() == null ? "ngày      tháng      năm      "
                : draft ? "ngày      tháng      năm " + doc.issueDate().getYear() : VietnameseText.longDate(doc.issueDate());
        return doc.place() == null ? "N" + date.substring(1) : doc.place() + ", " + date;
    }
}

package vn.vanban4j.importer.internal;

import java.util.List;
import vn.vanban4j.model.Message;

/** The keys of the importer's messages ({@code vn/vanban4j/importer/messages*.properties}). */
public enum ImportMessages implements Message.Key {
    UNKNOWN_FORMAT,
    NO_SUCH_FILE,
    NOT_A_FILE,
    FILE_TOO_LARGE,
    UTF16,
    NOT_UTF8,
    PDF_NO_TEXT,
    PDF_ENCRYPTED,
    PDF_UNREADABLE,
    PDF_DAMAGED,
    PDF_ENDLESS,
    PDF_CONTENT_TOO_LARGE,
    PDF_FORMS_TOO_DEEP,
    NOT_DOCX,
    DOCX_BAD_ZIP,
    DOCX_UNREADABLE,
    DOCX_DAMAGED,
    DOCX_DTD,
    DOCX_TOO_DEEP,
    DOCX_BAD_XML,
    DOCX_BAD_XML_AT,
    UNZIPS_TOO_LARGE,
    TOO_SLOW,
    INTERRUPTED,
    TOO_MANY,
    PAGES,
    CHARACTERS,
    LINES,
    PARTS,
    PARAGRAPHS,
    PARAGRAPHS_AND_LINES,
    GLYPHS,
    FOOTNOTES,
    FORM_DRAWINGS,
    SIZE_MB,
    SIZE_KB,
    SIZE_BYTES,
    NOT_A_DOCUMENT,
    MISSING_KIND,
    MISSING_FAMILY,
    MISSING_ISSUER,
    MISSING_NUMBER,
    LIST;

    @Override
    public String bundle() {
        return "vn.vanban4j.importer.messages";
    }

    /** "a, b, c" of {@code parts}, each in the language the whole is shown in. */
    public static Message list(List<Message> parts) {
        Message list = parts.get(0);
        for (Message part : parts.subList(1, parts.size())) {
            list = Message.of(LIST, list, part);
        }
        return list;
    }
}

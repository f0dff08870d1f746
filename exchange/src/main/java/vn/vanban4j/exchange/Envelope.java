package vn.vanban4j.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The header of a package ({@code edXMLHeader}) as written or read: every field the module knows,
 * in the terms of the standard. {@link EdXml#pack} builds it from a document and a {@link Dispatch};
 * {@link EdXml#read} gives it back beside the document.
 *
 * @param from             the sender
 * @param to               the receivers, one {@code To} each
 * @param documentId       {@code OrganId,yyyy/MM/dd,number/notation}
 * @param codeNumber       the number part of "số và ký hiệu" ({@code CodeNumber})
 * @param codeNotation     what follows the first "/" or "-" ({@code CodeNotation})
 * @param place            promulgation place
 * @param promulgationDate promulgation date
 * @param type             {@code DocumentType/Type} (1: administrative document)
 * @param typeName         the kind in Vietnamese ("Công văn")
 * @param subject          the summary ("V/v ..." for a công văn)
 * @param content          {@code Content}; the samples repeat the subject
 * @param signer           the first signature; null when the document has none
 * @param dueDate          the date the receivers must act by; null when the document sets none
 * @param urgency          {@code Priority}
 * @param appendixes       the annexes' titles ({@code Appendixes})
 * @param responseFor      the package a revocation takes back; null otherwise
 * @param toPlaces         the "Nơi nhận" lines
 * @param traceOrganId     {@code TraceHeader/OrganId}
 * @param timestamp        {@code TraceHeader/Timestamp}, Vietnam time
 * @param business         what the package does
 * @param staff            the clerk who sends it; null when not given
 * @param replacements     for a replacement: the packages replaced and their receivers
 */
public record Envelope(Organ from, List<Organ> to, String documentId, String codeNumber, String codeNotation,
        String place, LocalDate promulgationDate, int type, String typeName, String subject, String content,
        Signer signer, LocalDate dueDate, Urgency urgency, List<String> appendixes, ResponseFor responseFor,
        List<String> toPlaces, String traceOrganId, LocalDateTime timestamp, BusinessType business, Staff staff,
        List<Replacement> replacements) {
    public Envelope {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        appendixes = List.copyOf(appendixes);
        toPlaces = List.copyOf(toPlaces);
        replacements = List.copyOf(replacements);
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(business, "business");
    }

    /** The number and notation as written ("7816/VPCP-TTĐT", "107-KH/ThU"): from the DocumentId, else CodeNumber/CodeNotation. */
    public String code() {
        String[] parts = documentId == null ? new String[0] : documentId.split(",", 3);
        return parts.length == 3 ? parts[2] : codeNumber + "/" + codeNotation;
    }

    /**
     * The signer ({@code SignerInfo}).
     *
     * @param competence the authority lines on one line ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH"); empty when none
     * @param position   the signer's position
     * @param fullName   the signer's name
     */
    public record Signer(String competence, String position, String fullName) {
    }

    /**
     * A package a replacement replaces ({@code ReplacementInfo}).
     *
     * @param documentId the replaced package's {@code DocumentId}
     * @param organIds   the receivers it went to
     */
    public record Replacement(String documentId, List<String> organIds) {
        public Replacement {
            organIds = List.copyOf(organIds);
        }
    }
}

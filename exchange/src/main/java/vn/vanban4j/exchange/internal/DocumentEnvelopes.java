package vn.vanban4j.exchange.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban4j.exchange.BusinessType;
import vn.vanban4j.exchange.Dispatch;
import vn.vanban4j.exchange.Envelope;
import vn.vanban4j.exchange.Organ;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.AuthorityLine;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Header;
import vn.vanban4j.model.Recipient;
import vn.vanban4j.model.Signature;
import vn.vanban4j.model.SigningAuthority;

/**
 * A document's fields in the envelope and back: number and notation, place and date, kind, subject,
 * signer and "Nơi nhận" ({@code ToPlaces}).
 */
public final class DocumentEnvelopes {
    private static final Pattern PURPOSE = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
    private static final Pattern VV = Pattern.compile("^V/v\\s+", Pattern.CASE_INSENSITIVE);
    /** The prefixes of authority lines, longest first: "TUQ." before "TM.". */
    private static final Pattern AUTHORITY = Pattern.compile("(?:^|\\s)(TUQ\\.|TM\\.|KT\\.|TL\\.|Q\\.|T/M|K/T|T/L)(?=\\s|$)");

    private DocumentEnvelopes() {
    }

    /**
     * The envelope of {@code document} sent as {@code dispatch}.
     *
     * @throws IllegalArgumentException for a draft (no number or no date), which cannot be sent
     */
    public static Envelope envelope(Document document, Dispatch dispatch) {
        DocumentNumber number = document.number();
        if (number == null) {
            throw new IllegalArgumentException("the document " + document.name() + " has no number; a package sends a numbered document");
        }
        if (number.isDraft()) {
            throw new IllegalArgumentException("the document " + number.toString().strip()
                    + " is a draft without a number; a package sends a numbered document");
        }
        if (document.issueDate() == null) {
            throw new IllegalArgumentException("the document " + number + " has no issue date; a package sends a dated document");
        }
        String written = number.toString();
        int cut = firstSeparator(written);
        Organ from = dispatch.from();
        String documentId = from.organId() + "," + EdXmlNames.date(document.issueDate()) + "," + written;
        String subject = subject(document);
        Signature signature = document.signature();
        Envelope.Signer signer = signature == null ? null : new Envelope.Signer(
                String.join(" ", signature.authorityLines(document.family())).replace('\n', ' '),
                signature.position().replace('\n', ' '), signature.signer());
        List<Envelope.Replacement> replacements = dispatch.business() == BusinessType.REPLACEMENT
                ? List.of(new Envelope.Replacement(dispatch.previous().documentId(),
                        dispatch.to().stream().map(Organ::organId).toList()))
                : List.of();
        LocalDateTime at = LocalDateTime.ofInstant(dispatch.timestamp(), EdXmlNames.VIETNAM);
        return new Envelope(from, dispatch.to(), documentId, written.substring(0, cut), written.substring(cut + 1),
                document.place(), document.issueDate(), 1, document.kind().vietnameseName(), subject, subject, signer,
                dispatch.dueDate(), dispatch.urgency(), document.appendices().stream().map(DocumentEnvelopes::title).toList(),
                dispatch.business() == BusinessType.REVOCATION ? dispatch.previous() : null,
                document.recipients().stream().map(DocumentEnvelopes::place).toList(), from.organId(), at,
                dispatch.business(), dispatch.staff(), replacements);
    }

    private static int firstSeparator(String written) {
        for (int i = 0; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c == '/' || c == '-') {
                return i;
            }
        }
        throw new IllegalArgumentException("the number " + written + " has no notation after '/' or '-'");
    }

    private static String subject(Document document) {
        String summary = document.summary() == null ? "" : document.summary().replace('\n', ' ').strip();
        return document.kind() == DocumentKind.OFFICIAL_LETTER && !summary.isEmpty() && !VV.matcher(summary).find()
                ? "V/v " + summary : summary;
    }

    private static String title(Appendix appendix) {
        String label = appendix.heading();
        String name = appendix.title() == null ? "" : appendix.title();
        return (label + " " + name).replace('\n', ' ').strip();
    }

    private static String place(Recipient recipient) {
        return recipient.purpose() == null ? recipient.name() : recipient.name() + " (" + recipient.purpose() + ")";
    }

    /**
     * The document an envelope describes: the envelope's fields over {@code body} (the document read
     * from the attachment; null when none could be read), whose body, bases and annexes stay.
     *
     * @throws IllegalArgumentException when the envelope's number cannot be read as a document number
     */
    public static Document document(Envelope envelope, Document body) {
        DocumentNumber number = number(envelope);
        DocumentKind kind = DocumentKind.fromName(envelope.typeName())
                .or(number::kind).orElse(body == null ? DocumentKind.OFFICIAL_LETTER : body.kind());
        Family family = number.family();
        Organ from = envelope.from();
        String inCharge = from.organizationInCharge();
        Header header = new Header(inCharge.equals(from.organName()) ? null : inCharge,
                from.organName());
        String summary = envelope.subject();
        if (kind == DocumentKind.OFFICIAL_LETTER) {
            summary = VV.matcher(summary).replaceFirst("");
        }
        List<Signature> signatures = new ArrayList<>(body == null ? List.of() : body.signatures());
        if (envelope.signer() != null && !envelope.signer().fullName().isEmpty()
                && !envelope.signer().position().isEmpty()) {
            Signature signer = signature(envelope.signer());
            if (signatures.isEmpty()) {
                signatures.add(signer);
            } else {
                signatures.set(0, signer);
            }
        }
        List<Recipient> recipients = envelope.toPlaces().isEmpty() && body != null ? body.recipients()
                : envelope.toPlaces().stream().map(DocumentEnvelopes::recipient).toList();
        if (body == null) {
            return new Document(kind, family, header, number, envelope.place(), envelope.promulgationDate(), summary,
                    List.of(), null, null, List.of(), null, List.of(), null, null, null, null, recipients, null,
                    signatures, List.of());
        }
        return new Document(kind, family, header, number, envelope.place(), envelope.promulgationDate(), summary,
                body.addressees(), body.meeting(), body.decidingAuthority(), body.preamble(), body.enacting(),
                body.sections(), body.conclusion(), body.reportingSchedule(), body.personalPlans(), body.funding(),
                recipients, body.filing(), signatures, body.appendices());
    }

    // "number/notation" from the DocumentId when it holds one, else CodeNumber and CodeNotation joined
    private static DocumentNumber number(Envelope envelope) {
        if (envelope.documentId() != null) {
            String[] parts = envelope.documentId().split(",", 3);
            if (parts.length == 3) {
                try {
                    return DocumentNumber.parse(parts[2]);
                } catch (IllegalArgumentException e) {
                    // fall back on Code
                }
            }
        }
        try {
            return DocumentNumber.parse(envelope.codeNumber() + "/" + envelope.codeNotation());
        } catch (IllegalArgumentException e) {
            return DocumentNumber.parse(envelope.codeNumber() + "-" + envelope.codeNotation());
        }
    }

    private static Signature signature(Envelope.Signer signer) {
        List<AuthorityLine> lines = new ArrayList<>();
        String competence = signer.competence();
        Matcher m = AUTHORITY.matcher(competence);
        List<int[]> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(1), m.end(1)});
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : competence.length();
            String prefix = competence.substring(starts.get(i)[0], starts.get(i)[1]);
            lines.add(new AuthorityLine(authority(prefix), competence.substring(starts.get(i)[1], end).strip()));
        }
        return new Signature(lines, signer.position(), signer.fullName());
    }

    // "TM." and "T/M" alike: the prefix of either family
    private static SigningAuthority authority(String prefix) {
        for (SigningAuthority authority : SigningAuthority.values()) {
            if (authority != SigningAuthority.OWN && (authority.prefix(Family.PARTY).equals(prefix)
                    || authority.prefix(Family.STATE).equals(prefix))) {
                return authority;
            }
        }
        throw new IllegalStateException("no authority for " + prefix); // the pattern matches only known prefixes
    }

    private static Recipient recipient(String place) {
        Matcher m = PURPOSE.matcher(place);
        return m.matches() ? new Recipient(m.group(1), m.group(2).strip()) : Recipient.of(place);
    }
}

package vn.vanban4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * An official document of any kind (Kế hoạch, Công văn, Quyết định, Giấy mời, Biên bản ...), with
 * every part a clerk would write. Immutable; build with the canonical constructor or read with
 * {@link Plans}. Parts a kind does not use stay empty.
 *
 * @param kind              what the document is
 * @param family            Party or state layout
 * @param header            the issuing body as the header writes it
 * @param number            the number; a draft's number has no sequence number; null only for a received
 *                          copy printed without one (a notice posted on a web page, a header lost in scanning)
 * @param place             the place name of the date line ("TP. Lai Châu"); null only for a received
 *                          copy that does not show it (a web page's "Ngày 8 tháng 12 năm 2025")
 * @param issueDate         the issue date; null for a draft not yet dated
 * @param summary           the summary ("trích yếu"): under the kind line, or after "V/v" under the
 *                          number of a công văn
 * @param addressees        "Kính gửi:", one body a line (công văn, tờ trình, báo cáo sent up)
 * @param meeting           the meeting a Giấy mời invites to or a Biên bản records
 * @param decidingAuthority who decides, the line above the bases of a Quyết định or Nghị quyết
 *                          ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI"); null for other kinds
 * @param preamble          the legal bases, one a paragraph ("Căn cứ ...;", "Thực hiện ...",
 *                          "Theo đề nghị của ...")
 * @param enacting          the sentence that opens the body after the bases ("Ủy ban nhân dân tỉnh
 *                          ban hành Kế hoạch ... như sau:"); null when the bases run straight into it
 * @param sections          the body
 * @param conclusion        the closing sentence ("Trên đây là ..."); null if none
 * @param reportingSchedule the reporting duty, when the plan sets one
 * @param personalPlans     the members' personal-plan duty, when the plan sets one
 * @param funding           where the money comes from ("kinh phí"), as written; null if not said
 * @param recipients        "Nơi nhận", without the filing line
 * @param filing            the filing line after "Lưu" ("VPThU", "Văn phòng Tỉnh uỷ")
 * @param signatures        the signature blocks; two or more stand side by side (a joint document,
 *                          the secretary and the chair of a Biên bản)
 * @param appendices        annexes in order
 */
public record Document(@JsonProperty(required = true) DocumentKind kind,
        @JsonProperty(required = true) Family family, @JsonProperty(required = true) Header header,
        DocumentNumber number, String place,
        LocalDate issueDate, String summary, List<String> addressees, Meeting meeting, String decidingAuthority,
        List<String> preamble, String enacting, List<Section> sections, String conclusion,
        ReportingSchedule reportingSchedule, PersonalPlans personalPlans, String funding,
        List<Recipient> recipients, String filing, List<Signature> signatures, List<Appendix> appendices) {

    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(header, "header");
        if (place != null) {
            Required.text(place, "place");
        }
        addressees = Required.list(addressees);
        preamble = Required.list(preamble);
        sections = Required.list(sections);
        recipients = Required.list(recipients);
        signatures = Required.list(signatures);
        appendices = Required.list(appendices);
    }

    /**
     * The kind and number as a clerk names the document: "Kế hoạch 107-KH/ThU", "Công văn 05/BNV-VP"; "Thông báo (không số)"
     * for a received copy printed without a number.
     */
    public String name() {
        return kind.vietnameseName() + " " + (number == null ? "(không số)" : number.toString());
    }

    /** The first (for most documents the only) signature block; null when the document has none. */
    public Signature signature() {
        return signatures.isEmpty() ? null : signatures.get(0);
    }

    /**
     * The documents the preamble names, parsed from its wording: one per number, in order of first
     * mention, with the date, issuer, title and alias of whichever mention gives them.
     */
    public List<Reference> references() {
        Map<DocumentNumber, Reference> byNumber = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>(preamble);
        if (enacting != null) {
            texts.add(enacting);
        }
        for (String paragraph : texts) {
            for (Reference ref : Reference.findAll(paragraph)) {
                byNumber.merge(ref.number(), ref, Reference::completedBy);
            }
        }
        return List.copyOf(byNumber.values());
    }

    /** Every task of the body and the appendices, task tables included, in document order. */
    public List<Task> tasks() {
        List<Task> tasks = new ArrayList<>();
        Consumer<Block> collect = block -> {
            if (block instanceof Task task) {
                tasks.add(task);
            }
        };
        sections.forEach(section -> visit(section, collect));
        appendices.forEach(appendix -> appendix.sections().forEach(section -> visit(section, collect)));
        return tasks;
    }

    /** Calls {@code action} on every block under {@code section} in document order, descending into subsections and task tables. */
    public static void visit(Section section, Consumer<Block> action) {
        visitAll(section.content(), action);
    }

    private static void visitAll(List<Block> blocks, Consumer<Block> action) {
        for (Block block : blocks) {
            action.accept(block);
            if (block instanceof Section child) {
                visitAll(child.content(), action);
            } else if (block instanceof TaskTable table) {
                visitAll(table.rows(), action);
            }
        }
    }

    /**
     * A document built step by step, named fields instead of 21 positional ones:
     * <pre>{@code
     * Document plan = Document.builder(DocumentKind.PLAN, Family.STATE)
     *         .header(Header.of("UBND TỈNH LÀO CAI", "UBND THÀNH PHỐ LÀO CAI"))
     *         .number("15/KH-UBND").place("Lào Cai").issueDate(LocalDate.of(2026, 1, 5))
     *         .summary("Triển khai ...")
     *         .section(Section.builder("I.", "MỤC ĐÍCH, YÊU CẦU").paragraph("...").build())
     *         .recipient("Sở Nội vụ").filing("VP")
     *         .signature(Signature.builder("PHÓ CHỦ TỊCH", "Nguyễn Văn A")
     *                 .authority(SigningAuthority.DEPUTY_FOR, "CHỦ TỊCH").build())
     *         .build();
     * }</pre>
     * The JSON shape is unchanged; {@link Plans#toJson} writes what the builder made.
     */
    public static Builder builder(DocumentKind kind, Family family) {
        return new Builder(kind, family);
    }

    /** Builds a {@link Document}; each step checks its own value, {@link #build()} the whole. */
    public static final class Builder {
        private final DocumentKind kind;
        private final Family family;
        private Header header;
        private DocumentNumber number;
        private String place;
        private LocalDate issueDate;
        private String summary;
        private final List<String> addressees = new ArrayList<>();
        private Meeting meeting;
        private String decidingAuthority;
        private final List<String> preamble = new ArrayList<>();
        private String enacting;
        private final List<Section> sections = new ArrayList<>();
        private String conclusion;
        private ReportingSchedule reportingSchedule;
        private PersonalPlans personalPlans;
        private String funding;
        private final List<Recipient> recipients = new ArrayList<>();
        private String filing;
        private final List<Signature> signatures = new ArrayList<>();
        private final List<Appendix> appendices = new ArrayList<>();

        private Builder(DocumentKind kind, Family family) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.family = Objects.requireNonNull(family, "family");
        }

        public Builder header(Header value) {
            this.header = value;
            return this;
        }

        /** The number as written, "15/KH-UBND" or "107-KH/ThU"; checked now. */
        public Builder number(String text) {
            this.number = DocumentNumber.parse(text);
            return this;
        }

        public Builder number(DocumentNumber value) {
            this.number = value;
            return this;
        }

        public Builder place(String value) {
            this.place = value;
            return this;
        }

        /** The issue date; leave it unset for a draft. */
        public Builder issueDate(LocalDate value) {
            this.issueDate = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** A "Kính gửi" line. */
        public Builder addressee(String body) {
            addressees.add(body);
            return this;
        }

        public Builder meeting(Meeting value) {
            this.meeting = value;
            return this;
        }

        public Builder decidingAuthority(String value) {
            this.decidingAuthority = value;
            return this;
        }

        /** A basis paragraph: "Căn cứ ...". */
        public Builder basis(String paragraph) {
            preamble.add(paragraph);
            return this;
        }

        public Builder enacting(String value) {
            this.enacting = value;
            return this;
        }

        public Builder section(Section section) {
            sections.add(Objects.requireNonNull(section, "section"));
            return this;
        }

        public Builder conclusion(String value) {
            this.conclusion = value;
            return this;
        }

        public Builder reportingSchedule(ReportingSchedule value) {
            this.reportingSchedule = value;
            return this;
        }

        public Builder personalPlans(PersonalPlans value) {
            this.personalPlans = value;
            return this;
        }

        public Builder funding(String value) {
            this.funding = value;
            return this;
        }

        public Builder recipient(String name) {
            recipients.add(Recipient.of(name));
            return this;
        }

        /** A recipient with its purpose: ("Tỉnh ủy", "b/c"). */
        public Builder recipient(String name, String purpose) {
            recipients.add(new Recipient(name, purpose));
            return this;
        }

        /** Who keeps the file copy besides the clerical office: "VP" (the state profile writes "Lưu: VT, VP."). */
        public Builder filing(String value) {
            this.filing = value;
            return this;
        }

        public Builder signature(Signature value) {
            signatures.add(Objects.requireNonNull(value, "signature"));
            return this;
        }

        public Builder appendix(Appendix value) {
            appendices.add(Objects.requireNonNull(value, "appendix"));
            return this;
        }

        /** @throws NullPointerException or IllegalArgumentException naming the missing or wrong field */
        public Document build() {
            return new Document(kind, family, header, number, place, issueDate, summary, addressees, meeting, decidingAuthority,
                    preamble, enacting, sections, conclusion, reportingSchedule, personalPlans, funding, recipients, filing,
                    signatures, appendices);
        }
    }
}

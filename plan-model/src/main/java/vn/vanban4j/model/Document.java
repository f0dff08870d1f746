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
 * @param number            the number; a draft's number has no sequence number
 * @param place             the place name of the date line ("TP. Lai Châu")
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
        @JsonProperty(required = true) DocumentNumber number, @JsonProperty(required = true) String place,
        LocalDate issueDate, String summary, List<String> addressees, Meeting meeting, String decidingAuthority,
        List<String> preamble, String enacting, List<Section> sections, String conclusion,
        ReportingSchedule reportingSchedule, PersonalPlans personalPlans, String funding,
        List<Recipient> recipients, String filing, List<Signature> signatures, List<Appendix> appendices) {

    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(number, "number");
        Required.text(place, "place");
        addressees = Required.list(addressees);
        preamble = Required.list(preamble);
        sections = Required.list(sections);
        recipients = Required.list(recipients);
        signatures = Required.list(signatures);
        appendices = Required.list(appendices);
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
}

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
 * An official document: a plan ("Kế hoạch") or any other kind, with every part a clerk would
 * write. Immutable; build with the canonical constructor or read with {@link Plans}.
 *
 * @param kind              what the document is
 * @param family            Party or state layout
 * @param header            the issuing body as the header writes it
 * @param number            the number; a draft's number has no sequence number
 * @param place             the place name of the date line ("TP. Lai Châu")
 * @param issueDate         the issue date; null for a draft not yet dated
 * @param summary           the summary ("trích yếu") under the kind
 * @param preamble          the opening paragraphs naming the bases ("Thực hiện ...", "Căn cứ ...")
 * @param sections          the body
 * @param reportingSchedule the reporting duty, when the plan sets one
 * @param personalPlans     the members' personal-plan duty, when the plan sets one
 * @param funding           where the money comes from ("kinh phí"), as written; null if not said
 * @param recipients        "Nơi nhận", without the filing line
 * @param filing            the filing line after "Lưu" ("VPThU", "Văn phòng Tỉnh uỷ")
 * @param signature         the signature block
 * @param appendices        annexes in order
 */
public record Document(@JsonProperty(required = true) DocumentKind kind,
        @JsonProperty(required = true) Family family, @JsonProperty(required = true) Header header,
        @JsonProperty(required = true) DocumentNumber number, @JsonProperty(required = true) String place,
        LocalDate issueDate, String summary, List<String> preamble, List<Section> sections,
        ReportingSchedule reportingSchedule, PersonalPlans personalPlans, String funding,
        List<Recipient> recipients, String filing, Signature signature, List<Appendix> appendices) {

    public Document {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(number, "number");
        Required.text(place, "place");
        preamble = Required.list(preamble);
        sections = Required.list(sections);
        recipients = Required.list(recipients);
        appendices = Required.list(appendices);
    }

    /**
     * The documents the preamble names, parsed from its wording: one per number, in order of first
     * mention, with the date, issuer, title and alias of whichever mention gives them.
     */
    public List<Reference> references() {
        Map<DocumentNumber, Reference> byNumber = new LinkedHashMap<>();
        for (String paragraph : preamble) {
            for (Reference ref : Reference.findAll(paragraph)) {
                byNumber.merge(ref.number(), ref, Reference::completedBy);
            }
        }
        return List.copyOf(byNumber.values());
    }

    /** Every task of the body and the appendices, in document order. */
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

    private static void visit(Section section, Consumer<Block> action) {
        for (Block block : section.content()) {
            action.accept(block);
            if (block instanceof Section child) {
                visit(child, action);
            }
        }
    }
}

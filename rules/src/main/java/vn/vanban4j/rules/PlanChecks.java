package vn.vanban4j.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vanban4j.model.Appendix;
import vn.vanban4j.model.Block;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.DocumentKind;
import vn.vanban4j.model.DocumentNumber;
import vn.vanban4j.model.Family;
import vn.vanban4j.model.Message;
import vn.vanban4j.model.Paragraph;
import vn.vanban4j.model.Section;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskOutput;
import vn.vanban4j.model.TaskTable;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.rules.Diagnostic.Severity;
import vn.vanban4j.rules.TimePhrase.Frequency;
import vn.vanban4j.rules.TimePhrase.Recurring;
import vn.vanban4j.rules.TimePhrase.Relative;
import vn.vanban4j.rules.TimePhrase.Unrecognised;
import vn.vanban4j.rules.internal.RulesMessages;

/**
 * Checks a plan for the mistakes drafters make. Codes are stable:
 * <ul>
 *   <li>VB001 error: a deadline falls before the plan's issue date</li>
 *   <li>VB002 error: a deadline phrase that does not parse</li>
 *   <li>VB003 error: a task without a lead unit</li>
 *   <li>VB004 error when a recurrence is not a recurrence at all; warning for "định kỳ" with no period
 *       (no "hằng tháng/quý/năm"): the period is still to be set</li>
 *   <li>VB005 warning: a relative deadline naming an event the plan never schedules (not for duties
 *       on a condition: "khi có yêu cầu", "khi ... phát sinh")</li>
 *   <li>VB006 error: anniversary arithmetic that does not add up ("133 năm ... (19/5/1890 - 19/5/2023)")</li>
 *   <li>VB007 warning: the same recipient twice</li>
 *   <li>VB008 warning: the number is written in the other family's style ("134/KH-UBND" in a Party document)</li>
 *   <li>VB009 warning: the number's type code is not the document's kind (a Kế hoạch numbered "-CTr/")</li>
 *   <li>VB010 warning: a year in the number of a document that is not a legal act ("15/2026/KH-UBND")</li>
 *   <li>VB011 warning: a deadline after the end of the span the document says it covers (the year
 *       its summary ends with, or the "giai đoạn" or "đến năm" of its summary); not when the summary
 *       names no span, since the issue year is then only assumed and the tasks' own deadlines are
 *       what the document covers ("trước ngày 15/01/2027" in a plan of late 2026)</li>
 *   <li>VB012 warning: a draft, without a number or an issue date</li>
 * </ul>
 * Stateless.
 */
public final class PlanChecks {
    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(\\d{1,4})\\s+năm\\s+([^()]{1,120}?)\\s*\\((\\d{1,2}/\\d{1,2}/\\d{4})\\s*[-–]\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\)");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    private PlanChecks() {
    }

    /** Every diagnostic, in document order. */
    public static List<Diagnostic> check(Document plan, DeadlineRules rules) {
        PhraseContext context = PhraseContext.of(plan);
        boolean spanStated = PhraseContext.statesSpan(plan);
        List<Located> blocks = new ArrayList<>();
        for (int i = 0; i < plan.sections().size(); i++) {
            collect(plan.sections().get(i), "$.sections[" + i + "]", blocks);
        }
        for (int a = 0; a < plan.appendices().size(); a++) {
            Appendix appendix = plan.appendices().get(a);
            for (int i = 0; i < appendix.sections().size(); i++) {
                collect(appendix.sections().get(i), "$.appendices[" + a + "].sections[" + i + "]", blocks);
            }
        }
        List<Diagnostic> out = new ArrayList<>();
        for (Located located : blocks) {
            if (located.block instanceof Task task) {
                checkTask(task, located.path, plan, context, spanStated, rules, blocks, out);
            }
            String text = located.block instanceof Task t ? t.text() : located.block instanceof Paragraph p ? p.text() : null;
            if (text != null) {
                checkAnniversaries(text, located.path, out);
            }
        }
        checkRecipients(plan, out);
        checkNumber(plan, out);
        checkDraft(plan, out);
        return out;
    }

    private record Located(Block block, String path) {
    }

    private static void collect(Section section, String path, List<Located> out) {
        for (int i = 0; i < section.content().size(); i++) {
            Block block = section.content().get(i);
            String here = path + ".content[" + i + "]";
            if (block instanceof Section child) {
                collect(child, here, out);
            } else if (block instanceof TaskTable table) {
                collectRows(table.rows(), here + ".rows", out);
            } else {
                out.add(new Located(block, here));
            }
        }
    }

    private static void collectRows(List<Block> rows, String path, List<Located> out) {
        for (int i = 0; i < rows.size(); i++) {
            String here = path + "[" + i + "]";
            if (rows.get(i) instanceof Section group) {
                collectRows(group.content(), here + ".content", out);
            } else {
                out.add(new Located(rows.get(i), here));
            }
        }
    }

    private static void checkDraft(Document plan, List<Diagnostic> out) {
        if (plan.number() == null) {
            out.add(Diagnostic.of("VB012", Severity.WARNING, "$.number", Message.of(RulesMessages.UNNUMBERED)));
        }
        boolean noNumber = plan.number() != null && plan.number().isDraft();
        boolean noDate = plan.issueDate() == null;
        if (noNumber || noDate) {
            RulesMessages missing = noNumber && noDate ? RulesMessages.DRAFT_NO_NUMBER_OR_DATE
                    : noNumber ? RulesMessages.DRAFT_NO_NUMBER : RulesMessages.DRAFT_NO_DATE;
            out.add(Diagnostic.of("VB012", Severity.WARNING, noNumber ? "$.number" : "$.issueDate", Message.of(RulesMessages.DRAFT,
                    Message.of(missing), noDate ? Message.of(RulesMessages.DRAFT_DUE_AS_IF_TODAY) : "")));
        }
    }

    private static void checkNumber(Document plan, List<Diagnostic> out) {
        DocumentNumber number = plan.number();
        if (number == null) {
            return; // a received copy printed without a number: VB012 says so
        }
        if (number.family() != plan.family()) {
            out.add(Diagnostic.of("VB008", Severity.WARNING, "$.number", Message.of(RulesMessages.NUMBER_FAMILY, number,
                    Message.of(number.family() == Family.PARTY ? RulesMessages.STYLE_PARTY : RulesMessages.STYLE_STATE),
                    Message.of(plan.family() == Family.PARTY ? RulesMessages.SYSTEM_PARTY : RulesMessages.SYSTEM_STATE))));
        }
        boolean kindMatches = number.typeCode() == null ? plan.kind() == DocumentKind.OFFICIAL_LETTER
                : plan.kind().hasCode(number.typeCode());
        if (!kindMatches) {
            out.add(Diagnostic.of("VB009", Severity.WARNING, "$.number", Message.of(RulesMessages.NUMBER_TYPE,
                    number.typeCode() == null ? Message.of(RulesMessages.NO_TYPE_CODE) : number.typeCode(), number,
                    plan.kind().vietnameseName(), plan.kind().code())));
        }
        if (number.year() != null && !plan.kind().canBeLegalAct()) {
            out.add(Diagnostic.of("VB010", Severity.WARNING, "$.number", Message.of(RulesMessages.NUMBER_YEAR, number,
                    plan.kind().vietnameseName())));
        }
    }

    private static void checkTask(Task task, String path, Document plan, PhraseContext context, boolean spanStated,
            DeadlineRules rules, List<Located> blocks, List<Diagnostic> out) {
        if (task.lead().isEmpty()) {
            out.add(Diagnostic.of("VB003", Severity.ERROR, path, Message.of(RulesMessages.NO_LEAD)));
        }
        if (task.deadline() != null) {
            TimePhrase phrase = TimePhrases.parse(task.deadline(), context);
            if (phrase instanceof Unrecognised u) {
                out.add(Diagnostic.of("VB002", Severity.ERROR, path + ".deadline",
                        Message.of(RulesMessages.UNREADABLE_DEADLINE, task.deadline(), u.reason())));
            } else if (phrase instanceof Recurring recurring && recurring.frequency() == Frequency.UNSET) {
                out.add(Diagnostic.of("VB004", Severity.WARNING, path + ".deadline",
                        Message.of(RulesMessages.RECURRING_NO_FREQUENCY, task.deadline())));
            } else if (phrase instanceof Relative relative) {
                if (!relative.condition() && !scheduled(relative.event(), task, blocks)) {
                    out.add(Diagnostic.of("VB005", Severity.WARNING, path + ".deadline",
                            Message.of(RulesMessages.EVENT_NOT_SCHEDULED, relative.event())));
                }
            } else {
                DueDate due = rules.withRollForward(false).resolve(phrase, context, Map.of());
                if (due.due() != null && plan.issueDate() != null && due.due().isBefore(plan.issueDate())) {
                    out.add(Diagnostic.of("VB001", Severity.ERROR, path + ".deadline", Message.of(RulesMessages.DUE_BEFORE_ISSUE,
                            task.deadline(), VietnameseText.shortDate(due.due()), VietnameseText.shortDate(plan.issueDate()))));
                } else if (spanStated && due.due() != null && due.due().isAfter(context.until())) {
                    out.add(Diagnostic.of("VB011", Severity.WARNING, path + ".deadline", Message.of(RulesMessages.DUE_AFTER_SPAN,
                            task.deadline(), VietnameseText.shortDate(due.due()), VietnameseText.shortDate(context.until()))));
                }
            }
        }
        if (task.recurrence() != null) {
            TimePhrase recurrence = TimePhrases.parse(task.recurrence(), context);
            if (!(recurrence instanceof Recurring recurring)) {
                out.add(Diagnostic.of("VB004", Severity.ERROR, path + ".recurrence",
                        Message.of(RulesMessages.NOT_A_FREQUENCY, task.recurrence())));
            } else if (recurring.frequency() == Frequency.UNSET) {
                out.add(Diagnostic.of("VB004", Severity.WARNING, path + ".recurrence",
                        Message.of(RulesMessages.RECURRING_NO_FREQUENCY, task.recurrence())));
            }
        }
    }

    // the plan schedules an event when another task producing an event names it, or all its words
    private static boolean scheduled(String event, Task owner, List<Located> blocks) {
        String key = VietnameseText.nameKey(event);
        Set<String> words = words(key);
        words.remove("hội");
        words.remove("nghị");
        for (Located located : blocks) {
            if (located.block instanceof Task other && other != owner && other.output() == TaskOutput.EVENT) {
                String text = VietnameseText.nameKey(other.text());
                if (text.contains(key) || words(text).containsAll(words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> words = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static void checkAnniversaries(String text, String path, List<Diagnostic> out) {
        Matcher m = ANNIVERSARY.matcher(VietnameseText.normalizeSpace(text));
        while (m.find()) {
            try {
                LocalDate from = LocalDate.parse(m.group(3), DMY);
                LocalDate to = LocalDate.parse(m.group(4), DMY);
                int stated = Integer.parseInt(m.group(1));
                int actual = to.getYear() - from.getYear();
                if (stated != actual) {
                    out.add(Diagnostic.of("VB006", Severity.ERROR, path, Message.of(RulesMessages.ANNIVERSARY_YEARS,
                            m.group().strip(), from.getYear(), to.getYear(), actual, stated)));
                }
            } catch (DateTimeParseException e) {
                out.add(Diagnostic.of("VB006", Severity.ERROR, path, Message.of(RulesMessages.ANNIVERSARY_BAD_DATE, m.group().strip())));
            }
        }
    }

    private static void checkRecipients(Document plan, List<Diagnostic> out) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plan.recipients().size(); i++) {
            String key = VietnameseText.nameKey(plan.recipients().get(i).name());
            Integer first = seen.putIfAbsent(key, i);
            if (first != null) {
                out.add(Diagnostic.of("VB007", Severity.WARNING, "$.recipients[" + i + "]",
                        Message.of(RulesMessages.DUPLICATE_RECIPIENT, plan.recipients().get(i).name(), first + 1)));
            }
        }
    }

    /** The errors only. */
    public static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).collect(Collectors.toList());
    }
}

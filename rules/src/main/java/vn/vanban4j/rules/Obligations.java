package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.vanban4j.model.Document;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgChart.CellRole;
import vn.vanban4j.model.OrgChart.Member;
import vn.vanban4j.model.OrgChart.MemberStatus;
import vn.vanban4j.model.OrgChart.Unit;
import vn.vanban4j.model.OrgChart.UnitKind;
import vn.vanban4j.model.PersonalPlans;
import vn.vanban4j.model.PersonalPlans.MemberExemption;
import vn.vanban4j.model.ReportingSchedule.ReportDue;
import vn.vanban4j.model.Task;
import vn.vanban4j.model.TaskOutput;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.rules.Obligation.Kind;
import vn.vanban4j.rules.Obligation.Role;
import vn.vanban4j.rules.ObligationSet.UnmatchedName;
import vn.vanban4j.rules.TimePhrase.Recurring;

/**
 * Derives who owes what to whom by when: one obligation per responsible unit for each task (lead
 * and partners apart; a task producing a plan is a subordinate-plan duty), one per occurrence of
 * each report of the reporting schedule, and one personal plan per member who is not exempt, with
 * an exemplary commitment for key leaders. Names in the plan expand against the org chart, by unit
 * name, group name or the unit types a group name lists ("UBND các xã, phường"), abbreviations
 * ("UBND", "HĐND", "MTTQ", "GD&amp;ĐT", "TP.") equal to their full form; a name that matches nothing,
 * and a task with no lead, is reported in {@link ObligationSet#unmatched()}, never dropped. Stateless.
 */
public final class Obligations {
    private static final int OPENING_WORDS = 10;

    private Obligations() {
    }

    /**
     * @param events dates of events that relative deadlines count from (name to date)
     */
    public static ObligationSet derive(Document plan, OrgChart chart, DeadlineRules rules, Map<String, LocalDate> events) {
        return derive(plan, null, chart, rules, events);
    }

    /**
     * The obligations of several documents at once, such as a folder of plans where each unit's
     * plan carries out its superior's. A document carries out another of the set when its preamble
     * names that one's number ("Thực hiện Kế hoạch số 107-KH/ThU ..."); its tasks that state no
     * deadline then take the deadline of the parent's task assigned to its issuer, else the end of
     * the parent's span. Ids are prefixed with the document's number ("15/KH-UBND:task-2/lead/pnv").
     */
    public static ObligationSet deriveAll(List<Document> plans, OrgChart chart, DeadlineRules rules,
            Map<String, LocalDate> events) {
        List<Obligation> all = new ArrayList<>();
        List<UnmatchedName> unmatched = new ArrayList<>();
        List<ObligationSet.Merge> merged = new ArrayList<>();
        for (Document plan : plans) {
            Document parent = null;
            for (vn.vanban4j.model.Reference ref : plan.references()) {
                for (Document other : plans) {
                    if (other != plan && ref.number().equals(other.number()) && parent == null) {
                        parent = other;
                    }
                }
            }
            ObligationSet set = derive(plan, parent, chart, rules, events);
            String prefix = (plan.number() == null ? plan.name() : plan.number().toString().strip()) + ":";
            set.obligations().forEach(o -> all.add(new Obligation(prefix + o.id(), o.kind(), o.role(), o.unitId(), o.unitName(),
                    o.member(), o.owedTo(), o.via(), o.what(), o.taskIndex(), o.deadline(), o.due())));
            set.unmatched().forEach(u -> unmatched.add(new UnmatchedName(u.name(), prefix + " " + u.where())));
            set.merged().forEach(m -> merged.add(new ObligationSet.Merge(prefix + m.kept(), prefix + m.dropped())));
        }
        return new ObligationSet(all, unmatched, merged);
    }

    private static ObligationSet derive(Document plan, Document parent, OrgChart chart, DeadlineRules rules,
            Map<String, LocalDate> events) {
        PhraseContext context = PhraseContext.of(plan);
        Inherited inherited = parent == null ? null : Inherited.from(parent, plan, rules, events);
        UnitIndex index = UnitIndex.of(chart);
        Map<String, DueDate> resolved = new HashMap<>();
        List<Obligation> out = new ArrayList<>();
        List<UnmatchedName> unmatched = new ArrayList<>();
        String issuer = plan.header().issuerName();
        LocalDate until = context.until();

        List<Task> tasks = plan.tasks();
        for (int t = 0; t < tasks.size(); t++) {
            Task task = tasks.get(t);
            String where = "task " + (t + 1);
            Kind kind = task.output() == TaskOutput.PLAN ? Kind.SUBORDINATE_PLAN : Kind.TASK;
            List<Occurrence> occurrences = task.deadline() == null && task.recurrence() == null && inherited != null
                    ? List.of(new Occurrence("", inherited.due))
                    : occurrences(task.deadline(), task.recurrence(), context, rules, events, resolved, until);
            Route route = Route.of(task.text(), issuer);
            if (task.lead().isEmpty()) {
                unmatched.add(noOwner(task, where));
            }
            for (Role role : Role.values()) {
                List<String> names = role == Role.LEAD ? task.lead() : task.partners();
                for (Unit unit : expand(names, index, where, unmatched)) {
                    for (Occurrence occurrence : occurrences) {
                        out.add(new Obligation("task-" + (t + 1) + occurrence.suffix + "/" + role.name().toLowerCase(java.util.Locale.ROOT)
                                + "/" + unit.id(), kind, role, unit.id(), unit.name(), null, route.to, route.via, task.text(), t,
                                task.deadline() != null ? task.deadline() : task.recurrence() != null ? task.recurrence()
                                        : inherited != null ? inherited.phrase : null, occurrence.due));
                    }
                }
            }
        }
        if (plan.reportingSchedule() != null) {
            List<Unit> reporters = expand(plan.reportingSchedule().reporters(), index, "reporting schedule", unmatched);
            List<ReportDue> reports = plan.reportingSchedule().reports();
            for (int r = 0; r < reports.size(); r++) {
                ReportDue report = reports.get(r);
                List<Occurrence> occurrences = occurrences(report.deadline(), null, context, rules, events, resolved, until);
                for (Unit unit : reporters) {
                    for (Occurrence occurrence : occurrences) {
                        out.add(new Obligation("report-" + (r + 1) + occurrence.suffix + "/" + unit.id(), Kind.REPORT,
                                Role.LEAD, unit.id(), unit.name(), null, plan.reportingSchedule().recipient(),
                                plan.reportingSchedule().via(), report.name(), -1, report.deadline(), occurrence.due));
                    }
                }
            }
        }
        List<ObligationSet.Merge> merged = mergeRepeatedReports(out, tasks);
        if (plan.personalPlans() != null) {
            personalPlans(plan.personalPlans(), chart, context, rules, events, resolved, out);
        }
        return new ObligationSet(out, unmatched, merged);
    }

    // a task whose product is a report, due the same day as a report of the schedule from the same unit,
    // is that report stated twice: keep the schedule's
    private static List<ObligationSet.Merge> mergeRepeatedReports(List<Obligation> out, List<Task> tasks) {
        Map<String, Obligation> scheduled = new HashMap<>();
        for (Obligation o : out) {
            if (o.kind() == Kind.REPORT && o.due().due() != null) {
                scheduled.putIfAbsent(o.unitId() + "@" + o.due().due(), o);
            }
        }
        List<ObligationSet.Merge> merged = new ArrayList<>();
        out.removeIf(o -> {
            if (o.kind() != Kind.TASK || o.role() != Role.LEAD || o.due().due() == null
                    || tasks.get(o.taskIndex()).output() != TaskOutput.REPORT) {
                return false;
            }
            Obligation kept = scheduled.get(o.unitId() + "@" + o.due().due());
            if (kept == null) {
                return false;
            }
            merged.add(new ObligationSet.Merge(kept.id(), o.id()));
            return true;
        });
        return merged;
    }

    private record Occurrence(String suffix, DueDate due) {
    }

    /** A recurrence and the end of the span it runs for, when the task gives one. */
    private record Spanned(Recurring recurring, LocalDate end) {
        static Spanned of(String recurrence, String deadline, PhraseContext context) {
            List<TimePhrase> phrases = new ArrayList<>(TimePhrases.findAll(recurrence, context));
            if (deadline != null) {
                phrases.addAll(TimePhrases.findAll(deadline, context));
            }
            Recurring recurring = null;
            LocalDate end = null;
            for (TimePhrase phrase : phrases) {
                if (phrase instanceof Recurring r && recurring == null) {
                    recurring = r;
                } else if (phrase instanceof TimePhrase.Window w) {
                    end = w.end();
                } else if (phrase instanceof TimePhrase.Period p && p.unit() == TimePhrase.PeriodUnit.YEAR) {
                    end = p.end();
                }
            }
            return recurring == null || end == null || recurring.frequency() == TimePhrase.Frequency.UNSET ? null
                    : new Spanned(recurring, end);
        }
    }

    /** The deadline a child document's tasks take from the parent when they state none. */
    private record Inherited(String phrase, DueDate due) {
        static Inherited from(Document parent, Document child, DeadlineRules rules, Map<String, LocalDate> events) {
            PhraseContext context = PhraseContext.of(parent);
            String issuer = VietnameseText.nameKey(child.header().issuerName());
            DueDate latest = null;
            String phrase = null;
            for (Task task : parent.tasks()) {
                boolean assigned = task.lead().stream().map(VietnameseText::nameKey)
                        .anyMatch(lead -> issuer.contains(lead) || lead.contains(issuer));
                if (assigned && task.deadline() != null) {
                    DueDate due = rules.resolve(task.deadline(), context, events);
                    if (due.due() != null && (latest == null || due.due().isAfter(latest.due()))) {
                        latest = due;
                        phrase = task.deadline();
                    }
                }
            }
            String source = parent.kind().vietnameseName() + " số " + parent.number(); // a parent is found by its number
            if (latest == null) {
                // the parent's own span: "năm 2023", "giai đoạn 2026 - 2030"
                phrase = "hết " + VietnameseText.shortDate(context.until());
                DueDate end = rules.resolve(VietnameseText.shortDate(context.until()), context, events);
                return new Inherited(phrase, new DueDate(end.phrase(), end.due(), end.status(),
                        "không nêu thời hạn: theo thời gian thực hiện " + source + "; " + end.reason()));
            }
            return new Inherited(phrase, new DueDate(latest.phrase(), latest.due(), latest.status(),
                    "không nêu thời hạn: theo thời hạn của " + source + " giao; " + latest.reason()));
        }
    }

    private static final java.util.regex.Pattern REPORT_ROUTE = java.util.regex.Pattern.compile(
            "\\bvề\\s+(?<to>[^.;,()]+?)\\s*\\(\\s*qua\\s+(?<via>[^)]+?)\\s*\\)");

    /** Whom a task's result goes to and through which body: "báo cáo về UBND tỉnh (qua Sở Công Thương)". */
    private record Route(String to, String via) {
        static Route of(String text, String issuer) {
            java.util.regex.Matcher m = text == null ? null : REPORT_ROUTE.matcher(text);
            return m != null && m.find() ? new Route(m.group("to").strip(), m.group("via").strip()) : new Route(issuer, null);
        }
    }

    // a recurring duty falls due once per period until the end of the span the plan covers
    private static List<Occurrence> occurrences(String deadline, String recurrence, PhraseContext context,
            DeadlineRules rules, Map<String, LocalDate> events, Map<String, DueDate> resolved, LocalDate until) {
        String phrase = deadline != null ? deadline : recurrence;
        Spanned spanned = recurrence == null ? null : Spanned.of(recurrence, deadline, context);
        if (spanned != null) {
            // a recurring duty with its own span: "hằng năm" with "đến năm 2028", "hằng quý đến hết năm 2027"
            return occurrences(spanned.recurring, context, rules, spanned.end);
        }
        if (phrase == null) {
            return List.of(new Occurrence("", new DueDate(null, null, DueDate.Status.NONE, "kế hoạch không nêu thời hạn")));
        }
        DueDate first = resolved.computeIfAbsent(phrase, p -> rules.resolve(p, context, events));
        if (!(first.phrase() instanceof Recurring recurring)) {
            return List.of(new Occurrence("", first));
        }
        return occurrences(recurring, context, rules, until);
    }

    private static List<Occurrence> occurrences(Recurring recurring, PhraseContext context, DeadlineRules rules, LocalDate until) {
        List<Occurrence> result = new ArrayList<>();
        List<LocalDate> dates = rules.occurrences(recurring, context.issued(), until);
        for (int i = 0; i < dates.size(); i++) {
            result.add(new Occurrence("#" + (i + 1), new DueDate(recurring, dates.get(i), DueDate.Status.DUE,
                    recurring.match().text() + ": kỳ " + (i + 1) + " là " + VietnameseText.shortDate(dates.get(i)))));
        }
        return result;
    }

    private static void personalPlans(PersonalPlans duty, OrgChart chart, PhraseContext context, DeadlineRules rules,
            Map<String, LocalDate> events, Map<String, DueDate> resolved, List<Obligation> out) {
        DueDate due = duty.deadline() == null
                ? new DueDate(null, null, DueDate.Status.NONE, "kế hoạch không nêu thời hạn")
                : resolved.computeIfAbsent(duty.deadline(), p -> rules.resolve(p, context, events));
        Set<MemberExemption> exemptions = Set.copyOf(duty.exemptionRules());
        for (Unit unit : chart.units()) {
            if (unit.kind() != UnitKind.PARTY_CELL) {
                continue;
            }
            List<Member> members = unit.members();
            for (int m = 0; m < members.size(); m++) {
                Member member = members.get(m);
                if (isExempt(member, unit, exemptions)) {
                    continue;
                }
                String id = "personal/" + unit.id() + "/" + (m + 1);
                out.add(new Obligation(id, Kind.PERSONAL_PLAN, Role.LEAD, unit.id(), unit.name(), member.name(),
                        unit.name(), null, "Kế hoạch cá nhân", -1, duty.deadline(), due));
                if (member.keyLeader() && duty.keyLeaderDuty() != null) {
                    out.add(new Obligation("exemplary/" + unit.id() + "/" + (m + 1), Kind.EXEMPLARY_COMMITMENT, Role.LEAD,
                            unit.id(), unit.name(), member.name(), unit.name(), null, duty.keyLeaderDuty(), -1,
                            duty.deadline(), due));
                }
            }
        }
    }

    /** True when the plan's exemptions excuse the member from a personal plan. */
    static boolean isExempt(Member member, Unit unit, Set<MemberExemption> exemptions) {
        List<MemberStatus> statuses = member.statuses();
        return (exemptions.contains(MemberExemption.EXEMPT_FROM_PARTY_ACTIVITIES)
                        && statuses.contains(MemberStatus.EXEMPT_FROM_PARTY_ACTIVITIES))
                || (exemptions.contains(MemberExemption.RETIRED) && statuses.contains(MemberStatus.RETIRED))
                || (exemptions.contains(MemberExemption.ELDERLY_VERY_SMALL_ETHNIC_MINORITY)
                        && statuses.contains(MemberStatus.ELDERLY_VERY_SMALL_ETHNIC_MINORITY))
                || (exemptions.contains(MemberExemption.VILLAGE_CELL_MEMBER_NOT_SECRETARY) && unit.residential()
                        && member.cellRole() != CellRole.SECRETARY && member.cellRole() != CellRole.DEPUTY_SECRETARY);
    }

    private static List<Unit> expand(List<String> names, UnitIndex index, String where, List<UnmatchedName> unmatched) {
        Set<Unit> units = new LinkedHashSet<>();
        for (String name : names) {
            List<Unit> found = index.find(name);
            if (found.isEmpty()) {
                unmatched.add(new UnmatchedName(name, where));
            } else {
                units.addAll(found);
            }
        }
        return List.copyOf(units);
    }

    // "(no owner): Tổ chức hội nghị quán triệt ...": the marker and the task's first words
    private static UnmatchedName noOwner(Task task, String where) {
        String text = task.text() != null && !task.text().isBlank() ? task.text() : task.action();
        String[] words = VietnameseText.normalizeSpace(text).split(" ");
        String start = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, OPENING_WORDS)));
        return new UnmatchedName(UnmatchedName.NO_OWNER + ": " + start + (words.length > OPENING_WORDS ? " ..." : ""), where);
    }
}

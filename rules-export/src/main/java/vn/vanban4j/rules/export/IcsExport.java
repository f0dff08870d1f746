package vn.vanban4j.rules.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import vn.vanban4j.model.VietnameseText;
import vn.vanban4j.rules.Obligation;
import vn.vanban4j.rules.ObligationSet;
import vn.vanban4j.rules.WorkingCalendar;

/**
 * A unit's obligations as an iCalendar file: one all-day event on each due date, with a reminder
 * at 08:00 (UTC+7) a given number of working days before. Deterministic: the same input gives the
 * same text (stamps come from the caller, ids from the obligations).
 */
public final class IcsExport {
    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private IcsExport() {
    }

    /**
     * @param reminderWorkingDays how many working days before the due date to remind
     * @param stamp               the DTSTAMP of every event (e.g. the plan's issue date)
     */
    public static String forUnit(ObligationSet obligations, String unitId, int reminderWorkingDays,
            WorkingCalendar calendar, Instant stamp) {
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//vanban4j//vanban4j 0.1//VI"));
        ics.add(new Version(Version.VALUE_2_0, Version.VALUE_2_0));
        ics.add(new CalScale(CalScale.VALUE_GREGORIAN));
        for (Obligation o : obligations.ofUnit(unitId)) {
            LocalDate due = o.due().due();
            if (due == null) {
                continue;
            }
            VEvent event = new VEvent(due, summary(o));
            event.add(new Uid(o.id() + "@vanban4j"));
            event.replace(new DtStamp(stamp)); // the constructor stamps the event with the clock; one DTSTAMP only (RFC 5545)
            event.add(new Description(o.what() + "\nThời hạn: " + (o.deadline() == null ? "" : o.deadline())
                    + "\n" + o.due().reason()));
            LocalDate remindOn = calendar.plusWorkingDays(due, -reminderWorkingDays);
            VAlarm alarm = new VAlarm(remindOn.atTime(8, 0).toInstant(VIETNAM));
            alarm.add(new Action(Action.VALUE_DISPLAY));
            alarm.add(new Description("Sắp đến hạn " + VietnameseText.shortDate(due) + ": " + summary(o)));
            event.add(alarm);
            ics.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(ics, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String summary(Obligation o) {
        String kind = switch (o.kind()) {
            case TASK -> o.role() == Obligation.Role.LEAD ? "Chủ trì" : "Phối hợp";
            case SUBORDINATE_PLAN -> "Xây dựng kế hoạch";
            case REPORT -> "Báo cáo";
            case PERSONAL_PLAN -> "Kế hoạch cá nhân";
            case EXEMPLARY_COMMITMENT -> "Đăng ký nêu gương";
        };
        String what = o.what().length() > 80 ? o.what().substring(0, 80) + "…" : o.what();
        return kind + ": " + (o.member() != null ? o.member() + " - " : "") + what;
    }
}

package vn.vanban4j.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.vanban4j.rules.YearOverlay.HolidayRange;
import vn.vanban4j.rules.YearOverlay.NamedDay;

/**
 * The working days of Vietnamese state and Party offices: Monday to Friday, less the public
 * holidays (Tết and Giỗ Tổ from the lunar calendar), their substitute days when they fall on a
 * weekend (Bộ luật Lao động 2019, Art. 111(3)), and each year's official overlay.
 *
 * <p>Immutable and thread-safe: {@link #withOverlay(YearOverlay)} returns a new calendar.
 */
public final class WorkingCalendar {
    private static final int FIRST_YEAR = 1901;
    private static final int LAST_YEAR = 2198;
    private static final WorkingCalendar VIETNAM = standard();

    private final Map<Integer, YearOverlay> overlays;
    private final Map<LocalDate, String> daysOff;
    private final Map<LocalDate, String> makeUpDays;

    private WorkingCalendar(Map<Integer, YearOverlay> overlays) {
        this.overlays = Map.copyOf(overlays);
        Map<LocalDate, String> off = new HashMap<>();
        Map<LocalDate, String> makeUp = new HashMap<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            YearOverlay overlay = overlays.get(year);
            for (DayOff day : scheduleOf(year, overlay)) {
                off.put(day.date(), day.name());
            }
            if (overlay != null) {
                overlay.makeUpWorkingDays().forEach(d -> makeUp.put(d.date(), d.name()));
            }
        }
        this.daysOff = Map.copyOf(off);
        this.makeUpDays = Map.copyOf(makeUp);
    }

    /** The calendar with the overlays shipped for the years whose schedules are known. */
    public static WorkingCalendar vietnam() {
        return VIETNAM;
    }

    /** The computed rules only, no overlay. */
    public static WorkingCalendar rulesOnly() {
        return new WorkingCalendar(Map.of());
    }

    private static WorkingCalendar standard() {
        Map<Integer, YearOverlay> shipped = new HashMap<>();
        for (String line : resource("calendar/overlays.txt").split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                YearOverlay overlay = YearOverlay.parse(resource("calendar/" + name), name);
                shipped.put(overlay.year(), overlay);
            }
        }
        return new WorkingCalendar(shipped);
    }

    private static String resource(String name) {
        try (InputStream in = WorkingCalendar.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This calendar with the overlay's year replaced by it. */
    public WorkingCalendar withOverlay(YearOverlay overlay) {
        Map<Integer, YearOverlay> next = new HashMap<>(overlays);
        next.put(overlay.year(), overlay);
        return new WorkingCalendar(next);
    }

    /** The overlay in force for a year, if any. */
    /** What a date of a year without an official schedule rests on, in the words reasons use. */
    public static String noOverlayNote(int year) {
        return "không có lịch nghỉ chính thức năm " + year + ": dùng ngày nghỉ theo Bộ luật Lao động";
    }

    public Optional<YearOverlay> overlay(int year) {
        return Optional.ofNullable(overlays.get(year));
    }

    /** True when offices work on that day. */
    public boolean isWorkingDay(LocalDate date) {
        checkRange(date);
        if (makeUpDays.containsKey(date)) {
            return true;
        }
        return !isWeekend(date) && !daysOff.containsKey(date);
    }

    /** The first working day after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** {@code date} itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /** The day {@code days} working days after {@code date} (before it when negative). */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        int step = days >= 0 ? 1 : -1;
        LocalDate day = date;
        for (int left = Math.abs(days); left > 0;) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Why a day is off: the holiday's name, "thứ Bảy", "Chủ nhật"; empty for a working day. */
    public Optional<String> whyOff(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        String holiday = daysOff.get(date);
        return Optional.of(holiday != null ? holiday : dayName(date));
    }

    /** The days off of a year (holidays, substitute days, extra days), in date order. */
    public List<DayOff> daysOff(int year) {
        TreeMap<LocalDate, String> sorted = new TreeMap<>();
        daysOff.forEach((date, name) -> {
            if (date.getYear() == year) {
                sorted.put(date, name);
            }
        });
        List<DayOff> result = new ArrayList<>();
        sorted.forEach((date, name) -> result.add(new DayOff(date, name)));
        return result;
    }

    /** The weekend days worked back in a year, in date order. */
    public List<DayOff> makeUpWorkingDays(int year) {
        List<DayOff> result = new ArrayList<>();
        makeUpDays.forEach((date, name) -> {
            if (date.getYear() == year) {
                result.add(new DayOff(date, name));
            }
        });
        result.sort(null);
        return result;
    }

    /** A dated day with its name. */
    public record DayOff(LocalDate date, String name) implements Comparable<DayOff> {
        @Override
        public int compareTo(DayOff other) {
            return date.compareTo(other.date);
        }
    }

    /** "thứ Hai" ... "thứ Bảy", "Chủ nhật". */
    public static String dayName(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static void checkRange(LocalDate date) {
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException("the working calendar covers " + FIRST_YEAR + "-" + LAST_YEAR + ": " + date);
        }
    }

    // the holidays of a year by the rules, each with its substitute day, then the overlay applied
    private static List<DayOff> scheduleOf(int year, YearOverlay overlay) {
        LunarCalendar lunar = LunarCalendar.vietnamese();
        Map<LocalDate, Holiday> days = new TreeMap<>();
        days.put(LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
        LocalDate tet = lunar.lunarNewYear(year);
        for (int i = -1; i < 4; i++) {
            days.put(tet.plusDays(i), Holiday.LUNAR_NEW_YEAR);
        }
        days.put(lunar.toSolar(new LunarDate(year, 3, 10, false)), Holiday.HUNG_KINGS);
        days.put(LocalDate.of(year, 4, 30), Holiday.REUNIFICATION);
        days.put(LocalDate.of(year, 5, 1), Holiday.LABOUR);
        days.put(LocalDate.of(year, 9, 1), Holiday.NATIONAL_DAY);
        days.put(LocalDate.of(year, 9, 2), Holiday.NATIONAL_DAY);
        List<Holiday> replaced = new ArrayList<>();
        if (overlay != null) {
            overlay.holidays().forEach(range -> replaced.addAll(range.replaces()));
        }
        Map<LocalDate, String> named = new TreeMap<>();
        Map<LocalDate, Holiday> computed = new TreeMap<>(days);
        computed.values().removeIf(replaced::contains);
        for (Map.Entry<LocalDate, Holiday> day : computed.entrySet()) {
            named.put(day.getKey(), day.getValue().vietnameseName());
        }
        if (overlay != null) {
            for (HolidayRange range : overlay.holidays()) {
                String name = range.name() != null ? range.name() : range.replaces().get(0).vietnameseName();
                for (LocalDate d = range.from(); !d.isAfter(range.to()); d = d.plusDays(1)) {
                    named.put(d, name);
                }
            }
        }
        // a computed holiday on a weekend gives the next working day off
        for (Map.Entry<LocalDate, Holiday> day : computed.entrySet()) {
            if (isWeekend(day.getKey())) {
                LocalDate substitute = day.getKey().plusDays(1);
                while (isWeekend(substitute) || named.containsKey(substitute)) {
                    substitute = substitute.plusDays(1);
                }
                named.put(substitute, "Nghỉ bù " + day.getValue().vietnameseName());
            }
        }
        if (overlay != null) {
            for (NamedDay extra : overlay.extraDaysOff()) {
                named.put(extra.date(), extra.name());
            }
        }
        List<DayOff> result = new ArrayList<>();
        named.forEach((date, name) -> result.add(new DayOff(date, name)));
        return Collections.unmodifiableList(result);
    }
}

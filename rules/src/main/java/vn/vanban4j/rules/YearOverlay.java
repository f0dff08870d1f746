package vn.vanban4j.rules;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.vanban4j.model.ModelJson;

/**
 * One year's official schedule of days off, as the Prime Minister (since 2025 Bộ Nội vụ) announces
 * it: the holidays it sets (replacing the computed ones of the same kind, substitute days
 * included), extra days off, and Saturdays worked back ("ngày làm bù"). Read from JSON, so adding
 * a year is a data change.
 *
 * @param year              the year
 * @param source            where the schedule comes from
 * @param holidays          the holidays as scheduled
 * @param extraDaysOff      days off beyond the holidays
 * @param makeUpWorkingDays weekend days that are working days
 */
public record YearOverlay(@JsonProperty(required = true) int year, String source, List<HolidayRange> holidays,
        List<NamedDay> extraDaysOff, List<NamedDay> makeUpWorkingDays) {
    public YearOverlay {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        extraDaysOff = extraDaysOff == null ? List.of() : List.copyOf(extraDaysOff);
        makeUpWorkingDays = makeUpWorkingDays == null ? List.of() : List.copyOf(makeUpWorkingDays);
    }

    /** Reads an overlay file; errors name the file and the JSON path. */
    public static YearOverlay read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    public static YearOverlay parse(String json, String source) {
        return ModelJson.read(json, source, YearOverlay.class);
    }

    /**
     * Days off that replace the computed days of the named holidays.
     *
     * @param replaces the holidays this range stands for
     * @param from     first day off
     * @param to       last day off
     * @param name     the name to show
     */
    public record HolidayRange(@JsonProperty(required = true) List<Holiday> replaces,
            @JsonProperty(required = true) LocalDate from, @JsonProperty(required = true) LocalDate to, String name) {
        public HolidayRange {
            replaces = List.copyOf(replaces);
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the range ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /**
     * A dated day with a name.
     *
     * @param date the day
     * @param name what it is
     */
    public record NamedDay(@JsonProperty(required = true) LocalDate date, @JsonProperty(required = true) String name) {
    }
}

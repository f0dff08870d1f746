package vn.vanban4j.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The Vietnamese lunar calendar, computed from astronomy: a month starts on the day (UTC+7) of a
 * new moon, the month holding the winter solstice is month 11, and in a year of 13 months the first
 * month with no principal solar term is the leap month. New moons follow Meeus, "Astronomical
 * Algorithms", ch. 49; the sun's longitude ch. 25. Because the day is reckoned at 105°E, Tết can
 * differ from the Chinese New Year (1985, 2007, 2030, 2053).
 *
 * <p>Immutable and thread-safe; the table of months is computed once for 1800-2199.
 */
public final class LunarCalendar {
    private static final LunarCalendar VIETNAMESE = new LunarCalendar(7.0);
    private static final double JD_UNIX_EPOCH = 2440587.5;
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;

    // month i runs from starts[i] (epoch day) to starts[i+1]-1
    private final long[] starts;
    private final int[] years;
    private final int[] numbers;
    private final boolean[] leaps;
    private final double zoneHours;

    private LunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
        int kFirst = (int) Math.floor((FIRST_YEAR - 1 - 2000) * 12.3685);
        int kLast = (int) Math.ceil((LAST_YEAR + 2 - 2000) * 12.3685);
        int n = kLast - kFirst + 1;
        long[] moonDays = new long[n];
        for (int i = 0; i < n; i++) {
            moonDays[i] = localDay(newMoonJd(kFirst + i));
        }
        int[] termIndex = new int[n];
        for (int i = 0; i < n; i++) {
            termIndex[i] = (int) Math.floor(sunLongitude(midnightJd(moonDays[i])) / 30.0);
        }
        int[] yearsOut = new int[n];
        int[] numbersOut = new int[n];
        boolean[] leapOut = new boolean[n];
        Arrays.fill(numbersOut, 0);
        // months holding the winter solstice (the sun entering 270°, term index 9) are month 11
        int previousEleven = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (!containsTerm(termIndex[i], termIndex[i + 1], 9)) {
                continue;
            }
            if (previousEleven >= 0) {
                label(previousEleven, i, moonDays, termIndex, yearsOut, numbersOut, leapOut);
            }
            previousEleven = i;
        }
        int first = 0;
        while (numbersOut[first] == 0) {
            first++;
        }
        int last = n - 1;
        while (numbersOut[last] == 0) {
            last--;
        }
        this.starts = Arrays.copyOfRange(moonDays, first, last + 2);
        this.years = Arrays.copyOfRange(yearsOut, first, last + 1);
        this.numbers = Arrays.copyOfRange(numbersOut, first, last + 1);
        this.leaps = Arrays.copyOfRange(leapOut, first, last + 1);
    }

    /** The calendar of Vietnam (UTC+7). */
    public static LunarCalendar vietnamese() {
        return VIETNAMESE;
    }

    private static boolean containsTerm(int startIndex, int endIndex, int term) {
        int crossings = Math.floorMod(endIndex - startIndex, 12);
        for (int c = 1; c <= crossings; c++) {
            if (Math.floorMod(startIndex + c, 12) == term) {
                return true;
            }
        }
        return false;
    }

    // labels the months from one month 11 (at a) up to the month before the next month 11 (at b)
    private static void label(int a, int b, long[] moonDays, int[] termIndex, int[] years, int[] numbers,
            boolean[] leaps) {
        boolean leapYear = b - a == 13;
        int number = 11;
        boolean leapUsed = false;
        int tet = -1;
        for (int i = a; i < b; i++) {
            boolean leap = false;
            if (i > a) {
                if (leapYear && !leapUsed && Math.floorMod(termIndex[i + 1] - termIndex[i], 12) == 0) {
                    leap = true;
                    leapUsed = true;
                } else {
                    number = number % 12 + 1;
                }
            }
            numbers[i] = number;
            leaps[i] = leap;
            if (number == 1 && !leap) {
                tet = i;
            }
        }
        // the months before Tết (11, 12 and a leap one among them) belong to the lunar year before
        int tetYear = LocalDate.ofEpochDay(moonDays[tet]).getYear();
        for (int i = a; i < b; i++) {
            years[i] = i < tet ? tetYear - 1 : tetYear;
        }
    }

    /** The lunar date of a solar date. */
    public LunarDate toLunar(LocalDate date) {
        long day = date.toEpochDay();
        int i = monthIndex(day);
        return new LunarDate(years[i], numbers[i], (int) (day - starts[i]) + 1, leaps[i]);
    }

    /** The solar date of a lunar date; throws when that month has no such day or no such leap month. */
    public LocalDate toSolar(LunarDate date) {
        int i = indexOf(date.year(), date.month(), date.leap());
        if (i < 0) {
            throw new IllegalArgumentException("the lunar year " + date.year() + " has no "
                    + (date.leap() ? "leap " : "") + "month " + date.month());
        }
        if (date.day() > starts[i + 1] - starts[i]) {
            throw new IllegalArgumentException("month " + date.month() + " of lunar year " + date.year()
                    + " has only " + (starts[i + 1] - starts[i]) + " days");
        }
        return LocalDate.ofEpochDay(starts[i] + date.day() - 1);
    }

    /** Tết Nguyên Đán (1/1 lunar) of a year. */
    public LocalDate lunarNewYear(int year) {
        return toSolar(new LunarDate(year, 1, 1, false));
    }

    /** The number of the leap month of a lunar year, if it has one. */
    public OptionalInt leapMonth(int year) {
        for (int i = 0; i < years.length; i++) {
            if (years[i] == year && leaps[i]) {
                return OptionalInt.of(numbers[i]);
            }
        }
        return OptionalInt.empty();
    }

    /** The number of days of a lunar month (29 or 30). */
    public int lengthOfMonth(int year, int month, boolean leap) {
        int i = indexOf(year, month, leap);
        if (i < 0) {
            throw new IllegalArgumentException("the lunar year " + year + " has no month " + month);
        }
        return (int) (starts[i + 1] - starts[i]);
    }

    private int indexOf(int year, int month, boolean leap) {
        // months are in order: find by search from an estimate
        int estimate = monthIndex(LocalDate.of(year, 1, 1).plusMonths(month).toEpochDay());
        for (int i = Math.max(0, estimate - 3); i < Math.min(years.length, estimate + 3); i++) {
            if (years[i] == year && numbers[i] == month && leaps[i] == leap) {
                return i;
            }
        }
        return -1;
    }

    private int monthIndex(long day) {
        if (day < starts[0] || day >= starts[starts.length - 1]) {
            throw new IllegalArgumentException("the lunar calendar covers " + LocalDate.ofEpochDay(starts[0]) + " to "
                    + LocalDate.ofEpochDay(starts[starts.length - 1] - 1));
        }
        int found = Arrays.binarySearch(starts, day);
        return found >= 0 ? found : -found - 2;
    }

    private long localDay(double jdUt) {
        return (long) Math.floor(jdUt + 0.5 + zoneHours / 24.0) - (long) (JD_UNIX_EPOCH + 0.5);
    }

    private double midnightJd(long epochDay) {
        return epochDay + JD_UNIX_EPOCH - zoneHours / 24.0;
    }

    /** Julian Day (UT) of the k-th new moon after 6 January 2000 (Meeus 49.1 with its corrections). */
    static double newMoonJd(int k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3
                + 0.00000000073 * t2 * t2;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = rad(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = rad(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t2 * t2);
        double f = rad(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t2 * t2);
        double om = rad(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
        double c = -0.40720 * Math.sin(mp) + 0.17241 * e * Math.sin(m) + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f) + 0.00739 * e * Math.sin(mp - m) - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m) - 0.00111 * Math.sin(mp - 2 * f) - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m) - 0.00042 * Math.sin(3 * mp) + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f) - 0.00024 * e * Math.sin(2 * mp - m) - 0.00017 * Math.sin(om)
                - 0.00007 * Math.sin(mp + 2 * m) + 0.00004 * Math.sin(2 * mp - 2 * f) + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f) + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f) + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f) - 0.00002 * Math.sin(3 * mp + m) + 0.00002 * Math.sin(4 * mp);
        double[] a = {
            299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k,
            349.42 + 36.412478 * k, 84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k,
            154.84 + 7.306860 * k, 34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k,
            161.72 + 24.198154 * k, 239.56 + 25.513099 * k, 331.55 + 3.592518 * k};
        double[] coefficients = {0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060, 0.000056,
            0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023};
        double planetary = 0;
        for (int i = 0; i < a.length; i++) {
            planetary += coefficients[i] * Math.sin(rad(a[i]));
        }
        double jdeCorrected = jde + c + planetary;
        return jdeCorrected - deltaTSeconds(2000 + k / 12.3685) / 86400.0;
    }

    /** The sun's apparent longitude in degrees [0, 360) at a Julian Day (Meeus ch. 25, low accuracy). */
    static double sunLongitude(double jd) {
        double t = (jd - 2451545.0) / 36525.0;
        double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(m)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.000289 * Math.sin(3 * m);
        double omega = rad(125.04 - 1934.136 * t);
        double lambda = l0 + c - 0.00569 - 0.00478 * Math.sin(omega);
        return ((lambda % 360) + 360) % 360;
    }

    // TT - UT in seconds: a long-term parabola (Morrison and Stephenson), good to a minute here
    private static double deltaTSeconds(double year) {
        double u = (year - 1820) / 100.0;
        return -20 + 32 * u * u;
    }

    private static double rad(double degrees) {
        return Math.toRadians(degrees % 360);
    }
}

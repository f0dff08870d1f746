package vn.vanban4j.rules;

/**
 * A date of the Vietnamese lunar calendar ("âm lịch").
 *
 * @param year  the lunar year (the Gregorian year in which its Tết falls)
 * @param month 1 to 12
 * @param day   1 to 30
 * @param leap  true in a leap month ("tháng nhuận"), which repeats the number of the month before
 */
public record LunarDate(int year, int month, int day, boolean leap) {
    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar date " + day + "/" + month + (leap ? " (nhuận)" : "") + "/" + year);
        }
    }

    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}

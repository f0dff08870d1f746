package vn.vanban4j.exchange.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The namespace, prefix and date forms of QCVN 102:2016 as the platform's samples write them. */
public final class EdXmlNames {
    /** The namespace of every element of a package, the root's default namespace in the samples. */
    public static final String NS = "http://www.mic.gov.vn/TBT/QCVN_102_2016";
    /** The prefix the samples bind to {@link #NS} on {@code edXMLEnvelope}. */
    public static final String PREFIX = "edXML";
    /** The XML signature namespace: a {@code Signature} element in it is skipped, not refused. */
    public static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    /** Dates and times in packages are Vietnam time. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    private EdXmlNames() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String time(LocalDateTime time) {
        return TIME.format(time);
    }

    /** A {@code yyyy/MM/dd} date; the samples' hyphenated and single-digit forms are read too. */
    public static LocalDate parseDate(String text) {
        String[] parts = text.strip().split("[/-]");
        if (parts.length != 3) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date yyyy/MM/dd");
        }
        try {
            return LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a date yyyy/MM/dd");
        }
    }

    /** A {@code yyyy/MM/dd HH:mm:ss} time. */
    public static LocalDateTime parseTime(String text) {
        String[] halves = text.strip().split("\\s+");
        try {
            LocalDate date = parseDate(halves[0]);
            String[] hms = halves.length == 2 ? halves[1].split(":") : new String[] {"0", "0", "0"};
            return date.atTime(Integer.parseInt(hms[0]), Integer.parseInt(hms[1]),
                    hms.length > 2 ? Integer.parseInt(hms[2]) : 0);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time yyyy/MM/dd HH:mm:ss");
        }
    }
}

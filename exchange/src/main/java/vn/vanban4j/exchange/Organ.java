package vn.vanban4j.exchange;

import java.util.Objects;

/**
 * A body taking part in an exchange, as the {@code From} and {@code To} elements describe it.
 *
 * @param organId              the electronic identifier ("mã định danh", {@code 000.00.00.H41})
 * @param organizationInCharge the body in charge ("cơ quan chủ quản"); the name again when there is none, as the
 *                             samples write it (null is taken as that)
 * @param organName            the body's name
 * @param address              postal address; null when not known
 * @param email                e-mail; null when not known
 * @param telephone            telephone; null when not known
 * @param fax                  fax; null when not known
 * @param website              website; null when not known
 */
public record Organ(String organId, String organizationInCharge, String organName, String address, String email,
        String telephone, String fax, String website) {
    public Organ {
        if (organId == null || organId.isBlank()) {
            throw new IllegalArgumentException("an organ needs its OrganId (the electronic identifier)");
        }
        Objects.requireNonNull(organName, "organName");
        if (organizationInCharge == null || organizationInCharge.isBlank()) {
            organizationInCharge = organName;
        }
    }

    /** A body known by its identifier and name only. */
    public static Organ of(String organId, String organName) {
        return new Organ(organId, null, organName, null, null, null, null, null);
    }

    /** A body with the body in charge of it. */
    public static Organ of(String organId, String organizationInCharge, String organName) {
        return new Organ(organId, organizationInCharge, organName, null, null, null, null, null);
    }
}

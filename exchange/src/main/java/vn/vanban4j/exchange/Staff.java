package vn.vanban4j.exchange;

/**
 * The clerk who handles a package ({@code StaffInfo}).
 *
 * @param department the clerk's department ("Văn thư văn phòng"); null when not given
 * @param name       the clerk's name
 * @param email      e-mail; null when not given
 * @param mobile     mobile number; null when not given
 */
public record Staff(String department, String name, String email, String mobile) {
    public Staff {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a staff member needs a name");
        }
    }

    /** A clerk known by name only. */
    public static Staff named(String name) {
        return new Staff(null, name, null, null);
    }
}

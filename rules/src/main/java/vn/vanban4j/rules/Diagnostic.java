package vn.vanban4j.rules;

/**
 * A mistake found in a plan.
 *
 * @param code     stable code ("VB001"), for hosts to filter and count
 * @param severity how bad
 * @param path     the JSON path of the part concerned ("$.sections[1].content[0].content[2]")
 * @param message  what is wrong, in Vietnamese for the drafter
 */
public record Diagnostic(String code, Severity severity, String path, String message) {

    /** How serious a finding is. */
    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return code + " " + severity + " " + path + ": " + message;
    }
}

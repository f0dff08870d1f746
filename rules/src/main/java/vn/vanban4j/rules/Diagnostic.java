package vn.vanban4j.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import vn.vanban4j.model.Message;

/**
 * A mistake found in a plan.
 *
 * @param code     stable code ("VB001"), for hosts to filter and count
 * @param severity how bad
 * @param path     the JSON path of the part concerned ("$.sections[1].content[0].content[2]")
 * @param message  what is wrong, in Vietnamese for the drafter
 * @param text     the message to translate ({@link #message(Locale)}); null for a diagnostic made from a
 *                 plain text, which reads the same in every language
 */
public record Diagnostic(String code, Severity severity, String path, String message, @JsonIgnore Message text) {

    /** How serious a finding is. */
    public enum Severity {
        ERROR, WARNING
    }

    /** A diagnostic whose message reads the same in every language. */
    public Diagnostic(String code, Severity severity, String path, String message) {
        this(code, severity, path, message, null);
    }

    /** A diagnostic whose message is in Vietnamese ({@link #message()}) and English. */
    static Diagnostic of(String code, Severity severity, String path, Message text) {
        return new Diagnostic(code, severity, path, text.text(Message.VIETNAMESE), text);
    }

    /** What is wrong, in Vietnamese when {@code locale} is Vietnamese, in English otherwise. */
    public String message(Locale locale) {
        return text == null ? message : text.text(locale);
    }

    /** "VB001 ERROR path: message" in the language of {@code locale}. */
    public String describe(Locale locale) {
        return code + " " + severity + " " + path + ": " + message(locale);
    }

    /** "VB001 ERROR path: message", the message in Vietnamese. */
    @Override
    public String toString() {
        return code + " " + severity + " " + path + ": " + message;
    }
}

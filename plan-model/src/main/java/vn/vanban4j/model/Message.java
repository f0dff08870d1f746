package vn.vanban4j.model;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A text the library shows to people, in English or Vietnamese: a key of one module's message bundle
 * and the arguments put into it. {@link #text(Locale)} gives Vietnamese for a locale whose language is
 * {@code vi} and English for any other; the English text is what exceptions' {@code getMessage()} and
 * logs read. Each module ships {@code vn/vanban4j/<module>/messages.properties} (English) and
 * {@code messages_vi.properties} (Vietnamese), patterns of {@link MessageFormat}.
 *
 * @param key       the key, of the bundle named by {@link Key#bundle()}
 * @param arguments the values put into the pattern: a nested {@code Message} (given in the same
 *                  language) or text; any other value is kept as its {@code String.valueOf}
 */
public record Message(Key key, List<Object> arguments) implements Serializable {
    /** Vietnamese, the language of the documents and of the clerks. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle.Control PROPERTIES_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A key of one module's bundle; each module's keys are an enum implementing this. */
    public interface Key extends Serializable {
        /** The bundle's base name ("vn.vanban4j.importer.messages"), loaded with the key's own class loader. */
        String bundle();

        /** The key in the bundle. */
        String name();
    }

    public Message {
        Objects.requireNonNull(key, "key");
        arguments = arguments.stream().map(a -> a instanceof Message ? a : (Object) String.valueOf(a)).toList();
    }

    /** The message of {@code key} with {@code arguments}. */
    public static Message of(Key key, Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** True when {@code locale} asks for Vietnamese (its language is {@code vi}). */
    public static boolean isVietnamese(Locale locale) {
        return locale != null && "vi".equals(locale.getLanguage());
    }

    /** The text in Vietnamese when {@code locale} is Vietnamese, in English otherwise (null too). */
    public String text(Locale locale) {
        Locale language = isVietnamese(locale) ? VIETNAMESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(key.bundle(), language, key.getClass().getClassLoader(),
                PROPERTIES_ONLY);
        Object[] values = arguments.stream().map(a -> a instanceof Message m ? m.text(locale) : a).toArray();
        return new MessageFormat(bundle.getString(key.name()), language).format(values);
    }

    /** The English text. */
    @Override
    public String toString() {
        return text(Locale.ROOT);
    }
}

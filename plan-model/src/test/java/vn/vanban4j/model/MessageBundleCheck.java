package vn.vanban4j.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The check every module runs on its message bundles (through plan-model's test jar): each key of the
 * module's enum is in the English and the Vietnamese bundle, each bundle key is a key of the enum, each
 * pattern is a valid {@link MessageFormat} with the same number of arguments in both languages, and no
 * apostrophe is lost to MessageFormat's quoting.
 */
public final class MessageBundleCheck {
    private MessageBundleCheck() {
    }

    /** Every fault of the bundles of {@code keys}; empty when they are sound. */
    public static <E extends Enum<E> & Message.Key> List<String> problems(Class<E> keys) {
        Set<E> all = EnumSet.allOf(keys);
        String base = all.iterator().next().bundle().replace('.', '/');
        Properties english = load(keys, base + ".properties");
        Properties vietnamese = load(keys, base + "_vi.properties");
        List<String> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        all.forEach(k -> names.add(k.name()));
        for (Properties bundle : List.of(english, vietnamese)) {
            String which = bundle == english ? base + ".properties" : base + "_vi.properties";
            for (String name : names) {
                if (!bundle.containsKey(name)) {
                    problems.add(which + ": no " + name);
                }
            }
            for (String key : bundle.stringPropertyNames()) {
                if (!names.contains(key)) {
                    problems.add(which + ": " + key + " is no key of " + keys.getSimpleName());
                } else {
                    problems.addAll(patternProblems(which, key, bundle.getProperty(key)));
                }
            }
        }
        for (String name : names) {
            if (english.containsKey(name) && vietnamese.containsKey(name)
                    && arguments(english.getProperty(name)) != arguments(vietnamese.getProperty(name))) {
                problems.add(name + ": " + arguments(english.getProperty(name)) + " arguments in English, "
                        + arguments(vietnamese.getProperty(name)) + " in Vietnamese");
            }
        }
        return problems;
    }

    private static List<String> patternProblems(String bundle, String key, String pattern) {
        try {
            int count = arguments(pattern);
            Object[] marks = new Object[count];
            for (int i = 0; i < count; i++) {
                marks[i] = "<" + i + ">";
            }
            String text = new MessageFormat(pattern, Locale.ROOT).format(marks);
            long kept = text.chars().filter(c -> c == '\'').count();
            long written = pattern.split("''", -1).length - 1;
            List<String> problems = new ArrayList<>();
            if (kept != written) {
                problems.add(bundle + ": " + key + " loses an apostrophe (write '' for one)");
            }
            for (int i = 0; i < count; i++) {
                if (!text.contains("<" + i + ">")) {
                    problems.add(bundle + ": " + key + " never shows argument " + i);
                }
            }
            return problems;
        } catch (IllegalArgumentException e) {
            return List.of(bundle + ": " + key + " is no MessageFormat pattern: " + e.getMessage());
        }
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    private static Properties load(Class<?> keys, String path) {
        Properties properties = new Properties();
        try (InputStream in = keys.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no bundle " + path);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}

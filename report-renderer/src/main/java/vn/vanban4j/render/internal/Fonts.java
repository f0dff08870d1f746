package vn.vanban4j.render.internal;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Font families a profile names: the ones Vietnamese documents are set in, those installed here, and
 * the near miss a misspelled name is ("Time New Roman").
 */
public final class Fonts {
    private static final List<String> COMMON = List.of("Times New Roman", "Arial", "Tahoma", "Verdana", "Calibri", "Cambria",
            "Georgia", "Courier New", "Liberation Serif", "Liberation Sans", "Noto Serif", "Noto Sans", "DejaVu Serif", "DejaVu Sans");

    private Fonts() {
    }

    /** True when this machine has the family (as Java sees it, through fontconfig on Linux). */
    public static boolean installed(String family) {
        return installedFamilies().stream().anyMatch(family::equalsIgnoreCase);
    }

    /**
     * The family {@code family} is a misspelling of: a common or installed family a few letters away, when
     * {@code family} is neither; empty when it is one, or like none.
     */
    public static Optional<String> misspelt(String family) {
        if (COMMON.stream().anyMatch(family::equalsIgnoreCase)) {
            return Optional.empty();
        }
        List<String> installed = installedFamilies();
        if (installed.stream().anyMatch(family::equalsIgnoreCase)) {
            return Optional.empty();
        }
        List<String> candidates = new java.util.ArrayList<>(COMMON);
        candidates.addAll(installed);
        return Spelling.nearest(family, candidates);
    }

    private static List<String> installedFamilies() {
        return List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT));
    }

    /** The family LibreOffice sets in place of one that is not installed, when it has a metric twin. */
    public static Optional<String> twin(String family) {
        return switch (family.toLowerCase(Locale.ROOT)) {
            case "times new roman" -> Optional.of("Liberation Serif");
            case "arial" -> Optional.of("Liberation Sans");
            case "courier new" -> Optional.of("Liberation Mono");
            default -> Optional.empty();
        };
    }

}

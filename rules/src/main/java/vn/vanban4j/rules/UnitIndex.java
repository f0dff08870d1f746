package vn.vanban4j.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vanban4j.model.OrgChart;
import vn.vanban4j.model.OrgChart.Unit;
import vn.vanban4j.model.OrgChart.UnitKind;
import vn.vanban4j.model.VietnameseText;

/**
 * The units of an org chart as plans name them: by unit name, by the group names the chart gives
 * ("Các chi bộ, đảng bộ cơ sở"), and by group names that list unit types ("UBND các xã, phường",
 * "các sở, ban, ngành", "các trường mầm non, tiểu học"). Names compare by {@link #key(String)}, so
 * common abbreviations equal their full form. Immutable.
 */
final class UnitIndex {
    private record Abbreviation(Pattern pattern, String full) {
        static Abbreviation of(String regex, String full) {
            return new Abbreviation(Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}\\d])"), full);
        }
    }

    // on name keys: lower case, NFC
    private static final List<Abbreviation> ABBREVIATIONS = List.of(
            Abbreviation.of("ubnd", "ủy ban nhân dân"),
            Abbreviation.of("hđnd", "hội đồng nhân dân"),
            Abbreviation.of("ubmttq", "ủy ban mặt trận tổ quốc"),
            Abbreviation.of("mttq", "mặt trận tổ quốc"),
            Abbreviation.of("gd\\s*(?:&|-)?\\s*đt", "giáo dục và đào tạo"),
            new Abbreviation(Pattern.compile("(?<![\\p{L}\\d])tp(?:\\.|(?![\\p{L}\\d]))"), "thành phố "));
    private static final Pattern QUALIFIER = Pattern.compile(
            "\\s+(?:trên địa bàn|trực thuộc|thuộc|có liên quan|liên quan)(?:\\s.*)?$");
    private static final Pattern LEVEL = Pattern.compile("(?<!,)\\s+(?:cấp\\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã)$");
    // "và" joins types ("xã, phường và thị trấn") but also sits inside names ("giáo dục và đào tạo")
    private static final Pattern TYPE_SEPARATOR = Pattern.compile("\\s*(?:[,;/]|\\s(?:và|hoặc)\\s(?!đào tạo))\\s*");
    /** Nouns a list of types shares: "các trường mầm non, tiểu học" is "trường mầm non", "trường tiểu học". */
    private static final List<String> SHARED_NOUNS = List.of("ủy ban nhân dân", "hội đồng nhân dân", "trường",
            "phòng", "trung tâm", "chi bộ", "đảng bộ", "đảng ủy");
    /** The words of "các sở, ban, ngành": the state departments. */
    private static final List<String> DEPARTMENT_WORDS = List.of("sở", "ban", "ngành");

    private final Map<String, List<Unit>> byName;
    private final List<Unit> units;

    private UnitIndex(Map<String, List<Unit>> byName, List<Unit> units) {
        this.byName = byName;
        this.units = units;
    }

    /** The chart's units by name key and by every group name. */
    static UnitIndex of(OrgChart chart) {
        Map<String, List<Unit>> byName = new HashMap<>();
        for (Unit unit : chart.units()) {
            byName.computeIfAbsent(key(unit.name()), k -> new ArrayList<>()).add(unit);
            for (String group : unit.groups()) {
                byName.computeIfAbsent(key(group), k -> new ArrayList<>()).add(unit);
            }
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        return new UnitIndex(Map.copyOf(byName), chart.units());
    }

    /**
     * The comparison key of a unit name: {@link VietnameseText#nameKey(String)} with the common
     * abbreviations written out ("UBND" and "Ủy ban nhân dân", "HĐND", "MTTQ", "GDĐT" and "GD&amp;ĐT",
     * "TP." and "thành phố").
     */
    static String key(String name) {
        String key = VietnameseText.nameKey(name);
        for (Abbreviation abbreviation : ABBREVIATIONS) {
            key = abbreviation.pattern.matcher(key).replaceAll(abbreviation.full);
        }
        return VietnameseText.nameKey(key);
    }

    /** The units a name stands for, in chart order for a list of types; empty when it names none. */
    List<Unit> find(String name) {
        String key = key(name);
        List<Unit> named = byName.get(key);
        return named != null ? named : byTypes(key);
    }

    // "<head> các <type>, <type> ...": every unit whose name is the head and one of the types
    private List<Unit> byTypes(String key) {
        int at = key.startsWith("các ") ? 0 : key.indexOf(" các ");
        if (at < 0) {
            return List.of();
        }
        String head = key.substring(0, at).strip();
        String tail = QUALIFIER.matcher(key.substring(key.indexOf("các ", at) + 4)).replaceFirst("");
        tail = LEVEL.matcher(tail).replaceFirst("");
        List<String> types = java.util.Arrays.stream(TYPE_SEPARATOR.split(tail)).filter(t -> !t.isBlank()).toList();
        if (types.isEmpty()) {
            return List.of();
        }
        if (head.isEmpty()) {
            for (String noun : SHARED_NOUNS) {
                if (types.get(0).startsWith(noun + " ")) {
                    head = noun;
                    break;
                }
            }
        }
        List<Unit> found = new ArrayList<>();
        for (Unit unit : units) {
            String unitKey = key(unit.name());
            for (String type : types) {
                if (isOfType(unit, unitKey, head, type) && !found.contains(unit)) {
                    found.add(unit);
                }
            }
        }
        return found;
    }

    private static boolean isOfType(Unit unit, String unitKey, String head, String type) {
        String typed = type.startsWith(head + " ") ? type : (head + " " + type).strip();
        if (head.isEmpty() && DEPARTMENT_WORDS.contains(type)) {
            return isDepartment(unit, unitKey) && (type.equals("ngành") || unitKey.startsWith(type + " "));
        }
        return !typed.isEmpty() && (unitKey.equals(typed) || unitKey.startsWith(typed + " "));
    }

    // a state body that is not a people's committee or council: a Sở, a Ban or a sector agency
    private static boolean isDepartment(Unit unit, String unitKey) {
        return unit.kind() == UnitKind.STATE_BODY && !unitKey.startsWith("ủy ban nhân dân")
                && !unitKey.startsWith("hội đồng nhân dân");
    }
}

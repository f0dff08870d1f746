package vn.vanban4j.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positional values, flags and "--name value" options, checked against what it accepts. */
final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, List<String>> repeated = new LinkedHashMap<>();

    private Args() {
    }

    /**
     * @param flags   options that take no value ("--json")
     * @param valued  options that take a value ("--issued", "-o")
     */
    static Args parse(List<String> raw, Set<String> flags, Set<String> valued) {
        Args args = new Args();
        for (int i = 0; i < raw.size(); i++) {
            String arg = raw.get(i);
            if (flags.contains(arg)) {
                args.options.put(arg, "true");
            } else if (valued.contains(arg)) {
                if (i + 1 >= raw.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                args.options.put(arg, raw.get(++i));
                args.repeated.computeIfAbsent(arg, k -> new ArrayList<>()).add(raw.get(i));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else {
                args.positional.add(arg);
            }
        }
        return args;
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name) {
        return options.get(name);
    }

    /** Every value of an option given more than once ("--attach a.pdf --attach b.docx"), in order. */
    List<String> options(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** The positional arguments, exactly {@code count} of them, named in the error. */
    List<String> positional(int count, String names) {
        if (positional.size() != count) {
            throw new UsageException("expected " + names);
        }
        return positional;
    }
}

package vn.vanban4j.spark.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's arguments: positional values, flags and "--name value" options, checked against what it accepts. */
public final class Args {
    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();

    private Args() {
    }

    /** The command line is wrong: exit code 2, with a message saying how to call. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /**
     * @param flags  options that take no value ("--pdf")
     * @param valued options that take a value ("--master")
     */
    public static Args parse(List<String> raw, Set<String> flags, Set<String> valued) {
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
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else {
                args.positional.add(arg);
            }
        }
        return args;
    }

    public boolean flag(String name) {
        return options.containsKey(name);
    }

    public String option(String name) {
        return options.get(name);
    }

    /** A whole number option, at least {@code min}; {@code fallback} when not given. */
    public long number(String name, long min, long fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException(name + " takes a whole number of at least " + min + ", not \"" + value + "\"");
    }

    /** The positional arguments, exactly {@code count} of them, named in the error. */
    public List<String> positional(int count, String names) {
        if (positional.size() != count) {
            throw new UsageException("expected " + names);
        }
        return positional;
    }
}

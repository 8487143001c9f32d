package io.tranchelab.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A subcommand's arguments: positionals and {@code --name value} options, checked against what it accepts. */
final class Arguments {

    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Arguments(String command, List<String> args, Set<String> allowedOptions) throws UsageException {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                String value = null;
                int eq = name.indexOf('=');
                if (eq >= 0) {
                    value = name.substring(eq + 1);
                    name = name.substring(0, eq);
                }
                if (!allowedOptions.contains(name)) {
                    throw new UsageException(command + ": unknown option --" + name + " (allowed: "
                            + (allowedOptions.isEmpty() ? "none" : "--" + String.join(", --", allowedOptions.stream()
                            .sorted().toList())) + ")");
                }
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": --" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                options.put(name, value);
            } else {
                positionals.add(arg);
            }
        }
    }

    List<String> positionals() {
        return positionals;
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An option that must be one of a few words, e.g. {@code --format table|json}. */
    String choice(String name, String fallback, String... allowed) throws UsageException {
        String value = options.getOrDefault(name, fallback);
        if (!java.util.Arrays.asList(allowed).contains(value)) {
            throw new UsageException("--" + name + " must be " + String.join(" or ", allowed) + ", was '" + value + "'");
        }
        return value;
    }

    int intOption(String name, int fallback, int min, int max) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (parsed < min || parsed > max) {
                throw new UsageException("--" + name + " must be between " + min + " and " + max + ", was " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }

    long longOption(String name, long fallback) throws UsageException {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a whole number, was '" + value + "'");
        }
    }
}

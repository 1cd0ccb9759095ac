// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of one subcommand: positional arguments and options. An option is a flag
 * ({@code --transpose}), takes one value ({@code -o OUT}, {@code --kind=grid}) or takes every
 * following argument up to the next option ({@code --against A B C}).
 */
public final class Arguments {

    private final String command;
    private final List<String> positional = new ArrayList<>();
    private final Map<String, List<String>> options = new HashMap<>();

    /** Parses {@code args} given the options the command knows. */
    public Arguments(String command, List<String> args, Set<String> flags, Set<String> single, Set<String> multi,
            Map<String, String> aliases) throws UsageException {
        this.command = command;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-") || arg.equals("-")) {
                positional.add(arg);
                continue;
            }
            String name = arg;
            String inlineValue = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = arg.substring(equals + 1);
            }
            name = aliases.getOrDefault(name, name);
            if (flags.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException(command, name + " takes no value");
                }
                options.put(name, List.of());
            } else if (single.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                        throw new UsageException(command, name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.containsKey(name)) {
                    throw new UsageException(command, name + " is given twice");
                }
                options.put(name, List.of(value));
            } else if (multi.contains(name)) {
                List<String> values = options.computeIfAbsent(name, k -> new ArrayList<>());
                if (inlineValue != null) {
                    values.add(inlineValue);
                }
                while (i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                    values.add(args.get(++i));
                }
                if (values.isEmpty()) {
                    throw new UsageException(command, name + " needs at least one value");
                }
            } else {
                throw new UsageException(command, "unknown option " + arg);
            }
        }
    }

    public List<String> positional() {
        return positional;
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** The option's value, or the default. */
    public String value(String option, String defaultValue) {
        List<String> values = options.get(option);
        return values == null || values.isEmpty() ? defaultValue : values.get(0);
    }

    /** Every value of a multi-value option (empty if absent). */
    public List<String> values(String option) {
        return options.getOrDefault(option, List.of());
    }

    /** A required single value. */
    public String required(String option, String what) throws UsageException {
        String value = value(option, null);
        if (value == null) {
            throw new UsageException(command, "missing " + option + " " + what);
        }
        return value;
    }

    /** Checks the number of positional arguments. */
    public void expectPositional(int min, int max, String what) throws UsageException {
        if (positional.size() < min) {
            throw new UsageException(command, "missing " + what);
        }
        if (positional.size() > max) {
            throw new UsageException(command, "unexpected argument " + positional.get(max));
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Removes the launcher's and framework's own arguments (e.g. {@code -nosplash}, {@code -application ID})
 * that may still be among the application arguments, leaving the subcommand and its arguments. Only
 * single-dash Eclipse spellings are removed, so no workbench option ({@code --help}, {@code -o}) is lost.
 */
public final class EclipseArguments {

    private static final Set<String> FLAGS = Set.of("-nosplash", "-consolelog", "-clean", "-noexit", "-debug",
            "-console", "-initialize", "-refresh");
    private static final Set<String> WITH_VALUE = Set.of("-application", "-product", "-data", "-configuration",
            "-install", "-os", "-ws", "-arch", "-launcher", "-name", "-showsplash", "-startup", "-vm", "-user",
            "-library", "-framework", "-feature");

    private EclipseArguments() {
    }

    /** The arguments meant for the workbench command line. */
    public static List<String> strip(String[] args) {
        List<String> result = new ArrayList<>();
        if (args == null) {
            return result;
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String lower = arg.toLowerCase(Locale.ROOT);
            if (lower.equals("-vmargs")) {
                break;
            }
            if (lower.equals("-nl") && i + 1 < args.length) {
                i++;
                continue;
            }
            if (FLAGS.contains(lower)) {
                continue;
            }
            if (WITH_VALUE.contains(lower)) {
                i++;
                continue;
            }
            result.add(arg);
        }
        return result;
    }
}

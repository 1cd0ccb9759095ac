// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code workbench pathways}: needs the rules service (org.curriculum.core.rules), not yet in this build. */
public final class PathwaysCommand {

    private PathwaysCommand() {
    }

    public static int run(Path file, List<String> check, boolean checking, String format, PrintStream out,
            PrintStream err) {
        err.println("error: pathway analysis is not available in this build (it needs the rules of combination "
                + "service, org.curriculum.core.rules)");
        return 1;
    }
}

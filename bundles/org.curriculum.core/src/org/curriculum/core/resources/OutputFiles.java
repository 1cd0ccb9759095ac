// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;

/**
 * The part of the overwrite rule that the command line ({@code OutputPolicy}) and the workbench's wizards
 * share: a file written is never one of the files the same command or wizard reads, whatever the path says
 * (a relative path, a link). Replacing an earlier output is the caller's to ask about: {@code --force} on the
 * command line, a question at Finish in a wizard.
 */
public final class OutputFiles {

    private OutputFiles() {
    }

    /** The input that is the output file itself, if any. */
    public static Optional<Path> inputAmong(Path output, Collection<Path> inputs) {
        return inputs.stream().filter(input -> sameFile(input, output)).findFirst();
    }

    /** True if both paths name one file: the same path, or (when both exist) a link to the other. */
    public static boolean sameFile(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false; // cannot be compared, so neither can be read as the other: the write itself will tell
        }
    }
}

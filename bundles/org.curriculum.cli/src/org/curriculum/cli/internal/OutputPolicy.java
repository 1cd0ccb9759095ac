// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.core.resources.OutputFiles;

/**
 * The one rule every command that writes a file follows before it reads or writes anything: the output
 * is named for what is written, is never one of the command's own inputs nor a folder, and an existing
 * file is replaced only when the user said {@code --force}.
 */
public final class OutputPolicy {

    private OutputPolicy() {
    }

    /**
     * Checks an output file.
     *
     * @param command    the subcommand, for the usage message
     * @param output     the file the command would write
     * @param what       what is written, as the user reads it ("a standards framework")
     * @param extensions the endings the output may have (lower case, with the dot); the first is the usual one
     * @param inputs     every file the command reads
     * @param force      whether {@code --force} was given
     * @throws UsageException     if the output is named for another kind of file, or is one of the inputs
     *                            (never allowed, with or without {@code --force})
     * @throws ModelSaveException if the output is a folder, or exists and {@code --force} was not given
     */
    public static void check(String command, Path output, String what, List<String> extensions,
            Collection<Path> inputs, boolean force) throws UsageException, ModelSaveException {
        checkName(command, output, what, extensions);
        checkReplace(command, output, inputs, force);
    }

    /**
     * The rest of {@link #check}, for a command that checks the output's name in its own words: the output is
     * none of the inputs, not a folder, and replaces an existing file only with {@code --force}.
     */
    public static void checkReplace(String command, Path output, Collection<Path> inputs, boolean force)
            throws UsageException, ModelSaveException {
        Optional<Path> input = OutputFiles.inputAmong(output, inputs);
        if (input.isPresent()) {
            throw new UsageException(command, "the output file " + output + " is also an input of the command ("
                    + input.get() + "); it is never written over: give another output file");
        }
        if (Files.isDirectory(output)) {
            throw new ModelSaveException(output, "is a folder; nothing was written (give a file name)", null);
        }
        if (Files.exists(output) && !force) {
            throw new ModelSaveException(output, "already exists; nothing was written (give --force to replace it)", null);
        }
    }

    /** The first part of {@link #check}: the output is named for what is written (an .xlsx for a workbook). */
    public static void checkName(String command, Path output, String what, List<String> extensions)
            throws UsageException {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.stream().noneMatch(name::endsWith)) {
            throw new UsageException(command, "the output file must end in " + String.join(" or ", extensions) + " ("
                    + what + " is written): " + output);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.resources.AtomicFile;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Registers the workbench's three-way merge as a Git merge driver for a repository, so that plain
 * {@code git merge} and {@code git pull} merge model files by element id: the {@code merge.curriculum} section
 * of the repository's config and one {@code .gitattributes} line per model file extension.
 */
public final class GitMergeDriver {

    /** The driver's name in {@code .gitattributes} and the config. */
    public static final String NAME = "curriculum";

    /** The model files the driver merges. */
    public static final List<String> PATTERNS = List.of("*.curriculum", "*.standards", "*.mapping");

    private GitMergeDriver() {
    }

    /** What {@link #install} wrote. */
    public record Installed(Path workTree, String driver, List<String> attributesAdded) {
    }

    /**
     * The driver line for a command that runs the workbench: git replaces %O, %A, %B by temporary files holding
     * the base, ours and theirs, and %P by the file's path, which places references to other files correctly.
     */
    public static String driverLine(String command) {
        return command + " merge %O %A %B --git --path %P";
    }

    /**
     * Writes the driver into the repository holding {@code folder}: the config's {@code merge.curriculum.name} and
     * {@code .driver}, and the {@code .gitattributes} lines it lacks (other lines are kept).
     *
     * @throws IOException naming the folder when it is not in a Git repository, or when a file cannot be written
     */
    public static Installed install(Path folder, String command) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            throw new IOException(folder + ": not inside a Git repository (run 'git init' or 'git clone' first, "
                    + "or give the repository's folder)");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new IOException(folder + ": a bare repository has no working files to merge; run git-setup "
                        + "in each clone");
            }
            String driver = driverLine(command);
            StoredConfig config = repository.getConfig();
            config.setString("merge", NAME, "name", "Curriculum Workbench: three-way merge by element id");
            config.setString("merge", NAME, "driver", driver);
            config.save();
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            Path attributes = workTree.resolve(".gitattributes");
            List<String> lines = Files.exists(attributes)
                    ? new ArrayList<>(Files.readAllLines(attributes, StandardCharsets.UTF_8))
                    : new ArrayList<>();
            List<String> added = new ArrayList<>();
            for (String pattern : PATTERNS) {
                String line = pattern + " merge=" + NAME;
                if (!lines.contains(line)) {
                    lines.add(line);
                    added.add(line);
                }
            }
            if (!added.isEmpty()) {
                String text = String.join("\n", lines) + "\n";
                AtomicFile.write(attributes, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            }
            return new Installed(workTree, driver, added);
        }
    }
}

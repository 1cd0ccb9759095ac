// SPDX-License-Identifier: EPL-2.0
package org.curriculum.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} command, run in a folder as a user would, with a fixed author and no user config; shared by
 * the tests that need a real repository (the command line's merge driver, the workbench's History view).
 */
public final class GitCommand {

    /** What one git command printed (stdout and stderr together) and its exit status. */
    public record Result(int status, String output) {
    }

    private GitCommand() {
    }

    public static Result run(Path folder, String author, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=" + author, "-c",
                "user.email=" + author.toLowerCase() + "@example.org", "-c", "init.defaultBranch=main", "-c",
                "pull.rebase=false", "-c", "advice.detachedHead=false"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        // the machine's own git configuration must not change what the test sees
        builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("git " + String.join(" ", args) + " did not finish");
        }
        return new Result(process.exitValue(), output);
    }

    /** Runs git and fails the test with git's own output if it fails. */
    public static String ok(Path folder, String author, String... args) throws IOException, InterruptedException {
        Result result = run(folder, author, args);
        if (result.status() != 0) {
            throw new AssertionError("git " + String.join(" ", args) + " failed (" + result.status() + "):\n"
                    + result.output());
        }
        return result.output();
    }
}

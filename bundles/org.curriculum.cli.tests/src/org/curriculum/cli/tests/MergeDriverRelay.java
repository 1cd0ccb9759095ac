// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.curriculum.cli.WorkbenchCommandLine;

/**
 * The merge driver git runs during a test: a shell script that hands its arguments over two named pipes to this
 * test's JVM, where {@link WorkbenchCommandLine} runs them, and exits with the command's status. Starting the
 * materialized product from inside the test runtime is not feasible, so the script stands in for {@code ./workbench}:
 * git starts the driver from the configured line exactly as it would start the product, and the command line runs
 * exactly the code the product runs; only the process boundary differs.
 */
final class MergeDriverRelay implements AutoCloseable {

    private final Path request;
    private final Path response;
    final Path script;
    private final Thread thread;
    /** What the relayed commands printed, stdout and stderr together. */
    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> calls = new ArrayList<>();

    MergeDriverRelay(Path spool) throws IOException, InterruptedException {
        Files.createDirectories(spool);
        request = spool.resolve("request");
        response = spool.resolve("response");
        for (Path pipe : List.of(request, response)) {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start();
            if (!mkfifo.waitFor(30, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
                throw new IOException("mkfifo " + pipe + " failed");
            }
        }
        script = spool.resolve("workbench");
        Files.writeString(script, "#!/bin/sh\n"
                + "{ pwd; for a in \"$@\"; do printf '%s\\n' \"$a\"; done; } > '" + request + "'\n"
                + "read status < '" + response + "'\n"
                + "exit \"$status\"\n");
        script.toFile().setExecutable(true);
        thread = new Thread(this::serve, "merge driver relay");
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        try {
            while (true) {
                List<String> lines = Files.readAllLines(request, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).equals("stop")) {
                    return;
                }
                // git runs the driver at the top of the work tree with paths relative to it
                Path folder = Path.of(lines.get(0));
                List<String> args = new ArrayList<>();
                for (int i = 1; i < lines.size(); i++) {
                    String arg = lines.get(i);
                    args.add(i == 1 || arg.startsWith("-") ? arg : folder.resolve(arg).toString());
                }
                synchronized (calls) {
                    calls.add(String.join(" ", lines.subList(1, lines.size())));
                }
                PrintStream stream = new PrintStream(printed, true, StandardCharsets.UTF_8);
                int status = new WorkbenchCommandLine(stream, stream).run(args.toArray(String[]::new));
                Files.writeString(response, status + "\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The argument lines git started the driver with. */
    List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        Files.writeString(request, "stop\n");
        thread.join(10_000);
    }
}

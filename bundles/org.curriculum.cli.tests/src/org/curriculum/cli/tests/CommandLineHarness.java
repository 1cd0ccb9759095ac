// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.curriculum.cli.WorkbenchCommandLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process as a user runs it, with the shipped examples copied into a fresh folder. */
abstract class CommandLineHarness {

    @TempDir
    Path folder;

    /** What the commands printed to stdout and stderr since the last reset. */
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** The folder the examples were copied to. */
    Path examples;

    @BeforeEach
    void copyExamples() {
        examples = folder.resolve("examples");
        assertEquals(0, run("examples", examples.toString()));
        reset();
    }

    /** Runs one command; returns its exit status. */
    int run(String... args) {
        return new WorkbenchCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    void reset() {
        out.reset();
        err.reset();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}

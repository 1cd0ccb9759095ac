// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.excel.FrameworkImporter;
import org.junit.jupiter.api.Test;

/**
 * A command that dies (out of stack, out of memory) or meets an input far beyond what it reads says so in
 * one line and exits non-zero, within seconds, instead of reaching Equinox (which exits 0).
 */
class CommandFailureTest extends CommandLineHarness {

    /** The Contact Centre NOS framework with its sections nested {@code depth} deep. */
    private Path deeplyNestedFramework(int depth) throws Exception {
        Path file = folder.resolve("nested.standards");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<curriculum:StandardsFramework xmi:version=\"2.0\" "
                    + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:curriculum=\"http://curriculum.org/workbench/curriculum/1.0\" "
                    + "title=\"Contact Centre National Occupational Standards\">\n");
            for (int i = 0; i < depth; i++) {
                out.write("<sections code=\"S" + i + "\" title=\"Health and safety\">");
            }
            out.write("<standards code=\"CC04\" title=\"Comply with relevant health and safety procedures in a contact centre\"/>");
            for (int i = 0; i < depth; i++) {
                out.write("</sections>");
            }
            out.write("\n</curriculum:StandardsFramework>\n");
        }
        return file;
    }

    @Test
    void aFileNestedTooDeeplyIsRefusedAtOnce() throws Exception {
        Path nested = deeplyNestedFramework(200_000);
        long start = System.nanoTime();
        assertEquals(1, run("validate", nested.toString()), err());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        // the 257th opening tag, on line 3, is where the file is refused
        assertTrue(err().contains("error: " + nested.toAbsolutePath().normalize() + ":3:"), err());
        assertTrue(err().endsWith(": elements are nested more than 256 deep; a real model nests a few levels, and a "
                + "file nested this deep would make every later step (loading, validation, saving) take hours or run "
                + "out of stack: it was refused\n"), err());
        assertTrue(seconds < 60, "refused after " + seconds + " s");
    }

    /** A CSV framework of {@code rows} rows of 60 small numbers (two text columns, then notes). */
    private Path numbersCsv(String name, int rows) throws Exception {
        Path csv = folder.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            StringBuilder header = new StringBuilder("Code,Title");
            for (int c = 2; c < COLUMNS; c++) {
                header.append(",N").append(c);
            }
            out.write(header + "\r\n");
            for (int r = 1; r < rows; r++) {
                StringBuilder row = new StringBuilder("S" + r + ",Standard " + r);
                for (int c = 2; c < COLUMNS; c++) {
                    row.append(',').append(c % 10);
                }
                out.write(row + "\r\n");
            }
        }
        return csv;
    }

    private static final int COLUMNS = 60;

    /**
     * An Error inside a command is one line and exit status 1, not a trace handed to Equinox (which exits 0):
     * here the import runs out of memory because the test has taken nearly all of the heap first, as a small
     * heap would leave it.
     */
    @Test
    void anOutOfMemoryErrorInACommandIsOneLineAndExitStatusOne() throws Exception {
        Path csv = numbersCsv("within-budget.csv", 15_000); // 900,000 cells: within the budget, not within 64 MB
        Path output = folder.resolve("within-budget.standards");
        List<byte[]> ballast = new ArrayList<>();
        int status;
        try {
            try {
                while (true) {
                    ballast.add(new byte[8 * 1024 * 1024]);
                }
            } catch (OutOfMemoryError full) {
                // the heap is full: give back 64 MB, enough to start the command but not to finish it
                for (int i = 0; i < 8 && !ballast.isEmpty(); i++) {
                    ballast.remove(ballast.size() - 1);
                }
            }
            status = run("import", "framework", csv.toString(), "-o", output.toString());
        } finally {
            ballast.clear();
        }
        assertEquals(1, status, err());
        String[] lines = err().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("error: import ran out of memory (") && last.endsWith("): the input is too large for "
                + "the memory this run may use; split it, or give the Java runtime more (-vmargs -Xmx4g); no file was "
                + "left half-written"), err());
        assertFalse(err().contains("\tat "), "no stack trace: " + err());
        assertFalse(Files.exists(output));
    }

    @Test
    void aHugeFrameworkIsRefusedByTheCellBudgetNamingTheRow() throws Exception {
        // 60 small numbers a row, the shape that used to run out of memory, as CSV (the .xlsx case: excel tests)
        int columns = COLUMNS;
        Path csv = numbersCsv("numbers.csv", (int) (FrameworkImporter.MAX_CELLS / columns) + 100);
        Path output = folder.resolve("numbers.standards");
        long start = System.nanoTime();
        assertEquals(1, run("import", "framework", csv.toString(), "-o", output.toString()), err());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        int refusedRow = (int) (FrameworkImporter.MAX_CELLS / columns) + 1;
        assertTrue(err().endsWith("error: " + csv + ": row " + refusedRow + ": more than " + FrameworkImporter.MAX_CELLS
                + " filled cells by this row; a standards framework is read up to that many. Remove the columns that "
                + "are not part of the template (Code, Title, Parent code, Type, Description, a few notes) or split the "
                + "framework into several files\n"), err());
        assertFalse(Files.exists(output));
        assertTrue(seconds < 60, "refused after " + seconds + " s");
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.StandardsFramework;
import org.junit.jupiter.api.Test;

/**
 * The one overwrite policy of every command that writes a file: never over its own input or a file named
 * for another kind, and over an earlier output of the same kind only with --force.
 */
class OutputPolicyTest extends CommandLineHarness {

    private static final String TWO_STANDARDS = "Code,Title\r\nCC01,Improve your personal effectiveness at work in a contact centre\r\n"
            + "CC02,Seek opportunities to develop your own personal effectiveness at work in a contact centre\r\n";

    private String example(String name) {
        return examples.resolve(name).toString();
    }

    /** Runs a command that must be refused and checks that the file it would have written is untouched. */
    private void assertRefused(int status, String message, Path untouched, String... args) throws Exception {
        byte[] before = Files.exists(untouched) ? Files.readAllBytes(untouched) : null;
        reset();
        assertEquals(status, run(args), err());
        assertTrue(err().contains(message), err());
        if (before == null) {
            assertFalse(Files.exists(untouched), untouched + " was written");
        } else {
            assertArrayEquals(before, Files.readAllBytes(untouched), untouched + " was changed");
        }
    }

    @Test
    void anImportNeverWritesOverItsOwnInputNorAFileOfAnotherKind() throws Exception {
        Path csv = folder.resolve("nos.csv");
        Files.writeString(csv, TWO_STANDARDS);
        assertRefused(2, "workbench import: the output file must end in .standards (a standards framework is written): " + csv,
                csv, "import", "framework", csv.toString(), "-o", csv.toString());
        assertRefused(2, "the output file must end in .standards", csv, "import", "framework", csv.toString(), "-o",
                csv.toString(), "--force");
        Path curriculum = examples.resolve("btec-l3-contact-centre-operations.curriculum");
        assertRefused(2, "the output file must end in .standards (a standards framework is written): " + curriculum,
                curriculum, "import", "framework", csv.toString(), "-o", curriculum.toString(), "--force");
        Path xlsx = folder.resolve("out.xlsx");
        assertRefused(2, "the output file must end in .standards", xlsx, "import", "framework", csv.toString(), "-o",
                xlsx.toString());

        Path grid = folder.resolve("grid.xlsx");
        assertEquals(0, run("export", example("btec-l3-contact-centre-nos.mapping"), "-o", grid.toString()), err());
        assertRefused(2, "the output file must end in .mapping (a mapping is written): " + grid, grid, "import", "grid",
                grid.toString(), "-o", grid.toString(), "--against", example("btec-l3-contact-centre-operations.curriculum"),
                example("contact-centre-nos.standards"));
        Path nos = examples.resolve("contact-centre-nos.standards");
        assertRefused(2, "the output file must end in .mapping", nos, "import", "grid", grid.toString(), "-o",
                nos.toString(), "--against", example("btec-l3-contact-centre-operations.curriculum"), nos.toString());
        // a mapping named as one of the files it is read against: refused even with --force
        Path mapping = examples.resolve("btec-l3-contact-centre-nos.mapping");
        assertRefused(2, "the output file " + mapping + " is also an input of the command", mapping, "import", "grid",
                grid.toString(), "-o", mapping.toString(), "--force", "--against",
                example("btec-l3-contact-centre-operations.curriculum"), nos.toString(), mapping.toString());
        // the same file reached through a link is the same file
        Path link = Files.createSymbolicLink(folder.resolve("link.mapping"), mapping);
        assertRefused(2, "the output file " + link + " is also an input of the command", mapping, "import", "grid",
                grid.toString(), "-o", link.toString(), "--force", "--against",
                example("btec-l3-contact-centre-operations.curriculum"), nos.toString(), mapping.toString());
    }

    @Test
    void anEarlierOutputOfTheSameKindIsReplacedOnlyWithForce() throws Exception {
        Path csv = folder.resolve("nos.csv");
        Files.writeString(csv, TWO_STANDARDS);
        Path standards = folder.resolve("nos.standards");
        assertEquals(0, run("import", "framework", csv.toString(), "-o", standards.toString()), err());
        assertRefused(1, "error: " + standards + ": already exists; nothing was written (give --force to replace it)",
                standards, "import", "framework", csv.toString(), "-o", standards.toString());
        Files.writeString(csv, TWO_STANDARDS + "CC03,Improve organisational effectiveness\r\n");
        reset();
        assertEquals(0, run("import", "framework", csv.toString(), "-o", standards.toString(), "--force"), err());
        assertEquals(3, ((StandardsFramework) ModelFiles.loadRoot(standards)).getStandards().size());

        Path xlsx = folder.resolve("annexe-b.xlsx");
        String mapping = example("btec-l3-contact-centre-nos.mapping");
        assertEquals(0, run("export", mapping, "-o", xlsx.toString()), err());
        assertRefused(1, "error: " + xlsx + ": already exists; nothing was written (give --force to replace it)", xlsx,
                "export", mapping, "-o", xlsx.toString(), "--kind", "links");
        reset();
        assertEquals(0, run("export", mapping, "-o", xlsx.toString(), "--kind", "links", "--force"), err());
        assertTrue(out().contains("wrote " + xlsx + " (links)"), out());

        Path imported = folder.resolve("imported.mapping");
        Path grid = folder.resolve("grid.xlsx");
        assertEquals(0, run("export", mapping, "-o", grid.toString()), err());
        String[] importGrid = { "import", "grid", grid.toString(), "-o", imported.toString(), "--against",
                example("btec-l3-contact-centre-operations.curriculum"), example("contact-centre-nos.standards") };
        assertEquals(0, run(importGrid), err());
        assertRefused(1, "error: " + imported + ": already exists; nothing was written", imported, importGrid);

        assertRefused(1, "error: " + examples.resolve("contact-centre-manager.curriculum") + ": already exists",
                examples.resolve("contact-centre-manager.curriculum"), "examples", examples.toString());
        reset();
        assertEquals(0, run("examples", examples.toString(), "--force"), err());
    }

    @Test
    void aFilledInTemplateIsNotReplacedSilently() throws Exception {
        Path template = folder.resolve("nos-template.csv");
        assertEquals(0, run("import", "template", template.toString()), err());
        Files.writeString(template, TWO_STANDARDS);
        assertRefused(1, "error: " + template + ": already exists; nothing was written (give --force to replace it)",
                template, "import", "template", template.toString());
        reset();
        assertEquals(0, run("import", "template", template.toString(), "--force"), err());
        assertFalse(Files.readString(template).contains("CC01"), "the typed rows are gone only after --force");

        Path folderAsOutput = Files.createDirectories(folder.resolve("templates.xlsx"));
        assertRefused(1, "error: " + folderAsOutput + ": is a folder; nothing was written", folder.resolve("x"),
                "import", "template", folderAsOutput.toString(), "--force");
    }
}

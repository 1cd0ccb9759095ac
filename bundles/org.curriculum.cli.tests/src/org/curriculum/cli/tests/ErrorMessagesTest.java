// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Messages that name the real file and the real reason, rather than a plausible-sounding wrong one. */
class ErrorMessagesTest extends CommandLineHarness {

    @Test
    void aMappingWhoseFrameworkIsRefusedOrMissingNamesThatFileAndWhy() throws Exception {
        Path mapping = examples.resolve("btec-l3-contact-centre-nos.mapping");
        Path nos = examples.resolve("contact-centre-nos.standards").toAbsolutePath().normalize();
        String text = Files.readString(nos);
        Files.writeString(nos, text.replaceFirst("\\?>\n", "?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"));
        assertEquals(1, run("coverage", mapping.toString()));
        assertTrue(err().contains("error: " + mapping + ": its target framework cannot be loaded: " + nos
                + ":2:"), err());
        assertTrue(err().contains("the file declares a DOCTYPE, which model files never contain"), err());

        reset();
        Files.delete(nos);
        assertEquals(1, run("export", mapping.toString(), "-o", folder.resolve("grid.xlsx").toString()));
        assertEquals("Loading " + mapping + "...\nerror: " + mapping + ": its target framework cannot be loaded: " + nos
                + ": no such file\n", err());
        assertFalse(Files.exists(folder.resolve("grid.xlsx")));
    }

    @Test
    void aFolderGivenAsAFileIsCalledAFolder() throws Exception {
        assertEquals(1, run("validate", examples.toString()));
        assertTrue(err().contains("error: " + examples.toAbsolutePath().normalize()
                + ": is a folder, not a model file: give a .curriculum, .standards or .mapping file"), err());
        reset();
        assertEquals(1, run("import", "framework", examples.toString(), "-o", folder.resolve("x.standards").toString()));
        assertTrue(err().contains("unknown kind of file"), err());
        Path folderNamedXlsx = Files.createDirectories(folder.resolve("nos.xlsx"));
        reset();
        assertEquals(1, run("import", "framework", folderNamedXlsx.toString(), "-o", folder.resolve("x.standards").toString()));
        assertTrue(err().contains("error: " + folderNamedXlsx + ": is a folder, not a spreadsheet"), err());
    }

    @Test
    void aWrongKindIsAUsageErrorBeforeTheModelIsLoaded() {
        assertEquals(2, run("export", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(), "-o",
                folder.resolve("x.xlsx").toString(), "--kind", "bogus"));
        assertTrue(err().startsWith("workbench export: unknown kind 'bogus'; use grid, links, curriculum, coverage, review, specification or case\n"),
                err());
        assertFalse(err().contains("Loading"), err());
    }

    /** Found by the fuzz run: a message quoting a cell with a line break in it came out as two lines. */
    @Test
    void anErrorQuotingALineBreakIsStillOneLine() throws Exception {
        Path csv = folder.resolve("nos.csv");
        Files.writeString(csv, "Code,Title,Type\r\nCC01,Improve your personal effectiveness at work in a contact centre,\"sec\ntion\"\r\n");
        assertEquals(1, run("import", "framework", csv.toString(), "-o", folder.resolve("nos.standards").toString()));
        assertEquals("Reading " + csv + "...\nerror: " + csv + ": row 2, column C: unknown type \"sec\\ntion\"; use section, "
                + "standard, element, performance criterion or knowledge item (blank = standard)\n", err());
    }
}

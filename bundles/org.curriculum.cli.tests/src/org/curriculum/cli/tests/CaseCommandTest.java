// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** {@code workbench export --kind case} and {@code workbench import case} as a user runs them. */
class CaseCommandTest extends CommandLineHarness {

    @Test
    void theNosAndTheAnnexeBMappingGoToCaseAndComeBackWithTheSameCoverage() throws Exception {
        Path nosJson = folder.resolve("nos.json");
        assertEquals(0, run("export", examples.resolve("contact-centre-nos.standards").toString(), "-o", nosJson.toString(),
                "--kind", "case"), err());
        assertEquals("wrote " + nosJson + " (case): 41 item(s), 41 association(s)\n", out());
        reset();
        Path mappingJson = folder.resolve("annexe-b.json");
        assertEquals(0, run("export", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(), "-o",
                mappingJson.toString(), "--kind", "case"), err());
        assertEquals("wrote " + mappingJson + " (case): 0 item(s), 70 association(s)\n", out());

        reset();
        Path nos = folder.resolve("nos.standards");
        assertEquals(0, run("import", "case", nosJson.toString(), "-o", nos.toString()), err());
        assertEquals("imported 41 item(s) from " + nosJson + " into " + nos + "\n", out());

        // The links come back against the imported NOS: its standards kept their CASE identifiers.
        reset();
        Path mapping = folder.resolve("annexe-b.mapping");
        assertEquals(0, run("import", "case", mappingJson.toString(), "-o", mapping.toString(), "--against",
                examples.resolve("btec-l3-contact-centre-operations.curriculum").toString(), nos.toString()), err());
        assertEquals("imported 70 link(s) from " + mappingJson + " into " + mapping + "\n", out());

        reset();
        assertEquals(0, run("coverage", examples.resolve("btec-l3-contact-centre-nos.mapping").toString(), "--format", "csv"));
        String before = out();
        reset();
        assertEquals(0, run("coverage", mapping.toString(), "--format", "csv"));
        assertEquals(before, out());
        assertTrue(before.contains("CC08,Use specific features of contact centre systems and technology,2,partial,304 (partial); 204 (partial),false"), before);
    }

    @Test
    void anExistingFileIsNotReplacedWithoutForceAndAWrongOutputIsAWrongCommandLine() throws Exception {
        Path json = Files.writeString(folder.resolve("taken.json"), "keep me");
        String nos = examples.resolve("contact-centre-nos.standards").toString();
        assertEquals(1, run("export", nos, "-o", json.toString(), "--kind", "case"));
        assertEquals("error: " + json + ": already exists; nothing was written (give --force to replace it)\n", err());
        assertEquals("keep me", Files.readString(json));
        reset();
        assertEquals(0, run("export", nos, "-o", json.toString(), "--kind", "case", "--force"), err());
        assertTrue(Files.readString(json).contains("\"CFDocument\""));

        reset();
        assertEquals(2, run("export", nos, "-o", folder.resolve("nos.xml").toString(), "--kind", "case"));
        assertTrue(err().startsWith("workbench export: the output file must end in .json (a CASE package (JSON) is written): "), err());
        reset();
        assertEquals(2, run("import", "case", json.toString(), "-o", folder.resolve("x.mapping").toString()));
        assertTrue(err().startsWith("workbench import: links are imported against the two frameworks they join"), err());
        reset();
        Path framework = folder.resolve("x.standards");
        assertEquals(1, run("import", "case", examples.resolve("contact-centre-nos.standards").toString(), "-o", framework.toString()));
        assertTrue(err().contains("the file is not a valid CASE JSON package; nothing was written"), err());
        assertFalse(Files.exists(framework));
    }
}

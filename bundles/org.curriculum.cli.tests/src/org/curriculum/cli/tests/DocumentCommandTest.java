// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.Curriculum;
import org.curriculum.testsupport.WordFixtures;
import org.junit.jupiter.api.Test;

/** {@code workbench import document} as a user runs it: the report, the summary, the overwrite policy, bad files. */
class DocumentCommandTest extends CommandLineHarness {

    private Path seed004Document() throws Exception {
        Curriculum btec = (Curriculum) ModelFiles.loadRoot(examples.resolve("btec-l3-contact-centre-operations.curriculum"));
        return WordFixtures.seed004Layout(btec, folder.resolve("btec-specification.docx"));
    }

    @Test
    void aSpecificationImportsWithItsReportPrintedAndSaved() throws Exception {
        Path docx = seed004Document();
        Path output = folder.resolve("imported.curriculum");
        Path report = folder.resolve("report.txt");
        assertEquals(0, run("import", "document", docx.toString(), "-o", output.toString(), "--report", report.toString()),
                err());
        String out = out();
        assertTrue(out.startsWith("Import report: "), out);
        assertTrue(out.contains("  paragraph 18 (under \"Rules of combination\"): a rule of combination in words that is not "
                + "recognised (total credits, credits at a level and the group tables are); check the imported rules "
                + "against it (\"When the units are combined, the rules below apply.\")\n"), out);
        assertTrue(out.endsWith("imported 14 unit(s), 41 outcome(s), 184 criteria, 0 module(s), 0 task(s), "
                + "1 qualification(s) from " + docx + " into " + output + "; " + (out.split("\n").length - 2)
                + " thing(s) not recognised are in the report " + report + "\n"), out);
        assertTrue(Files.readString(report).startsWith("Import report for " + docx + "\n"));
        assertEquals(out.split("\n").length - 2, Files.readAllLines(report).size() - 1);
        // the file is a curriculum the other commands read: it validates and its units have pathways
        reset();
        run("validate", output.toString());
        assertTrue(err().contains("1 file(s) validated"), err());
        reset();
        assertEquals(0, run("pathways", output.toString()), err());
        assertTrue(out().contains("301"), out());
    }

    @Test
    void aUnitOfCompetencyInSeed003sLayoutImportsAndValidates() throws Exception {
        Curriculum competency = (Curriculum) ModelFiles.loadRoot(examples.resolve("manage-call-centre-operations.curriculum"));
        Path docx = WordFixtures.seed003Layout(competency, folder.resolve("unit-of-competency.docx"));
        Path output = folder.resolve("competency.curriculum");
        assertEquals(0, run("import", "document", docx.toString(), "-o", output.toString()), err());
        assertEquals("imported 0 unit(s), 0 outcome(s), 0 criteria, 0 module(s), 0 task(s), 0 qualification(s), "
                + "1 unit(s) of competency (4 performance requirement(s), 19 item(s), 5 assessment criteria) from " + docx
                + " into " + output + "; everything was recognised\n", out());
        reset();
        assertEquals(0, run("validate", output.toString()), err());
        assertTrue(err().contains("1 file(s) validated"), err());
        Curriculum imported = (Curriculum) ModelFiles.loadRoot(output);
        assertEquals("105569L5 Manage call centre operations", imported.getCode() + " " + imported.getTitle());
    }

    @Test
    void nothingIsWrittenWhenTheFileIsNoWordDocument() throws Exception {
        Path notes = WordFixtures.notAZip(folder.resolve("notes.docx"));
        Path output = folder.resolve("notes.curriculum");
        Path report = folder.resolve("notes-report.txt");
        assertEquals(1, run("import", "document", notes.toString(), "-o", output.toString(), "--report", report.toString()));
        assertEquals("Reading " + notes + "...\nerror: " + notes + ": not a Word document: the file does not start like a "
                + ".docx (which is a zip archive); save it as a Word document (.docx) and import that\n", err());
        assertFalse(Files.exists(output));
        assertFalse(Files.exists(report));
    }

    @Test
    void anExistingOutputIsKeptWithoutForceAndTheInputIsNeverTheOutput() throws Exception {
        Path docx = seed004Document();
        Path output = Files.writeString(folder.resolve("taken.curriculum"), "keep me");
        assertEquals(1, run("import", "document", docx.toString(), "-o", output.toString()));
        assertEquals("error: " + output + ": already exists; nothing was written (give --force to replace it)\n", err());
        assertEquals("keep me", Files.readString(output));
        reset();
        assertEquals(0, run("import", "document", docx.toString(), "-o", output.toString(), "--force"), err());
        assertTrue(ModelFiles.loadRoot(output) instanceof Curriculum);
        reset();
        assertEquals(2, run("import", "document", docx.toString(), "-o", folder.resolve("out.xlsx").toString()));
        assertTrue(err().startsWith("workbench import: the output file must end in .curriculum (a curriculum is written)"),
                err());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.StandardsFramework;
import org.junit.jupiter.api.Test;

/** {@code workbench new} as a user runs it: the files it writes, what it refuses, and its messages. */
class NewCommandTest extends CommandLineHarness {

    @Test
    void newCurriculumWritesTheContactCentreManagerSkeleton() throws Exception {
        Path file = folder.resolve("manager.curriculum");
        assertEquals(0, run("new", "curriculum", "-o", file.toString(), "--ofo", "143905", "--occupation",
                "Contact Centre Manager", "--tasks", "6"), err());
        assertEquals("wrote " + file + ": occupational curriculum 143905 Contact Centre Manager with 6 task(s)\n", out());

        Curriculum curriculum = (Curriculum) ModelFiles.loadRoot(file);
        assertEquals("Occupational Profile and Curriculum Summary: Contact Centre Manager", curriculum.getTitle());
        assertEquals("143905", curriculum.getProfile().getOfoCode());
        assertEquals(6, curriculum.getProfile().getTasks().size());
        assertEquals(13, curriculum.getComponents().size());

        reset();
        assertEquals(0, run("validate", file.toString()), out());
        assertTrue(err().contains("1 file(s) validated: 0 error(s)"), err());
    }

    @Test
    void newQualificationWritesTheBtecSkeletonAndValidateAcceptsIt() throws Exception {
        Path file = folder.resolve("btec.curriculum");
        assertEquals(0, run("new", "qualification", "-o", file.toString(), "--title",
                "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", "--number", "600/1636/x", "--level",
                "3", "--credits", "16", "--glh", "106", "--units", "14", "--mandatory", "3"), err());
        assertEquals("wrote " + file + ": qualification 600/1636/X \"Pearson BTEC Level 3 Certificate in Contact Centre "
                + "Operations (QCF)\", level 3, 16 credit(s), 14 unit(s) of which 3 mandatory\n", out());

        Qualification qualification = ((Curriculum) ModelFiles.loadRoot(file)).getQualifications().get(0);
        assertEquals("600/1636/X", qualification.getQualificationNumber());
        assertEquals(106, qualification.getGuidedLearningHours());
        assertEquals(3, qualification.getRules().getGroups().get(0).getComponents().size());
        assertEquals(11, qualification.getRules().getGroups().get(1).getComponents().size());

        reset();
        // the template leaves the units' credits to fill in: validate says so for each unit, and that the
        // rules' 16 credits cannot be reached yet
        assertEquals(1, run("validate", file.toString()));
        String[] lines = out().split("\n");
        assertEquals(15, lines.length, out());
        assertEquals(file + ": WARNING: Unit 14 \"Unit 14 (title)\": Unit 14 \"Unit 14 (title)\" has no credit value, but the "
                + "rules of combination that list it count credits: enter its credits.", lines[13]);
        assertTrue(lines[14].startsWith(file + ": ERROR: Rules of combination of qualification 600/1636/X"), lines[14]);
        assertTrue(lines[14].endsWith("require 16 credits, but all the listed components together carry only 0: list more "
                + "components or correct the total."), lines[14]);
        assertTrue(err().contains("1 file(s) validated: 1 error(s), 14 warning(s)"), err());
    }

    @Test
    void newFrameworkWritesNumberedStandards() throws Exception {
        Path file = folder.resolve("nos.standards");
        assertEquals(0, run("new", "framework", "-o", file.toString(), "--title",
                "Contact Centre National Occupational Standards", "--publisher", "CfA", "--prefix", "CC", "--standards", "41"),
                err());
        assertEquals("wrote " + file + ": standards framework \"Contact Centre National Occupational Standards\" with "
                + "41 standard(s) CC01..CC41\n", out());
        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(file);
        assertEquals("CC41", framework.getStandards().get(40).getCode());
        assertEquals("1.0", framework.getVersion());

        reset();
        assertEquals(0, run("validate", file.toString()), out());
        assertTrue(err().contains("1 file(s) validated: 0 error(s), 0 warning(s)"), err());
    }

    @Test
    void newMappingRefersToTheShippedExamplesAndCoverageReadsIt() throws Exception {
        // written outside the examples folder: the references must still find the files
        Path file = folder.resolve("btec-nos.mapping");
        String curriculum = examples.resolve("btec-l3-contact-centre-operations.curriculum").toString();
        String standards = examples.resolve("contact-centre-nos.standards").toString();
        assertEquals(0, run("new", "mapping", "-o", file.toString(), "--source", curriculum, "--target", standards), err());
        assertEquals("wrote " + file + ": empty mapping set from " + curriculum + " to " + standards + "\n", out());
        assertTrue(Files.readString(file).contains("examples/contact-centre-nos.standards#"), Files.readString(file));

        MappingSet mapping = (MappingSet) ModelFiles.loadAll(java.util.List.of(file)).getResources().get(0).getContents()
                .get(0);
        assertEquals("600/1636/X", ((Curriculum) mapping.getSource()).getCode());
        assertEquals(41, ((StandardsFramework) mapping.getTarget()).getStandards().size());

        reset();
        assertEquals(0, run("coverage", file.toString()), err());
        assertTrue(out().contains("standards covered: 0 of 41 (0%)"), out());
        assertTrue(out().contains("CC41  Coordinate and develop strategy for incident management by a contact centre\n"
                + "      NOT COVERED\n"), out());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws Exception {
        Path file = folder.resolve("framework.standards");
        Files.writeString(file, "keep me");
        assertEquals(1, run("new", "framework", "-o", file.toString(), "--title", "Mine"));
        assertEquals("error: " + file + ": already exists; nothing was written (give --force to replace it)\n", err());
        assertEquals("keep me", Files.readString(file));

        reset();
        assertEquals(0, run("new", "framework", "-o", file.toString(), "--title", "Mine", "--standards", "2", "--force"));
        assertEquals("Mine", ((StandardsFramework) ModelFiles.loadRoot(file)).getTitle());
    }

    @Test
    void aBadNumberOrAMissingOptionIsAUsageErrorWithTheHelp() {
        Path file = folder.resolve("q.curriculum");
        assertEquals(2, run("new", "qualification", "-o", file.toString(), "--title", "T", "--number", "600/1636/X",
                "--level", "3", "--credits", "x"));
        assertTrue(err().startsWith("workbench new: --credits must be a whole number from 1 to 999, not 'x'\n"
                + "usage: workbench new curriculum"), err());
        assertFalse(Files.exists(file));

        reset();
        assertEquals(2, run("new", "curriculum", "-o", file.toString(), "--occupation", "Contact Centre Manager"));
        assertTrue(err().startsWith("workbench new: missing --ofo CODE, the occupation's OFO code\nusage: workbench new"),
                err());

        reset();
        assertEquals(2, run("new", "curriculum", "-o", file.toString(), "--ofo", "14390", "--occupation", "X"));
        assertTrue(err().startsWith("workbench new: --ofo must be six digits (e.g. 143905 or 2021-143905), not '14390'\n"),
                err());

        reset();
        assertEquals(2, run("new", "framework", "-o", file.toString(), "--title", "T"));
        assertTrue(err().startsWith("workbench new: the output file must end in .standards (a new framework is written): " + file + "\n"), err());

        reset();
        assertEquals(2, run("new", "framework", "-o", "f.standards", "--title", "T", "--tasks", "3"));
        assertTrue(err().startsWith("workbench new: --tasks does not apply to new framework\n"), err());
        assertFalse(Files.exists(file));

        reset();
        assertEquals(0, run("new", "--help"));
        assertTrue(out().contains("An existing output file is never replaced unless --force is given"), out());
    }

    @Test
    void aMappingFromAFileThatIsNoFrameworkNamesTheFile() {
        Path file = folder.resolve("wrong.mapping");
        String mapping = examples.resolve("btec-l3-contact-centre-nos.mapping").toString();
        String standards = examples.resolve("contact-centre-nos.standards").toString();
        assertEquals(1, run("new", "mapping", "-o", file.toString(), "--source", mapping, "--target", standards));
        assertTrue(err().contains("\nerror: " + mapping + ": holds Mapping set"), err());
        assertTrue(err().contains("not a curriculum or standards framework; give a .curriculum or .standards file as --source"), err());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMappingBetweenTwoStandardsFrameworksIsMadeAndCoverageSaysPathwaysDoNotApply() throws Exception {
        Path file = folder.resolve("fs1-nos.mapping");
        String fs1 = examples.resolve("functional-skills-level1.standards").toString();
        String nos = examples.resolve("contact-centre-nos.standards").toString();
        assertEquals(0, run("new", "mapping", "-o", file.toString(), "--source", fs1, "--target", nos), err());
        assertEquals("wrote " + file + ": empty mapping set from " + fs1 + " to " + nos + "\n", out());
        reset();
        assertEquals(0, run("coverage", file.toString()), err());
        assertTrue(out().contains("items: Standards framework \"Functional Skills"), out());
        assertTrue(out().contains("standards covered: 0 of 41 (0%)"), out());
        assertTrue(out().contains("pathways: not asked: Standards framework \"Functional Skills"), out());
        assertTrue(out().contains("has no qualification with rules of combination (pathway questions apply only where the source has them)"), out());
        reset();
        assertEquals(0, run("validate", fs1, nos, file.toString()), out());
    }
}

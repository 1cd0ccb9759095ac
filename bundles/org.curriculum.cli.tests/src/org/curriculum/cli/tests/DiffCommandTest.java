// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.testsupport.GitCommand;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.Unit;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

/** {@code workbench diff} of the BTEC example against a copy this test edits, in the three formats, and bad input. */
class DiffCommandTest extends CommandLineHarness {

    /** The lines a text report lists for {@link #editBtec}'s four edits. */
    private String oldTitle;

    private Path edited() throws Exception {
        Path copy = folder.resolve("edited");
        assertEquals(0, run("examples", copy.toString()));
        reset();
        Path file = copy.resolve(ExampleModels.BTEC);
        Curriculum btec = (Curriculum) ModelFiles.loadRoot(file);
        AssessmentCriterion ac23 = criterion(unit(btec, "304"), "2", "2.3");
        oldTitle = ac23.getTitle();
        ac23.setTitle("=Explain how systems and technology support remote working");
        unit(btec, "301").setCredits(3);
        AssessmentCriterion added = CurriculumFactory.eINSTANCE.createAssessmentCriterion();
        added.setCode("2.6");
        added.setTitle("Explain how to handle a complaint made on social media");
        outcome(unit(btec, "305"), "2").getAssessmentCriteria().add(added);
        EcoreUtil.remove(btec.getQualifications().get(0).getRules().getBarredCombinations().get(1));
        ModelFiles.save(btec.eResource());
        return file;
    }

    private List<String> expectedLines() {
        return List.of(
                "added    Unit 305 > LO 2 > AC 2.6: Assessment criterion 2.6 \"Explain how to handle a complaint made on social media\"",
                "changed  Unit 301: credits 2 -> 3",
                "changed  Unit 304 > LO 2 > AC 2.3: title \"" + oldTitle
                        + "\" -> \"=Explain how systems and technology support remote working\"",
                "removed  Qualification 600/1636/X > Rules of combination > Barred combination 305 + 205: Barred combination 305 + 205");
    }

    @Test
    void textListsExactlyTheEdits() throws Exception {
        Path edited = edited();
        assertEquals(0, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString()), err());
        String[] lines = out().split("\n");
        assertEquals("Curriculum 600/1636/X \"Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)\": "
                + "4 change(s): 1 added, 1 removed, 2 changed, 0 moved", lines[0]);
        List<String> changes = Arrays.stream(lines).filter(l -> l.startsWith("  ")).map(String::trim).sorted().toList();
        assertEquals(expectedLines(), changes);
        assertTrue(out().contains("\nElements\n") && out().contains("\nRules of combination\n"), out());
    }

    @Test
    void jsonListsExactlyTheEdits() throws Exception {
        Path edited = edited();
        assertEquals(0, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString(), "--format",
                "json"), err());
        String json = out();
        assertEquals(4, json.split("\"kind\": ").length - 1, json);
        assertTrue(json.contains("\"path\": \"Unit 304 > LO 2 > AC 2.3\",\n      \"feature\": \"title\""), json);
        assertTrue(json.contains("\"new\": \"=Explain how systems and technology support remote working\""), json);
        assertTrue(json.contains("\"path\": \"Unit 301\",\n      \"feature\": \"credits\",\n      \"old\": \"2\",\n"
                + "      \"new\": \"3\""), json);
        assertTrue(json.contains("\"summary\": {\n    \"added\": 1,\n    \"removed\": 1,\n    \"changed\": 2,\n"
                + "    \"moved\": 0\n  }"), json);
    }

    @Test
    void workbookListsExactlyTheEditsWithFormulaLikeTextAsText() throws Exception {
        Path edited = edited();
        Path xlsx = folder.resolve("changes.xlsx");
        assertEquals(0, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString(), "--format",
                "xlsx", "-o", xlsx.toString()), err());
        assertEquals("wrote " + xlsx + " (4 change(s))\n", out());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            Sheet changes = workbook.getSheet("Changes");
            assertEquals(4, changes.getLastRowNum());
            boolean found = false;
            for (Row row : changes) {
                if (row.getCell(2).getStringCellValue().equals("Unit 304 > LO 2 > AC 2.3")) {
                    found = true;
                    assertEquals("changed", row.getCell(1).getStringCellValue());
                    assertEquals("title", row.getCell(3).getStringCellValue());
                    assertEquals(oldTitle, row.getCell(4).getStringCellValue());
                    // a string cell shown as text, never a formula
                    assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(5).getCellType());
                    assertTrue(row.getCell(5).getCellStyle().getQuotePrefixed());
                }
            }
            assertTrue(found);
        }
        reset();
        assertEquals(1, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString(), "--format",
                "xlsx", "-o", xlsx.toString()));
        assertEquals("error: " + xlsx + ": already exists; nothing was written (give --force to replace it)\n",
                err().substring(err().indexOf("error:")));

        // the one overwrite policy (OutputPolicy): a compared file is never the output, even with --force (a model file is
        // not named as a workbook)
        reset();
        String editedBefore = Files.readString(edited);
        assertEquals(2, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString(), "--format",
                "xlsx", "-o", edited.toString(), "--force"));
        assertTrue(err().startsWith("workbench diff: the output file must end in .xlsx"), err());
        assertEquals(editedBefore, Files.readString(edited));
        reset();
        Path folderNamedXlsx = Files.createDirectories(folder.resolve("folder.xlsx"));
        assertEquals(1, run("diff", examples.resolve(ExampleModels.BTEC).toString(), edited.toString(), "--format",
                "xlsx", "-o", folderNamedXlsx.toString(), "--force"));
        assertEquals("error: " + folderNamedXlsx + ": is a folder; nothing was written (give a file name)\n",
                err().substring(err().indexOf("error:")));
    }

    @Test
    void filesOfDifferentKindsAreRefused() {
        String btec = examples.resolve(ExampleModels.BTEC).toString();
        String mapping = examples.resolve(ExampleModels.NOS_MAPPING).toString();
        assertEquals(1, run("diff", btec, mapping));
        assertTrue(err().contains("error: " + btec + ", " + mapping + ": the files hold different kinds of model "
                + "(Curriculum and Mapping set): give two versions of the same file"), err());
    }

    @Test
    void revisionsAreReadFromGitWithClearMessagesForBadOnes() throws Exception {
        Path repository = folder.resolve("repo");
        assertEquals(0, run("examples", repository.toString()));
        GitCommand.ok(folder, "Alice", "init", repository.toString());
        String path = ExampleModels.BTEC;
        reset();
        assertEquals(1, run("diff", "HEAD:" + path, repository.resolve(path).toString(), "--repo", repository.toString()));
        assertTrue(err().contains("error: HEAD:" + path + ": the repository " + repository
                + " has no commits yet: commit the file first, then compare its versions"), err());
        GitCommand.ok(repository, "Alice", "add", "-A");
        GitCommand.ok(repository, "Alice", "commit", "-q", "-m", "Issue 1");
        Path file = repository.resolve(path);
        Files.writeString(file, Files.readString(file).replace("credits=\"5\"", "credits=\"6\""));

        reset();
        assertEquals(0, run("diff", "HEAD:" + path, file.toString(), "--repo", repository.toString()), err());
        assertTrue(out().contains("  changed  Unit 308: credits 5 -> 6\n"), out());
        assertTrue(out().contains("1 change(s)"), out());

        reset();
        assertEquals(1, run("diff", "issue-9:" + path, file.toString(), "--repo", repository.toString()));
        assertTrue(err().contains("error: issue-9:" + path + ": there is no revision 'issue-9' in the repository "
                + repository), err());

        reset();
        assertEquals(1, run("diff", "HEAD:../outside.curriculum", file.toString(), "--repo", repository.toString()));
        assertTrue(err().contains("is outside the repository " + repository), err());

        reset();
        assertEquals(1, run("diff", "HEAD:no-such.curriculum", file.toString(), "--repo", repository.toString()));
        assertTrue(err().contains("holds no file no-such.curriculum"), err());

        reset();
        assertEquals(1, run("diff", "HEAD:" + path, file.toString(), "--repo", folder.getParent().toString()));
        assertTrue(err().contains("not inside a Git repository"), err());
    }

    private static CurriculumComponent unit(Curriculum curriculum, String number) {
        return curriculum.getComponents().stream().filter(c -> number.equals(c.getNumber())).findFirst().orElseThrow();
    }

    private static LearningOutcome outcome(CurriculumComponent unit, String code) {
        return ((Unit) unit).getLearningOutcomes().stream().filter(o -> code.equals(o.getCode())).findFirst()
                .orElseThrow();
    }

    private static AssessmentCriterion criterion(CurriculumComponent unit, String outcome, String code) {
        return outcome(unit, outcome).getAssessmentCriteria().stream().filter(c -> code.equals(c.getCode()))
                .findFirst().orElseThrow();
    }
}

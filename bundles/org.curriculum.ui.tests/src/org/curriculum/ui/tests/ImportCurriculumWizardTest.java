// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.CurriculumWorkbookWriter;
import org.curriculum.model.Curriculum;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.ui.internal.wizards.ImportCurriculumWizard;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import > Curriculum from Word or Excel: preview tree, report beside it, the file written only at Finish. */
class ImportCurriculumWizardTest {

    @TempDir
    Path folder;
    private WizardDriver wizard;

    @AfterEach
    void closeWizardAndEditors() {
        if (wizard != null) {
            wizard.cancel();
        }
        WorkbenchFixture.closeEditorsUnder(folder);
    }

    private Path exportedBtec() throws Exception {
        Path workbook = folder.resolve("btec.xlsx");
        try (OutputStream out = Files.newOutputStream(workbook)) {
            CurriculumWorkbookWriter.write(LoadedExamples.curriculum(LoadedExamples.BTEC), out);
        }
        return workbook;
    }

    private void open(Path source) {
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportCurriculumWizard.ID);
        wizard.type("source", source.toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "imported-btec");
    }

    @Test
    void anExportedWorkbookIsPreviewedAndWrittenOnlyAtFinish() throws Exception {
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        List<Unit> units = btec.getComponents().stream().filter(Unit.class::isInstance).map(Unit.class::cast).toList();
        open(exportedBtec());
        Path target = folder.resolve("imported-btec.curriculum");
        wizard.next();
        assertNull(wizard.errorMessage());
        List<String> tree = wizard.treeItems("preview");
        assertTrue(tree.get(0).contains(btec.getTitle()), tree.get(0));
        for (Unit unit : units) {
            assertTrue(tree.stream().anyMatch(item -> item.startsWith("  ") && item.contains(unit.getTitle())),
                    "the preview shows unit " + unit.getNumber() + ": " + tree);
        }
        assertEquals(List.of(), wizard.tableRows("report"));
        assertTrue(wizard.label("summary").startsWith("Read " + units.size() + " units, "), wizard.label("summary"));
        assertTrue(wizard.label("summary").endsWith("Everything in the file was read."), wizard.label("summary"));
        assertFalse(Files.exists(target), "nothing is written before Finish");

        assertTrue(wizard.finish());
        Curriculum written = (Curriculum) ModelFiles.loadRoot(target);
        assertEquals(units.stream().map(Unit::getTitle).toList(), written.getComponents().stream()
                .filter(Unit.class::isInstance).map(c -> c.getTitle()).toList());
        assertEquals("imported-btec.curriculum", ui(() -> page().getActiveEditor().getTitle()));
    }

    @Test
    void aWordDocumentOfUnitsIsPreviewedAndWrittenOnlyAtFinish() throws Exception {
        Curriculum btec = LoadedExamples.curriculum(LoadedExamples.BTEC);
        List<Unit> units = btec.getComponents().stream().filter(Unit.class::isInstance).map(Unit.class::cast).toList();
        // seed 004's unit tables rebuilt as a Word document
        open(org.curriculum.testsupport.WordFixtures.seed004Layout(btec, folder.resolve("units.docx")));
        Path target = folder.resolve("imported-btec.curriculum");
        wizard.next();
        assertNull(wizard.errorMessage());
        List<String> tree = wizard.treeItems("preview");
        for (Unit unit : units) {
            assertTrue(tree.stream().anyMatch(item -> item.startsWith("  ") && item.contains(unit.getTitle())),
                    "the preview shows unit " + unit.getNumber() + ": " + tree);
        }
        assertTrue(wizard.label("summary").startsWith("Read " + units.size() + " units, 41 learning outcomes, "
                + "184 assessment criteria"), wizard.label("summary"));
        assertFalse(Files.exists(target), "nothing is written before Finish");
        assertTrue(wizard.finish());
        Curriculum written = (Curriculum) ModelFiles.loadRoot(target);
        assertEquals(units.stream().map(Unit::getTitle).toList(), written.getComponents().stream()
                .filter(Unit.class::isInstance).map(c -> c.getTitle()).toList());
    }

    @Test
    void whatIsNotRecognisedIsListedBesideThePreview() throws Exception {
        Path workbook = exportedBtec();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("to check with the centre");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        open(workbook);
        wizard.next();
        assertEquals(List.of("sheet \"Notes\" | not a sheet of a curriculum workbook; nothing in it was read | "),
                wizard.tableRows("report"));
        assertTrue(wizard.label("summary").endsWith("1 thing was not taken in: see the report."), wizard.label("summary"));
        assertTrue(wizard.finishEnabled());
    }

    @Test
    void aFileThatIsNotAWorkbookIsReportedAndNothingIsWritten() throws Exception {
        Path broken = folder.resolve("units.xlsx");
        Files.writeString(broken, "Unit 301 Principles of contact centre operations");
        open(broken);
        wizard.next();
        assertTrue(wizard.errorMessage().startsWith(broken + ": not an .xlsx workbook"), wizard.errorMessage());
        assertEquals(List.of(), wizard.treeItems("preview"));
        assertFalse(wizard.finishEnabled(), "a file that cannot be read cannot be finished");
        assertFalse(Files.exists(folder.resolve("imported-btec.curriculum")));

        // a broken Word document: the document importer's message, nothing to finish
        Path word = folder.resolve("specification.docx");
        Files.write(word, new byte[] { 'P', 'K', 3, 4 });
        wizard.back();
        wizard.type("source", word.toString());
        wizard.next();
        assertTrue(wizard.errorMessage().startsWith(word.toString()), wizard.errorMessage());
        assertFalse(wizard.finishEnabled());
        assertFalse(Files.exists(folder.resolve("imported-btec.curriculum")));
    }
}

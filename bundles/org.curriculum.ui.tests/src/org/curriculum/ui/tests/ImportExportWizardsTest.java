// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.curriculum.ui.internal.wizards.ExportWorkbookWizard;
import org.curriculum.ui.internal.wizards.ImportFrameworkWizard;
import org.curriculum.ui.internal.wizards.ImportGridWizard;
import org.curriculum.ui.internal.wizards.ModelFileWizard;
import org.curriculum.ui.internal.wizards.WarningsDialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import and File > Export over the Excel services, on the Annexe B example. */
class ImportExportWizardsTest {

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

    @Test
    void annexeBGridExportedAndImportedBackHasItsSeventyLinks() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportWorkbookWizard.ID);
        wizard.type("source", folder.resolve("btec-l3-contact-centre-nos.mapping").toString());
        wizard.choose("curriculum");
        assertEquals("A curriculum workbook is exported from a curriculum file; btec-l3-contact-centre-nos.mapping is not one.",
                wizard.errorMessage());
        wizard.choose("grid");
        wizard.type("folder", folder.resolve("out").toString());
        wizard.type("fileName", "annexe-b");
        assertNull(wizard.errorMessage());
        assertTrue(wizard.finish());
        Path workbook = folder.resolve("out/annexe-b.xlsx");
        try (InputStream in = Files.newInputStream(workbook)) {
            assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), in.readNBytes(2), "an .xlsx is a zip file");
        }
        try (Stream<Path> files = Files.list(folder.resolve("out"))) {
            assertEquals(1, files.count(), "no temporary file is left beside the workbook");
        }

        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportGridWizard.ID);
        wizard.type("grid", workbook.toString());
        assertEquals("Choose the curriculum file.", wizard.errorMessage());
        wizard.type("curriculum", folder.resolve("btec-l3-contact-centre-operations.curriculum").toString());
        wizard.type("standards", folder.resolve("contact-centre-nos.standards").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "annexe-b-reimported");
        assertTrue(wizard.finish());

        MappingSet mapping = (MappingSet) ModelFiles.loadRoot(folder.resolve("annexe-b-reimported.mapping"));
        // Annexe B: 70 ticks, each a partial link from a unit to a standard
        assertEquals(70, mapping.getLinks().size());
        assertTrue(mapping.getLinks().stream().allMatch(link -> link.getCoverage() == CoverageLevel.PARTIAL));
        assertEquals("annexe-b-reimported.mapping", ui(() -> page().getActiveEditor().getTitle()));
    }

    @Test
    void frameworkImportedFromCsv() throws Exception {
        Path csv = folder.resolve("nos.csv");
        Files.writeString(csv, "Code,Title\nCC01,Improve your personal effectiveness\nCC02,Seek opportunities\n");
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportFrameworkWizard.ID);
        wizard.type("source", csv.toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos");
        assertTrue(wizard.finish());
        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(folder.resolve("nos.standards"));
        assertEquals("Improve your personal effectiveness", framework.getStandards().get(0).getTitle());
        assertEquals("CC02", framework.getStandards().get(1).getCode());
        assertEquals("nos.standards", ui(() -> page().getActiveEditor().getTitle()));
    }

    @Test
    void aBrokenCsvNamesTheRowAndWritesNothing() throws Exception {
        Path csv = folder.resolve("nos.csv");
        Files.writeString(csv, "Code,Title\nCC01,\"Improve your personal effectiveness\nCC02,Seek opportunities\n");
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportFrameworkWizard.ID);
        wizard.type("source", folder.resolve("nos.txt").toString());
        assertEquals("The spreadsheet " + folder.resolve("nos.txt") + " does not exist.", wizard.errorMessage());
        wizard.type("source", csv.toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos");
        assertFalse(wizard.finish(), "the wizard stays open to show the problem");
        assertEquals(csv + ": row 2, column B: a quoted cell starting here is never closed (missing \"); the file may be "
                + "truncated", wizard.errorMessage());
        assertFalse(Files.exists(folder.resolve("nos.standards")));
    }

    @Test
    void specificationExportAsksBeforeReplacingAndListsTheWritersWarnings() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        Path curriculum = folder.resolve("btec-l3-contact-centre-operations.curriculum");
        Path document = Files.writeString(folder.resolve("specification.docx"), "an earlier export");
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportWorkbookWizard.ID);
        wizard.type("source", curriculum.toString());
        wizard.choose("specification");
        wizard.type("folder", folder.toString());
        // a link named as the output that leads to the input: the input is never written over, whatever is answered
        Path link = Files.createSymbolicLink(folder.resolve("link.docx"), curriculum);
        wizard.type("fileName", "link.docx");
        assertEquals("link.docx is the file this wizard reads (" + curriculum + "); it is never written over. "
                + "Choose another name.", wizard.errorMessage());
        assertFalse(wizard.finishEnabled());
        assertTrue(Files.isSymbolicLink(link));

        wizard.type("fileName", "specification.docx");
        assertNull(wizard.errorMessage());
        wizard.finishLater();
        Shell question = WizardDriver.dialog(ModelFileWizard.REPLACE_TITLE);
        assertEquals(List.of("specification.docx already exists in " + folder + ". Replace it?"),
                WizardDriver.labels(question));
        WizardDriver.press(question, IDialogConstants.YES_LABEL);

        // the writer's warnings, one line each naming the element, before the wizard closes
        Shell warnings = WizardDriver.dialog(ExportWorkbookWizard.WARNINGS_TITLE);
        List<String> listed = WizardDriver.listItems(warnings, WarningsDialog.LIST_FIELD);
        assertTrue(WizardDriver.labels(warnings).get(0).startsWith("specification.docx was written with " + listed.size()
                + " warning(s): what the model lacks shows in it as \"[not given]\""), WizardDriver.labels(warnings).toString());
        // the BTEC example's 14 units have no guidance text (as in the command line's export)
        assertEquals(14, listed.stream().filter(w -> w.contains("has no guidance")).count(), String.join("\n", listed));
        WizardDriver.press(warnings, IDialogConstants.OK_LABEL);
        assertTrue(wizard.closed());
        try (InputStream in = Files.newInputStream(document)) {
            assertArrayEquals("PK".getBytes(StandardCharsets.US_ASCII), in.readNBytes(2), "replaced by a .docx (a zip file)");
        }
    }
}

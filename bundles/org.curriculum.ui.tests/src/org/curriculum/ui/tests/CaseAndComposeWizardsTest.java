// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.mapping.DerivedLinks;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.wizards.ComposeMappingWizard;
import org.curriculum.ui.internal.wizards.ExportWorkbookWizard;
import org.curriculum.ui.internal.wizards.ImportCaseWizard;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CASE out through the Export wizard and back in through File > Import > CASE Package; "Compose through...". */
class CaseAndComposeWizardsTest {

    /** A bare CFDocument in another tool's style: no extensions, an item with no code, an unknown association. */
    private static final String OTHER_TOOL = """
            {
              "identifier": "3f1c2a40-5b7e-4c1d-9a2f-0e6b7c8d9e10",
              "uri": "https://standards.example.org/CFDocuments/3f1c2a40-5b7e-4c1d-9a2f-0e6b7c8d9e10",
              "creator": "Skills Council",
              "title": "Contact Centre Occupational Standards (draft)",
              "lastChangeDateTime": "2025-03-01T09:30:00+00:00",
              "CFItems": [
                { "identifier": "a1b2c3d4-0002-4000-8000-000000000002", "fullStatement": "Handle inbound customer calls",
                  "humanCodingScheme": "CCS-01", "lastChangeDateTime": "2025-03-01T09:30:00+00:00" },
                { "identifier": "a1b2c3d4-0003-4000-8000-000000000003", "fullStatement": "Resolve customer complaints",
                  "lastChangeDateTime": "2025-03-01T09:30:00+00:00" }
              ],
              "CFAssociations": [
                { "identifier": "b0000000-0000-4000-8000-000000000009", "associationType": "ext:hasPrerequisite",
                  "uri": "https://standards.example.org/a/9",
                  "originNodeURI": { "title": "CCS-01", "identifier": "a1b2c3d4-0002-4000-8000-000000000002", "uri": "https://standards.example.org/i/2" },
                  "destinationNodeURI": { "title": "?", "identifier": "a1b2c3d4-0003-4000-8000-000000000003", "uri": "https://standards.example.org/i/3" },
                  "lastChangeDateTime": "2025-03-01T09:30:00+00:00" }
              ]
            }
            """;

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
    void theNosGoesOutAsACasePackageFromTheExportWizardAndComesBackThroughTheImportWizard() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getExportWizardRegistry(), ExportWorkbookWizard.ID);
        assertEquals("Export", ui(() -> wizard.shell().getText()));
        wizard.type("source", folder.resolve("contact-centre-nos.standards").toString());
        assertEquals("A coverage grid (with links and legend sheets) is exported from a mapping file;"
                + " contact-centre-nos.standards is not one.", wizard.errorMessage());
        wizard.choose("case");
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos");
        assertNull(wizard.errorMessage());
        assertTrue(wizard.finish());
        String json = Files.readString(folder.resolve("nos.json"));
        assertTrue(json.contains("\"CFDocument\""), json.substring(0, Math.min(200, json.length())));

        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportCaseWizard.ID);
        wizard.type("source", folder.resolve("nos.json").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos-back");
        assertEquals("Press Read package to see what will be imported and what is kept aside.", wizard.errorMessage());
        assertFalse(wizard.finishEnabled());
        wizard.tick("read", true);
        WorkbenchFixture.settle();
        assertEquals("41 item(s) read from nos.json; press Finish to write them.\nNothing was kept aside.", wizard.text("report"));
        assertNull(wizard.errorMessage());
        assertFalse(Files.exists(folder.resolve("nos-back.standards")), "nothing is written before Finish");
        assertTrue(wizard.finish());

        StandardsFramework back = (StandardsFramework) ModelFiles.loadRoot(folder.resolve("nos-back.standards"));
        assertEquals(41, back.getStandards().size());
        assertEquals("CC01", back.getStandards().get(0).getCode());
        assertEquals("nos-back.standards", ui(() -> page().getActiveEditor().getTitle()));
    }

    @Test
    void anotherToolsPackageShowsWhatIsKeptAsideAndABrokenOneWritesNothing() throws Exception {
        Path json = Files.writeString(folder.resolve("other.json"), OTHER_TOOL);
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportCaseWizard.ID);
        wizard.type("source", json.toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "other");
        wizard.tick("read", true);
        WorkbenchFixture.settle();
        String report = wizard.text("report");
        assertTrue(report.startsWith("2 item(s) read from other.json; press Finish to write them.\nKept aside or decided on import:"),
                report);
        assertTrue(report.contains("\u2022 1 association(s) of type \"ext:hasPrerequisite\" kept aside on the framework"), report);
        assertTrue(report.contains("\u2022 1 item(s) have no code (humanCodingScheme)"), report);
        // changing the answer forgets what was read: read again before Finish
        wizard.choose("asCurriculum");
        assertEquals("", wizard.text("report"));
        assertFalse(wizard.finishEnabled());
        wizard.choose("asStandards");
        wizard.tick("read", true);
        WorkbenchFixture.settle();
        assertTrue(wizard.finish());
        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(folder.resolve("other.standards"));
        assertEquals("Contact Centre Occupational Standards (draft)", framework.getTitle());

        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"CFDocument\": {\"title\": \"x\"");
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getImportWizardRegistry(), ImportCaseWizard.ID);
        wizard.type("source", broken.toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "broken");
        wizard.tick("read", true);
        WorkbenchFixture.settle();
        assertTrue(wizard.errorMessage().startsWith("The package was not imported: " + broken), wizard.errorMessage());
        assertTrue(wizard.errorMessage().endsWith("; nothing was written."), wizard.errorMessage());
        assertFalse(wizard.finishEnabled());
        assertFalse(Files.exists(folder.resolve("broken.standards")));
    }

    @Test
    void composeThroughRelatesTheNosToFunctionalSkillsThroughTheBtecUnitsAndOpensTheMatrix() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getNewWizardRegistry(), ComposeMappingWizard.ID);
        wizard.type("first", folder.resolve("btec-l3-contact-centre-nos.mapping").toString());
        wizard.type("second", folder.resolve("btec-l3-contact-centre-nos.mapping").toString());
        assertTrue(wizard.errorMessage().startsWith("Choose a second mapping that shares a framework with the first"),
                wizard.errorMessage());
        wizard.type("second", folder.resolve("btec-l3-functional-skills-level1.mapping").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos-fs1");
        assertNull(wizard.errorMessage());
        assertTrue(wizard.finish());

        MappingSet composed = (MappingSet) ModelFiles.loadRoot(folder.resolve("nos-fs1.mapping"));
        EcoreUtil.resolveAll(composed);
        assertEquals("Contact Centre National Occupational Standards related to Functional Skills (Level 1) through"
                + " Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", composed.getTitle());
        assertEquals(CaseAndComposeWizardsTest.NOS_FS1_LINKS, composed.getLinks().size());
        assertTrue(composed.getLinks().stream().allMatch(DerivedLinks::isDerived));
        assertTrue(composed.getLinks().stream().anyMatch(link -> "CC09".equals(((Standard) link.getItem()).getCode())
                && "FS1-05".equals(((Standard) link.getStandard()).getCode())
                && "Derived through 204 (CC09: partial, FS1-05: partial)".equals(link.getRationale())));
        assertTrue(composed.getLinks().stream().allMatch(link -> link.getStandard() instanceof Standard));
        assertEquals("nos-fs1.mapping", ui(() -> page().getActiveEditor().getTitle()));
        assertNotNull(ui(() -> page().findView(CurriculumUi.MATRIX_VIEW_ID)), "the composed mapping is shown in the matrix");

        // two mappings sharing no framework: said on the page, nothing written
        wizard = WizardDriver.open(PlatformUI.getWorkbench().getNewWizardRegistry(), ComposeMappingWizard.ID);
        wizard.type("first", folder.resolve("nos-fs1.mapping").toString());
        wizard.type("second", folder.resolve("btec-l3-functional-skills-level2.mapping").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nothing-shared");
        assertFalse(wizard.finish());
        assertTrue(wizard.errorMessage().contains(": they share no framework ("), wizard.errorMessage());
        assertFalse(Files.exists(folder.resolve("nothing-shared.mapping")));
    }

    @Test
    void theMatrixToolbarOpensComposeThroughWithItsOwnMappingFilledIn() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        MatrixDriver matrix = MatrixDriver.open(folder, "btec-l3-contact-centre-nos.mapping");
        try {
            org.eclipse.jface.action.IAction compose = ui(() -> java.util.Arrays
                    .stream(((org.eclipse.ui.IViewPart) page().findView(CurriculumUi.MATRIX_VIEW_ID)).getViewSite()
                            .getActionBars().getToolBarManager().getItems())
                    .filter(org.eclipse.jface.action.ActionContributionItem.class::isInstance)
                    .map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction())
                    .filter(action -> "Compose through...".equals(action.getText())).findFirst().orElseThrow());
            // the wizard dialog is modal: open it later on the UI thread and look at it from here
            WorkbenchFixture.display().asyncExec(compose::run);
            WorkbenchFixture.waitInUi(() -> shell("Compose Through a Shared Framework") != null, "the Compose wizard");
            String first = ui(() -> fieldText(shell("Compose Through a Shared Framework"), "first"));
            assertEquals(folder.resolve("btec-l3-contact-centre-nos.mapping").toRealPath().toString(),
                    Path.of(first).toRealPath().toString());
            WorkbenchFixture.uiRun(() -> shell("Compose Through a Shared Framework").close());
        } finally {
            matrix.close();
        }
    }

    private static org.eclipse.swt.widgets.Shell shell(String title) {
        for (org.eclipse.swt.widgets.Shell shell : WorkbenchFixture.display().getShells()) {
            if (!shell.isDisposed() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    private static String fieldText(org.eclipse.swt.widgets.Composite parent, String field) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Text text
                    && field.equals(text.getData(org.curriculum.ui.internal.wizards.ModelWizardPage.FIELD))) {
                return text.getText();
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner) {
                String found = fieldText(inner, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * NOS x FS1 pairs related through a BTEC unit, counted by hand from Annexe B and Annexe C (level 1): Annexe C
     * maps 205 to FS1-01 and FS1-03, 204 and 207 to FS1-05; Annexe B ticks 11 standards under 205 (CC09, CC13-CC17,
     * CC23-CC25, CC30, CC31), 5 under 204 (CC08-CC12) and none under 207: 11 x 2 + 5 x 1 = 27.
     */
    static final int NOS_FS1_LINKS = 27;
}

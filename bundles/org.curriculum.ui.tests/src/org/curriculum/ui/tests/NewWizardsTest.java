// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingSet;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.ui.internal.ExampleWorkspace;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.wizards.ModelFileWizard;
import org.curriculum.ui.internal.wizards.NewMappingSetWizard;
import org.curriculum.ui.internal.wizards.NewOccupationalCurriculumWizard;
import org.curriculum.ui.internal.wizards.NewQualificationWizard;
import org.curriculum.ui.internal.wizards.NewStandardsFrameworkWizard;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > New: the four wizards check what is typed, write the file and open it in the editor. */
class NewWizardsTest {

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

    private static IWizardRegistry newWizards() {
        return PlatformUI.getWorkbench().getNewWizardRegistry();
    }

    private IEditorPart activeEditor() {
        return ui(() -> page().getActiveEditor());
    }

    @Test
    void fileNewListsTheFourWizards() {
        List<String> shortcuts = Arrays.asList(ui(() -> page().getNewWizardShortcuts()));
        assertTrue(shortcuts.containsAll(List.of(NewOccupationalCurriculumWizard.ID, NewQualificationWizard.ID,
                NewStandardsFrameworkWizard.ID, NewMappingSetWizard.ID)), shortcuts.toString());
        assertEquals("Occupational Curriculum", newWizards().findWizard(NewOccupationalCurriculumWizard.ID).getLabel());
        assertEquals("Mapping Set", newWizards().findWizard(NewMappingSetWizard.ID).getLabel());
    }

    @Test
    void occupationalCurriculumFromTheTemplate() throws Exception {
        wizard = WizardDriver.open(newWizards(), NewOccupationalCurriculumWizard.ID);
        assertEquals(ExampleWorkspace.folder().toString(), wizard.text("folder"));
        assertEquals("Type the occupation's OFO code (six digits, e.g. 143905).", wizard.errorMessage());
        assertFalse(wizard.finishEnabled());
        wizard.type("ofoCode", "14390");
        assertEquals("The OFO code \"14390\" is not six digits (e.g. 143905 or 2021-143905).", wizard.errorMessage());
        wizard.type("ofoCode", "143905");
        assertEquals("Type the occupation (e.g. Contact Centre Manager).", wizard.errorMessage());
        wizard.type("occupation", "Contact Centre Manager");
        wizard.type("tasks", "six");
        assertEquals("The number of tasks must be a whole number; \"six\" is not.", wizard.errorMessage());
        wizard.type("tasks", "6");
        wizard.type("fileName", "contact-centre-manager-draft");
        // the picture shows the default folder; the file itself goes to the test's folder
        Path shot = screenshot("wizard", wizard::contents);
        assertTrue(Files.size(shot) > 1000);
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "contact-centre-manager");
        assertNull(wizard.errorMessage());
        assertTrue(wizard.finishEnabled());

        assertTrue(wizard.finish());
        Path file = folder.resolve("contact-centre-manager.curriculum");
        IEditorPart editor = activeEditor();
        assertTrue(editor instanceof CurriculumEditor);
        assertEquals("contact-centre-manager.curriculum", ui(editor::getTitle));

        Curriculum curriculum = (Curriculum) ModelFiles.loadRoot(file);
        assertEquals("Occupational Profile and Curriculum Summary: Contact Centre Manager", curriculum.getTitle());
        assertEquals("143905", curriculum.getProfile().getOfoCode());
        assertEquals("Contact Centre Manager", curriculum.getProfile().getOccupation());
        assertEquals(6, curriculum.getProfile().getTasks().size());
        assertEquals(List.of("KM-01", "PM-01", "PM-02", "PM-03", "PM-04", "PM-05", "PM-06", "WM-01", "WM-02", "WM-03",
                "WM-04", "WM-05", "WM-06"), curriculum.getComponents().stream().map(CurriculumComponent::getCode).toList());
        OccupationalTask third = curriculum.getProfile().getTasks().get(2);
        assertEquals("3", third.getNumber());
        assertEquals("PM-03", third.getResponsibilities().get(0).getPracticalSkillsModules().get(0).getCode());
        assertEquals("WM-03", third.getContexts().get(0).getWorkExperienceModules().get(0).getCode());
    }

    @Test
    void qualificationReplacesAnExistingFileOnlyWhenTheUserSaysYes() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        Path existing = folder.resolve("btec-l3-contact-centre-operations.curriculum");
        long sizeBefore = Files.size(existing);
        wizard = WizardDriver.open(newWizards(), NewQualificationWizard.ID);
        wizard.type("title", "Level 3 Certificate in Contact Centre Operations");
        wizard.type("qualificationNumber", "600-1636-X");
        assertEquals("The qualification number \"600-1636-X\" is not of the form 600/1636/X.", wizard.errorMessage());
        wizard.type("qualificationNumber", "600/1636/x");
        wizard.type("creditValue", "16");
        wizard.type("guidedLearningHours", "106");
        wizard.type("units", "9");
        wizard.type("mandatoryUnits", "10");
        assertEquals("There are 9 units, so at most 9 can be mandatory.", wizard.errorMessage());
        wizard.type("mandatoryUnits", "3");
        wizard.type("level", "9");
        assertEquals("The level must be between 1 and 8; 9 is not.", wizard.errorMessage());
        wizard.type("level", "3");
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "btec-l3-contact-centre-operations.curriculum");
        // no check box: an existing file is no error on the page, Finish asks
        assertNull(wizard.errorMessage());
        assertEquals("btec-l3-contact-centre-operations.curriculum already exists; Finish asks before replacing it.",
                wizard.message());
        assertTrue(wizard.finishEnabled());

        wizard.finishLater();
        Shell question = WizardDriver.dialog(ModelFileWizard.REPLACE_TITLE);
        assertEquals(List.of("btec-l3-contact-centre-operations.curriculum already exists in " + folder + ". Replace it?"),
                WizardDriver.labels(question));
        WizardDriver.press(question, IDialogConstants.NO_LABEL);
        assertFalse(wizard.closed(), "No: the wizard stays open with its answers");
        assertEquals(sizeBefore, Files.size(existing));
        assertEquals("Level 3 Certificate in Contact Centre Operations", wizard.text("title"));

        wizard.finishLater();
        WizardDriver.press(WizardDriver.dialog(ModelFileWizard.REPLACE_TITLE), IDialogConstants.YES_LABEL);
        assertTrue(wizard.closed());

        Curriculum curriculum = (Curriculum) ModelFiles.loadRoot(existing);
        Qualification qualification = curriculum.getQualifications().get(0);
        assertEquals("600/1636/X", qualification.getQualificationNumber());
        assertEquals(3, qualification.getLevel());
        assertEquals(16, qualification.getCreditValue());
        assertEquals(106, qualification.getGuidedLearningHours());
        assertEquals(9, curriculum.getComponents().size());
        List<ComponentGroup> groups = qualification.getRules().getGroups();
        assertEquals(List.of("Mandatory units", "Optional units"), groups.stream().map(ComponentGroup::getTitle).toList());
        assertTrue(groups.get(0).isMandatory());
        assertEquals(List.of("1", "2", "3"), groups.get(0).getComponents().stream().map(CurriculumComponent::getNumber).toList());
        assertEquals(List.of("4", "5", "6", "7", "8", "9"),
                groups.get(1).getComponents().stream().map(CurriculumComponent::getNumber).toList());
        assertEquals(16, qualification.getRules().getTotalCredits());
        assertEquals("btec-l3-contact-centre-operations.curriculum", ui(() -> activeEditor().getTitle()));
    }

    @Test
    void standardsFrameworkWithNumberedStandards() throws Exception {
        wizard = WizardDriver.open(newWizards(), NewStandardsFrameworkWizard.ID);
        wizard.type("title", "Contact Centre National Occupational Standards");
        assertEquals("Type the framework's publisher (e.g. Skills CFA).", wizard.errorMessage());
        wizard.type("publisher", "CfA");
        wizard.type("prefix", "C C");
        assertEquals("The code prefix \"C C\" must be a letter followed by up to nine letters or digits (e.g. CC).",
                wizard.errorMessage());
        wizard.type("prefix", "CC");
        wizard.type("standards", "41");
        wizard.type("folder", folder.resolve("new").toString());
        wizard.type("fileName", "nos");
        assertTrue(wizard.finish());

        StandardsFramework framework = (StandardsFramework) ModelFiles.loadRoot(folder.resolve("new/nos.standards"));
        assertEquals("CfA", framework.getPublisher());
        assertEquals("1.0", framework.getVersion());
        assertEquals(41, framework.getStandards().size());
        assertEquals("CC01", framework.getStandards().get(0).getCode());
        assertEquals("CC41", framework.getStandards().get(40).getCode());
        assertEquals("nos.standards", ui(() -> activeEditor().getTitle()));
    }

    @Test
    void mappingSetBetweenTwoChosenFiles() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        wizard = WizardDriver.open(newWizards(), NewMappingSetWizard.ID);
        wizard.type("source", folder.resolve("btec-l3-contact-centre-nos.mapping").toString());
        assertEquals("The source file must be a .curriculum or .standards file; btec-l3-contact-centre-nos.mapping is not.",
                wizard.errorMessage());
        wizard.type("source", folder.resolve("btec-l3-contact-centre-operations.curriculum").toString());
        wizard.type("target", folder.resolve("missing.standards").toString());
        assertEquals("The target file " + folder.resolve("missing.standards") + " does not exist.", wizard.errorMessage());
        wizard.type("target", folder.resolve("btec-l3-contact-centre-operations.curriculum").toString());
        assertEquals("Choose two different files; a framework is not mapped onto itself.", wizard.errorMessage());
        wizard.type("target", folder.resolve("contact-centre-nos.standards").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "btec-to-nos");
        assertTrue(wizard.finish());

        MappingSet mapping = (MappingSet) ModelFiles.loadRoot(folder.resolve("btec-to-nos.mapping"));
        EcoreUtil.resolveAll(mapping);
        Curriculum source = (Curriculum) mapping.getSource();
        StandardsFramework target = (StandardsFramework) mapping.getTarget();
        assertFalse(source.eIsProxy());
        assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", source.getTitle());
        assertEquals(41, target.getStandards().stream().filter(Standard.class::isInstance).count());
        assertEquals(0, mapping.getLinks().size());
        assertEquals("btec-to-nos.mapping", ui(() -> activeEditor().getTitle()));
    }

    @Test
    void mappingSetBetweenTwoStandardsFrameworksOrFromAFrameworkToACurriculum() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        wizard = WizardDriver.open(newWizards(), NewMappingSetWizard.ID);
        wizard.type("source", folder.resolve("functional-skills-level1.standards").toString());
        wizard.type("target", folder.resolve("contact-centre-nos.standards").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "fs1-to-nos");
        assertNull(wizard.errorMessage());
        assertTrue(wizard.finish());

        MappingSet mapping = (MappingSet) ModelFiles.loadRoot(folder.resolve("fs1-to-nos.mapping"));
        EcoreUtil.resolveAll(mapping);
        assertEquals("Functional Skills (Level 1)", ((StandardsFramework) mapping.getSource()).getTitle());
        assertEquals("Contact Centre National Occupational Standards", ((StandardsFramework) mapping.getTarget()).getTitle());

        // either role: the NOS onto a curriculum
        wizard = WizardDriver.open(newWizards(), NewMappingSetWizard.ID);
        wizard.type("source", folder.resolve("contact-centre-nos.standards").toString());
        wizard.type("target", folder.resolve("manage-call-centre-operations.curriculum").toString());
        wizard.type("folder", folder.toString());
        wizard.type("fileName", "nos-to-uoc");
        assertTrue(wizard.finish());
        MappingSet reverse = (MappingSet) ModelFiles.loadRoot(folder.resolve("nos-to-uoc.mapping"));
        EcoreUtil.resolveAll(reverse);
        assertEquals("Manage call centre operations", ((Curriculum) reverse.getTarget()).getTitle());
        assertEquals("nos-to-uoc.mapping", ui(() -> activeEditor().getTitle()));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.DetailsForm;
import org.curriculum.ui.internal.editor.ProblemsView;
import org.curriculum.ui.internal.jface.ItemPropertySource;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing the BTEC qualification: fields, undo, save, reopen, new child, delete. */
class CurriculumEditorTest {

    private static final String UNIT_301 = "Principles of Personal and Organisational Effectiveness in a Contact Centre";

    @TempDir
    Path folder;
    private Path file;
    private CurriculumEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        file = folder.resolve("btec-l3-contact-centre-operations.curriculum");
        editor = WorkbenchFixture.openEditor(file);
        settle();
    }

    @AfterEach
    void closeWithoutSaving() {
        uiRun(() -> page().closeEditor(editor, false));
    }

    private Unit unit(String number) {
        return LoadedExamples.unit((Curriculum) editor.getResource().getContents().get(0), number);
    }

    /** Selects an element in the tree and returns the label the tree shows for it. */
    private String select(Object element) {
        return ui(() -> {
            editor.getTreeViewer().setSelection(new StructuredSelection(element), true);
            return editor.getTreeViewer().getTree().getSelection()[0].getText();
        });
    }

    private Text field(String feature) {
        return ui(() -> (Text) find((Composite) editor.getDetailsForm().getControl(), feature));
    }

    private static Control find(Composite parent, String feature) {
        for (Control child : parent.getChildren()) {
            if (feature.equals(child.getData(DetailsForm.FEATURE_KEY))) {
                return child;
            }
            if (child instanceof Composite composite) {
                Control found = find(composite, feature);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Types into a field as a user would end an entry: the text changes, then Enter. */
    private void type(Text text, String value) {
        uiRun(() -> {
            text.setFocus();
            text.setText(value);
            text.notifyListeners(SWT.DefaultSelection, null);
        });
        settle();
    }

    private void runCommand(String commandId) {
        uiRun(() -> {
            try {
                window().getService(IHandlerService.class).executeCommand(commandId, null);
            } catch (Exception e) {
                throw new IllegalStateException(commandId + " failed", e);
            }
        });
        settle();
    }

    @Test
    void editTitleUndoRedoSaveAndReopen() throws Exception {
        assertEquals("301 " + UNIT_301, select(unit("301")));
        Text title = field("title");
        assertNotNull(title, "the details form has a title field");
        assertEquals(UNIT_301, ui(title::getText));

        type(title, "Effectiveness at Work in a Contact Centre");
        assertEquals("301 Effectiveness at Work in a Contact Centre",
                ui(() -> editor.getTreeViewer().getTree().getSelection()[0].getText()));
        assertTrue(ui(editor::isDirty), "the editor is dirty after an edit");
        screenshot("editor-unit-form", () -> window().getShell());

        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(UNIT_301, unit("301").getTitle());
        assertEquals(UNIT_301, ui(title::getText), "the form shows the title again after undo");
        assertFalse(ui(editor::isDirty), "undoing the only change makes the editor clean");

        runCommand("org.eclipse.ui.edit.redo");
        assertEquals("Effectiveness at Work in a Contact Centre", unit("301").getTitle());

        runCommand("org.eclipse.ui.file.save");
        assertFalse(ui(editor::isDirty), "saved");
        Curriculum saved = (Curriculum) ModelFiles.loadRoot(file);
        assertEquals("Effectiveness at Work in a Contact Centre", saved.getComponents().stream()
                .filter(c -> "301".equals(c.getNumber())).findFirst().orElseThrow().getTitle());

        uiRun(() -> page().closeEditor(editor, false));
        editor = WorkbenchFixture.openEditor(file);
        settle();
        assertEquals("301 Effectiveness at Work in a Contact Centre", select(unit("301")));
    }

    @Test
    void aNumberFieldRefusesTextAndLeavesTheModelUnchanged() {
        select(unit("308"));
        Text credits = field("credits");
        assertEquals("5", ui(credits::getText));
        type(credits, "five");
        assertEquals(5, unit("308").getCredits());
        assertFalse(ui(editor::isDirty), "nothing was changed");
        assertTrue(ui(credits::getToolTipText).contains("not a valid whole number"), ui(credits::getToolTipText));

        type(credits, "6");
        assertEquals(6, unit("308").getCredits());
        assertTrue(ui(editor::isDirty));
    }

    @Test
    void newChildFromTheContextMenuAndUndo() {
        select(unit("301"));
        assertEquals(2, unit("301").getLearningOutcomes().size());
        IAction newOutcome = ui(() -> {
            MenuManager menu = new MenuManager();
            editor.getActions().fillContextMenu(menu);
            IMenuManager children = (IMenuManager) Arrays.stream(menu.getItems())
                    .filter(item -> item instanceof MenuManager m && "&New Child".equals(m.getMenuText())).findFirst()
                    .orElseThrow();
            List<String> offered = Arrays.stream(children.getItems()).map(CurriculumEditorTest::text).toList();
            return Arrays.stream(children.getItems())
                    .filter(item -> text(item).contains("Learning Outcome")).findFirst()
                    .map(item -> ((ActionContributionItem) item).getAction())
                    .orElseThrow(() -> new AssertionError("no Learning Outcome child offered: " + offered));
        });
        uiRun(newOutcome::run);
        settle();
        assertEquals(3, unit("301").getLearningOutcomes().size());
        assertTrue(ui(editor::isDirty));
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(2, unit("301").getLearningOutcomes().size());
    }

    private static String text(IContributionItem item) {
        return item instanceof ActionContributionItem action ? action.getAction().getText() : String.valueOf(item);
    }

    @Test
    void deletingAUnitRemovesItFromTheRulesOfCombination() {
        Unit unit301 = unit("301");
        ComponentGroup mandatory = ((Curriculum) editor.getResource().getContents().get(0)).getQualifications().get(0)
                .getRules().getGroups().stream().filter(g -> "Mandatory units".equals(g.getTitle())).findFirst()
                .orElseThrow();
        assertTrue(mandatory.getComponents().contains(unit301));
        select(unit301);
        runCommand("org.eclipse.ui.edit.delete");
        List<String> numbers = ((Curriculum) editor.getResource().getContents().get(0)).getComponents().stream()
                .map(CurriculumComponent::getNumber).toList();
        assertFalse(numbers.contains("301"), numbers.toString());
        assertEquals(List.of("302", "303"), mandatory.getComponents().stream().map(CurriculumComponent::getNumber).toList());
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(List.of("301", "302", "303"),
                mandatory.getComponents().stream().map(CurriculumComponent::getNumber).toList());
    }

    @Test
    void savingValidatesAndAProblemLeadsToItsElement() throws Exception {
        ProblemsView problems = ui(() -> {
            try {
                ProblemsView view = (ProblemsView) page().showView(CurriculumUi.PROBLEMS_VIEW_ID);
                page().activate(editor);
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        select(unit("301"));
        type(field("title"), "");
        runCommand("org.eclipse.ui.file.save");

        List<ValidationProblem> errors = ui(() -> problems.getProblems().stream()
                .filter(p -> p.severity() == ValidationProblem.Severity.ERROR).toList());
        ValidationProblem noTitle = errors.stream().filter(p -> p.message().contains("has no title")).findFirst()
                .orElseThrow(() -> new AssertionError("no 'has no title' error after save: " + errors));
        assertTrue(noTitle.message().startsWith("Unit 301"), noTitle.message());

        select(unit("204"));
        uiRun(() -> problems.reveal(noTitle));
        assertEquals(unit("301"), ui(() -> editor.getTreeViewer().getStructuredSelection().getFirstElement()),
                "opening the problem selects unit 301 in the editor");
        screenshot("problems", () -> window().getShell());
    }

    @Test
    void thePropertiesViewEditsThroughTheCommandStack() {
        Unit unit308 = unit("308");
        IPropertySource properties = ui(() -> ItemPropertySource.provider(editor.getEditingDomain() instanceof
                org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain domain ? domain.getAdapterFactory() : null,
                editor.getLabels()).getPropertySource(unit308));
        List<String> names = ui(() -> Arrays.stream(properties.getPropertyDescriptors())
                .map(IPropertyDescriptor::getDisplayName).toList());
        assertTrue(names.containsAll(List.of("Title", "Number", "Level", "Credits")), names.toString());
        Object creditsId = ui(() -> Arrays.stream(properties.getPropertyDescriptors())
                .filter(d -> d.getDisplayName().equals("Credits")).findFirst().orElseThrow().getId());
        assertEquals(5, ui(() -> properties.getPropertyValue(creditsId)));

        uiRun(() -> properties.setPropertyValue(creditsId, 6));
        settle();
        assertEquals(6, unit308.getCredits());
        assertTrue(ui(editor::isDirty), "a change in the Properties view makes the editor dirty");
        runCommand("org.eclipse.ui.edit.undo");
        assertEquals(5, unit308.getCredits());
    }

    @Test
    void saveAsWritesANewFileAndGoesOnEditingIt() throws Exception {
        select(unit("301"));
        type(field("title"), "Saved Elsewhere");
        Path copy = folder.resolve("btec-copy.curriculum");
        uiRun(() -> editor.saveAs(copy));
        assertEquals("btec-copy.curriculum", ui(editor::getPartName));
        assertEquals(copy, ui(editor::file));
        assertFalse(ui(editor::isDirty));
        Curriculum saved = (Curriculum) ModelFiles.loadRoot(copy);
        assertEquals("Saved Elsewhere", saved.getComponents().stream().filter(c -> "301".equals(c.getNumber()))
                .findFirst().orElseThrow().getTitle());
        Curriculum original = (Curriculum) ModelFiles.loadRoot(file);
        assertEquals(UNIT_301, original.getComponents().stream().filter(c -> "301".equals(c.getNumber()))
                .findFirst().orElseThrow().getTitle(), "the original file is untouched");
    }

    @Test
    void revertThrowsAwayUnsavedChanges() {
        select(unit("301"));
        type(field("title"), "Not Kept");
        assertTrue(ui(editor::isDirty));
        uiRun(editor::revert);
        assertFalse(ui(editor::isDirty));
        assertEquals("301 " + UNIT_301, select(unit("301")));
    }
}

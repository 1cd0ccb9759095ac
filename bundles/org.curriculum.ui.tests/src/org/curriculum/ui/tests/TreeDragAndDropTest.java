// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.Curriculum;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.TreeDragAndDrop;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dropping elements in the editor's tree moves them where the model allows, undoably. */
class TreeDragAndDropTest {

    @TempDir
    Path folder;
    private CurriculumEditor editor;

    @BeforeEach
    void openExample() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        editor = WorkbenchFixture.openEditor(folder.resolve("btec-l3-contact-centre-operations.curriculum"));
        settle();
    }

    @AfterEach
    void close() {
        uiRun(() -> page().closeEditor(editor, false));
    }

    private Curriculum curriculum() {
        return (Curriculum) editor.getResource().getContents().get(0);
    }

    private Unit unit(String number) {
        return LoadedExamples.unit(curriculum(), number);
    }

    /** The labels the tree shows under the root element. */
    private List<String> topLabels() {
        return ui(() -> Arrays.stream(editor.getTreeViewer().getTree().getItems()[0].getItems()).map(TreeItem::getText)
                .toList());
    }

    private int indexStartingWith(List<String> labels, String prefix) {
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no tree item starts with " + prefix + ": " + labels);
    }

    /** The labels the tree shows under an element (expanded first, as a user would). */
    private List<String> childLabels(Object element) {
        return ui(() -> {
            editor.getTreeViewer().expandToLevel(element, 1);
            TreeItem item = (TreeItem) editor.getTreeViewer().testFindItem(element);
            return Arrays.stream(item.getItems()).map(TreeItem::getText).toList();
        });
    }

    private boolean drop(Object target, float location, Object... dragged) {
        boolean dropped = ui(() -> editor.getDragAndDrop().drop(target, location, DragAndDropFeedback.DROP_MOVE,
                List.of(dragged)));
        settle();
        return dropped;
    }

    @Test
    void unitDroppedBeforeAnotherMovesThereAndUndoPutsItBack() {
        List<String> before = topLabels();
        assertTrue(indexStartingWith(before, "204 ") < indexStartingWith(before, "309 "));

        assertTrue(drop(unit("204"), TreeDragAndDrop.BEFORE, unit("309")));
        List<String> after = topLabels();
        assertEquals(indexStartingWith(after, "204 ") - 1, indexStartingWith(after, "309 "));
        assertEquals("309", curriculum().getComponents().get(0).getNumber());
        assertTrue(ui(editor::isDirty));

        uiRun(() -> editor.getEditingDomain().getCommandStack().undo());
        settle();
        assertEquals(before, topLabels());
        assertEquals("204", curriculum().getComponents().get(0).getNumber());
    }

    @Test
    void criterionDroppedOnAnotherOutcomeMovesIntoIt() {
        LearningOutcome first = unit("301").getLearningOutcomes().get(0);
        LearningOutcome second = unit("301").getLearningOutcomes().get(1);
        AssessmentCriterion criterion = second.getAssessmentCriteria().get(0);
        assertEquals("2.1", criterion.getCode());
        assertEquals(3, childLabels(first).size());
        int secondBefore = second.getAssessmentCriteria().size();

        assertTrue(drop(first, TreeDragAndDrop.ON, criterion));
        List<String> shown = childLabels(first);
        assertEquals(4, shown.size());
        assertTrue(shown.get(3).startsWith("2.1"), shown.toString());
        assertEquals(secondBefore - 1, second.getAssessmentCriteria().size());
        assertFalse(second.getAssessmentCriteria().contains(criterion));
    }

    @Test
    void unitDroppedOnAnOutcomeIsRefused() {
        LearningOutcome outcome = unit("301").getLearningOutcomes().get(0);
        List<String> before = topLabels();
        assertFalse(drop(outcome, TreeDragAndDrop.ON, unit("305")));
        assertEquals(before, topLabels());
        assertEquals(14, curriculum().getComponents().size());
        assertFalse(ui(editor::isDirty));
    }
}

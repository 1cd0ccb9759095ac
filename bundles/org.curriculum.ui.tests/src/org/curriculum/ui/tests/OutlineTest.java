// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.CurriculumOutlinePage;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Outline view shows the editor's tree and follows its selection both ways. */
class OutlineTest {

    @TempDir
    Path folder;
    private CurriculumEditor editor;
    private CurriculumOutlinePage outline;

    @BeforeEach
    void openExampleAndOutline() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        editor = WorkbenchFixture.openEditor(folder.resolve("btec-l3-contact-centre-operations.curriculum"));
        settle();
        outline = ui(() -> {
            try {
                ContentOutline view = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE, null,
                        org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
                return (CurriculumOutlinePage) view.getCurrentPage();
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        settle();
    }

    @AfterEach
    void close() {
        uiRun(() -> page().closeEditor(editor, false));
    }

    private Unit unit(String number) {
        return LoadedExamples.unit((Curriculum) editor.getResource().getContents().get(0), number);
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }

    @Test
    void outlineShowsTheSameTreeAsTheEditor() {
        List<String> editorTop = ui(() -> texts(editor.getTreeViewer().getTree().getItems()[0].getItems()));
        List<String> outlineTop = ui(() -> texts(outline.getTreeViewer().getTree().getItems()[0].getItems()));
        assertEquals(editorTop, outlineTop);
        assertTrue(outlineTop.contains("301 Principles of Personal and Organisational Effectiveness in a Contact Centre"),
                outlineTop.toString());
    }

    @Test
    void selectionFollowsBothWays() {
        uiRun(() -> outline.setSelection(new StructuredSelection(unit("305"))));
        settle();
        assertSame(unit("305"), ui(() -> editor.getTreeViewer().getStructuredSelection().getFirstElement()));
        assertEquals(ui(() -> outline.getTreeViewer().getTree().getSelection()[0].getText()),
                ui(() -> editor.getTreeViewer().getTree().getSelection()[0].getText()));

        uiRun(() -> editor.getTreeViewer().setSelection(new StructuredSelection(unit("204")), true));
        settle();
        assertEquals("204 Principles of Using Systems and Technology in a Contact Centre",
                ui(() -> outline.getTreeViewer().getTree().getSelection()[0].getText()));
    }

    @Test
    void outlineShowsEditsAndTheirUndo() {
        Unit unit = unit("301");
        uiRun(() -> editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), unit,
                CurriculumPackage.Literals.NAMED_ELEMENT__TITLE, "Effectiveness at Work")));
        settle();
        assertTrue(ui(() -> texts(outline.getTreeViewer().getTree().getItems()[0].getItems()))
                .contains("301 Effectiveness at Work"));
        uiRun(() -> editor.getEditingDomain().getCommandStack().undo());
        settle();
        assertTrue(ui(() -> texts(outline.getTreeViewer().getTree().getItems()[0].getItems()))
                .contains("301 Principles of Personal and Organisational Effectiveness in a Contact Centre"));
    }
}

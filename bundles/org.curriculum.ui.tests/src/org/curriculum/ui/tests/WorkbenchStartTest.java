// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.ExampleWorkspace;
import org.curriculum.ui.internal.ExamplesView;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;

/** Starting the product's workbench shows the window, our perspective and a real curriculum. */
class WorkbenchStartTest {

    @Test
    void firstStartShowsTheBtecQualificationInTheEditor() throws Exception {
        IWorkbenchPage page = page();
        // Other tests may have run first and opened editors of their own; the first-start editor stays.
        waitInUi(() -> firstExampleEditor(page) != null, "the first example to open");

        assertEquals("Curriculum Workbench", ui(() -> window().getShell().getText()));
        assertTrue(ui(() -> window().getShell().isVisible()), "the window is visible");
        assertEquals(CurriculumUi.PERSPECTIVE_ID, ui(() -> page.getPerspective().getId()));

        CurriculumEditor editor = ui(() -> firstExampleEditor(page));
        uiRun(() -> page.activate(editor));
        assertEquals(examples().resolve("btec-l3-contact-centre-operations.curriculum"), ui(editor::file),
                "the example copied to the data folder is open");
        Tree tree = ui(() -> editor.getTreeViewer().getTree());
        assertEquals("600/1636/X Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)",
                ui(() -> tree.getItem(0).getText()));
        List<String> children = ui(() -> Arrays.stream(tree.getItem(0).getItems()).map(TreeItem::getText).toList());
        assertTrue(children.contains("301 Principles of Personal and Organisational Effectiveness in a Contact Centre"),
                "unit 301 is listed under the qualification: " + children);
        assertEquals(14, children.stream().filter(label -> label.matches("[23]0\\d .*")).count(),
                "the 14 units 204..208 and 301..309 are listed: " + children);

        ExamplesView examples = ui(() -> (ExamplesView) page.findView(CurriculumUi.EXAMPLES_VIEW_ID));
        assertNotNull(examples, "the examples view is shown");
        assertEquals(10, ui(() -> examples.getFiles().size()));
        assertTrue(ui(() -> examples.getFiles().stream().allMatch(file -> Files.isRegularFile(file.file()))),
                "the examples were copied out to the data folder");

        screenshot("workbench", () -> window().getShell());
    }

    private static CurriculumEditor firstExampleEditor(IWorkbenchPage page) {
        for (IEditorReference reference : page.getEditorReferences()) {
            if (reference.getEditor(false) instanceof CurriculumEditor editor
                    && editor.file().equals(examples().resolve("btec-l3-contact-centre-operations.curriculum"))) {
                return editor;
            }
        }
        return null;
    }

    private static Path examples() {
        try {
            return ExampleWorkspace.folder();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

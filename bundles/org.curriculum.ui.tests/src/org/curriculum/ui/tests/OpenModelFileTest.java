// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.curriculum.model.StandardsFramework;
import org.curriculum.ui.internal.OpenModelFileAction;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.ui.internal.WorkbenchWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Open File... opens a model file from any folder in the curriculum editor. */
class OpenModelFileTest {

    @TempDir
    Path folder;

    private CurriculumEditor editor;

    /** Closes only the editor this test opened: other tests rely on the first-start editor staying open. */
    @AfterEach
    void closeTheOpenedEditor() {
        if (editor != null) {
            WorkbenchFixture.uiRun(() -> WorkbenchFixture.page().closeEditor(editor, false));
        }
    }

    @Test
    void theFileMenuOffersOpenFileAndItOpensAFrameworkFromAnyFolder() throws Exception {
        IContributionItem item = ui(() -> {
            IMenuManager menu = ((WorkbenchWindow) window()).getMenuManager();
            return menu.findMenuUsingPath("file").find(OpenModelFileAction.ID);
        });
        assertNotNull(item, "File > Open File... is in the menu");

        Path elsewhere = Files.createDirectories(folder.resolve("council review"));
        Path examples = WorkbenchFixture.examplesCopy(folder.resolve("copies"));
        Path file = Files.copy(examples.resolve("functional-skills-level2.standards"),
                elsewhere.resolve("functional-skills-level2.standards"));

        editor = ui(() -> new OpenModelFileAction(window()).open(file));
        settle();
        assertNotNull(editor);
        CurriculumEditor opened = editor;
        assertEquals(file.toAbsolutePath().normalize(), editor.file());
        assertSame(editor, ui(() -> WorkbenchFixture.page().getActiveEditor()));
        assertEquals("functional-skills-level2.standards", ui(opened::getPartName));
        assertFalse(ui(opened::isDirty));
        StandardsFramework framework = (StandardsFramework) ui(() -> opened.getEditingDomain().getResourceSet()
                .getResources().get(0).getContents().get(0));
        assertEquals(6, framework.getSections().size(), "the six Functional Skills level 2 sections");
    }

    @Test
    void aBrokenFileOpensAnEditorThatSaysWhereTheFileIsBroken() throws Exception {
        Path examples = WorkbenchFixture.examplesCopy(folder.resolve("copies"));
        String text = Files.readString(examples.resolve("contact-centre-nos.standards"));
        // Cut off in the middle of the standards, as an interrupted copy would leave it.
        Path file = Files.writeString(folder.resolve("contact-centre-nos.standards"), text.substring(0, text.length() / 2));

        editor = WorkbenchFixture.openEditor(file);
        settle();
        CurriculumEditor opened = editor;
        assertNull(ui(opened::getResource), "nothing is loaded from a broken file, so nothing can be saved over it");
        String problem = ui(opened::getLoadProblem);
        assertNotNull(problem);
        assertTrue(problem.contains("contact-centre-nos.standards"), problem);
        assertTrue(Pattern.compile(":\\d+:\\d+").matcher(problem).find(), "names the line and column: " + problem);
        assertFalse(ui(opened::isDirty));
    }
}

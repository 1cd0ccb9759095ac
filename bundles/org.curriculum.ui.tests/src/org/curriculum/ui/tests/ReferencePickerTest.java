// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.display;
import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.DetailsForm;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link's standard is chosen from a list narrowed by typing, in the Annexe B mapping. */
class ReferencePickerTest {

    @TempDir
    Path folder;
    private CurriculumEditor editor;

    @BeforeEach
    void openMapping() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        editor = WorkbenchFixture.openEditor(folder.resolve("btec-l3-contact-centre-nos.mapping"));
        settle();
    }

    @AfterEach
    void close() {
        uiRun(() -> {
            for (Shell shell : display().getShells()) {
                if (shell.getText().startsWith("Choose ")) {
                    shell.close();
                }
            }
            page().closeEditor(editor, false);
        });
    }

    private static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(all(composite, type));
            }
        }
        return found;
    }

    private <T extends Control> T field(Class<T> type, String feature) {
        return ui(() -> all((Composite) editor.getDetailsForm().getControl(), type).stream()
                .filter(c -> feature.equals(c.getData(DetailsForm.FEATURE_KEY))).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + feature)));
    }

    private static Shell picker() {
        return ui(() -> Arrays.stream(display().getShells()).filter(s -> s.getText().startsWith("Choose ")).findFirst()
                .orElse(null));
    }

    @Test
    void standardChosenByTypingItsCode() {
        MappingSet mapping = (MappingSet) editor.getResource().getContents().get(0);
        MappingLink link = mapping.getLinks().get(0);
        MappableItem original = link.getStandard();
        StandardsFramework framework = (StandardsFramework) mapping.getTarget();
        Standard wanted = framework.getStandards().stream().filter(s -> s != original && s.getCode().equals("CC07"))
                .findFirst().orElseGet(() -> framework.getStandards().stream().filter(s -> s.getCode().equals("CC08"))
                        .findFirst().orElseThrow());
        String wantedLabel = ui(() -> editor.getLabels().text(wanted));
        uiRun(() -> editor.getTreeViewer().setSelection(new StructuredSelection(link), true));
        settle();

        Button choose = field(Button.class, "standard.choose");
        // asynchronously, because the dialog runs its own event loop until it is closed
        display().asyncExec(() -> choose.notifyListeners(SWT.Selection, new Event()));
        waitInUi(() -> picker() != null, "the reference picker to open");
        Shell picker = picker();
        assertEquals("Choose Standard", ui(picker::getText));
        Table list = ui(() -> all(picker, Table.class).get(0));
        int dropDownTargets = ui(() -> (int) Arrays.stream(field(Combo.class, "standard").getItems())
                .filter(text -> !text.isEmpty()).count());
        // the list fills in batches in the background
        waitInUi(() -> list.getItemCount() == dropDownTargets, "the picker to list what the drop-down lists");
        int listed = ui(list::getItemCount);
        assertTrue(listed >= framework.getStandards().size());

        uiRun(() -> all(picker, Text.class).get(0).setText(wanted.getCode()));
        waitInUi(() -> list.getItemCount() < listed, "the list to narrow");
        List<String> shown = ui(() -> Arrays.stream(list.getItems()).map(TableItem::getText).toList());
        assertTrue(shown.contains(wantedLabel), shown.toString());
        assertTrue(shown.stream().allMatch(text -> text.startsWith(wanted.getCode())), shown.toString());

        uiRun(() -> {
            list.setSelection(shown.indexOf(wantedLabel));
            list.notifyListeners(SWT.Selection, new Event());
            all(picker, Button.class).stream().filter(b -> IDialogConstants.OK_LABEL.equals(b.getText())).findFirst()
                    .orElseThrow().notifyListeners(SWT.Selection, new Event());
        });
        settle();
        assertSame(wanted, link.getStandard());
        assertEquals(wantedLabel, ui(() -> field(Combo.class, "standard").getText()));

        uiRun(() -> editor.getEditingDomain().getCommandStack().undo());
        settle();
        assertSame(original, link.getStandard());
    }
}

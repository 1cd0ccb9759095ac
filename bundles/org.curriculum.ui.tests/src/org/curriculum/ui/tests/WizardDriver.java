// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.window;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.curriculum.ui.internal.wizards.ModelWizardPage;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.ui.wizards.IWizardRegistry;

/** Drives a wizard dialog the way a user does: typing into labelled fields, ticking boxes, pressing Finish. */
final class WizardDriver {

    private final WizardDialog dialog;

    private WizardDriver(WizardDialog dialog) {
        this.dialog = dialog;
    }

    /** Opens the wizard registered under an id (as File > New, Import or Export would). */
    static WizardDriver open(IWizardRegistry registry, String id) {
        WizardDialog dialog = ui(() -> {
            IWizardDescriptor descriptor = registry.findWizard(id);
            if (descriptor == null) {
                throw new AssertionError("no wizard registered as " + id);
            }
            try {
                IWorkbenchWizard wizard = descriptor.createWizard();
                wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
                return open(wizard);
            } catch (CoreException e) {
                throw new AssertionError(e);
            }
        });
        settle();
        return new WizardDriver(dialog);
    }

    private static WizardDialog open(IWizard wizard) {
        WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    Shell shell() {
        return ui(dialog::getShell);
    }

    /** The dialog's contents (title area, page, buttons) without the window frame, for screenshots. */
    Control contents() {
        return ui(() -> dialog.getShell().getChildren()[0]);
    }

    /** Types into the field with the given name, replacing its text. */
    void type(String field, String text) {
        uiRun(() -> ((Text) control(field)).setText(text));
    }

    /** The text of a field. */
    String text(String field) {
        return ui(() -> ((Text) control(field)).getText());
    }

    /** Ticks or clears a check box. */
    void tick(String field, boolean ticked) {
        uiRun(() -> {
            Button button = (Button) control(field);
            button.setSelection(ticked);
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Selects the radio button with the given name (clearing its siblings, as SWT does for a click). */
    void choose(String field) {
        uiRun(() -> {
            Button button = (Button) control(field);
            for (Control sibling : button.getParent().getChildren()) {
                if (sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other != button) {
                    other.setSelection(false);
                }
            }
            button.setSelection(true);
            button.notifyListeners(SWT.Selection, new Event());
        });
    }

    /** The error message the wizard shows under its title, or null. */
    String errorMessage() {
        return ui(() -> ((WizardPage) dialog.getCurrentPage()).getErrorMessage());
    }

    boolean finishEnabled() {
        return ui(() -> finishButton().isEnabled());
    }

    /** Presses Finish and lets the wizard run; true if the dialog closed. */
    boolean finish() {
        uiRun(() -> finishButton().notifyListeners(SWT.Selection, new Event()));
        settle();
        return ui(() -> dialog.getShell() == null || dialog.getShell().isDisposed());
    }

    /**
     * Presses Finish without waiting: a dialog that Finish opens (a question, the warnings) runs its own event loop
     * until it is answered, so the test answers it through {@link #dialog} and {@link #press}.
     */
    void finishLater() {
        Button finish = ui(this::finishButton);
        WorkbenchFixture.display().asyncExec(() -> finish.notifyListeners(SWT.Selection, new Event()));
    }

    /** Whether the wizard dialog has closed. */
    boolean closed() {
        settle();
        return ui(() -> dialog.getShell() == null || dialog.getShell().isDisposed());
    }

    /** Waits for a dialog with the given title to open and returns its shell. */
    static Shell dialog(String title) {
        WorkbenchFixture.waitInUi(() -> Arrays.stream(WorkbenchFixture.display().getShells())
                .anyMatch(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())), "a dialog titled " + title);
        return ui(() -> Arrays.stream(WorkbenchFixture.display().getShells())
                .filter(s -> !s.isDisposed() && s.isVisible() && title.equals(s.getText())).findFirst().orElseThrow());
    }

    /** The texts of a dialog's labels (its message), in order. */
    static List<String> labels(Shell shell) {
        return ui(() -> all(shell, Label.class).stream().map(Label::getText).filter(t -> !t.isEmpty()).toList());
    }

    /** The items of the list named {@code field} in a dialog. */
    static List<String> listItems(Shell shell, String field) {
        return ui(() -> all(shell, org.eclipse.swt.widgets.List.class).stream()
                .filter(l -> field.equals(l.getData(ModelWizardPage.FIELD))).findFirst()
                .map(l -> Arrays.asList(l.getItems())).orElseThrow(() -> new AssertionError("no list " + field)));
    }

    /** Presses the button labelled {@code label} (e.g. "Yes") in a dialog, which closes it. */
    static void press(Shell shell, String label) {
        Button button = ui(() -> all(shell, Button.class).stream().filter(b -> label.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the dialog " + shell.getText() + " has no button " + label)));
        // asynchronously too: answering may lead to the next dialog, with its own event loop
        WorkbenchFixture.display().asyncExec(() -> button.notifyListeners(SWT.Selection, new Event()));
        WorkbenchFixture.waitInUi(shell::isDisposed, "the dialog " + label + " closes");
    }

    /** The page's message that is not an error (a warning such as "already exists"), or null. */
    String message() {
        return ui(() -> ((WizardPage) dialog.getCurrentPage()).getMessage());
    }

    void cancel() {
        uiRun(() -> {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        });
    }

    private Button finishButton() {
        return all(dialog.getShell(), Button.class).stream()
                .filter(button -> IDialogConstants.FINISH_LABEL.equals(button.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("the wizard has no Finish button"));
    }

    /** Presses Next and lets the next page do what it does when shown. */
    void next() {
        uiRun(() -> button(IDialogConstants.NEXT_LABEL).notifyListeners(SWT.Selection, new Event()));
        settle();
    }

    /** Presses Back. */
    void back() {
        uiRun(() -> button(IDialogConstants.BACK_LABEL).notifyListeners(SWT.Selection, new Event()));
        settle();
    }

    /** The texts of a tree's items, expanded or not, depth first, indented two spaces a level. */
    List<String> treeItems(String field) {
        return ui(() -> {
            List<String> items = new ArrayList<>();
            for (TreeItem item : ((Tree) control(field)).getItems()) {
                collect(item, "", items);
            }
            return items;
        });
    }

    private static void collect(TreeItem item, String indent, List<String> items) {
        if (item.getData() == null) {
            return; // a viewer's placeholder under a node not expanded yet
        }
        items.add(indent + item.getText());
        for (TreeItem child : item.getItems()) {
            collect(child, indent + "  ", items);
        }
    }

    /** The rows of a table, each as its cells joined by " | ". */
    List<String> tableRows(String field) {
        return ui(() -> {
            Table table = (Table) control(field);
            List<String> rows = new ArrayList<>();
            for (TableItem item : table.getItems()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < table.getColumnCount(); c++) {
                    cells.add(item.getText(c));
                }
                rows.add(String.join(" | ", cells));
            }
            return rows;
        });
    }

    /** The text of a label. */
    String label(String field) {
        return ui(() -> ((Label) control(field)).getText());
    }

    /** The wizard shown in the dialog. */
    IWizard wizard() {
        return ui(() -> dialog.getCurrentPage().getWizard());
    }

    private Button button(String label) {
        return all(dialog.getShell(), Button.class).stream().filter(button -> label.equals(button.getText()))
                .findFirst().orElseThrow(() -> new AssertionError("the wizard has no " + label + " button"));
    }

    private Control control(String field) {
        return all(dialog.getShell(), Control.class).stream().filter(c -> field.equals(c.getData(ModelWizardPage.FIELD)))
                .findFirst().orElseThrow(() -> new AssertionError("the wizard has no field " + field));
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
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.versions;

import java.util.List;

import org.curriculum.core.compare.ConflictResolution;
import org.curriculum.ui.internal.jface.TextColumns;
import org.curriculum.core.compare.ConflictResolution.Side;
import org.curriculum.core.compare.RecordedConflict;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.ViewPart;

/**
 * The merge conflicts recorded in the active editor's file (a file {@code workbench merge} or git's merge driver
 * wrote with conflicts): element, feature, our value (kept in the file) and theirs. Keep ours / Take theirs resolves
 * the selected conflict with one {@link ConflictResolution} command on the editor's command stack, so Undo brings
 * the value and the conflict back; the list follows undo and redo.
 */
public class MergeConflictsView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.curriculum.ui.mergeConflictsView";

    private TableViewer viewer;
    private Button keepOurs;
    private Button takeTheirs;
    private CurriculumEditor editor;
    private final CommandStackListener stackListener = event -> {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(this::refresh);
        }
    };

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof CurriculumEditor activated && activated != editor) {
                show(activated);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference reference) {
            if (reference.getPart(false) == editor) {
                show(null);
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.add(viewer, "Element", 260, RecordedConflict.class, RecordedConflict::path);
        TextColumns.add(viewer, "Feature", 160, RecordedConflict.class, RecordedConflict::feature);
        TextColumns.add(viewer, "Ours (in the file)", 300, RecordedConflict.class, conflict -> shown(conflict.ours()));
        TextColumns.add(viewer, "Theirs", 300, RecordedConflict.class, conflict -> shown(conflict.theirs()));
        viewer.setInput(List.of());
        viewer.addSelectionChangedListener(event -> selectionChanged());
        Composite buttons = new Composite(parent, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        keepOurs = button(buttons, "&Keep ours", Side.OURS);
        takeTheirs = button(buttons, "Take &theirs", Side.THEIRS);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorTracker);
        show(getSite().getPage().getActiveEditor() instanceof CurriculumEditor active ? active : null);
    }

    private Button button(Composite parent, String text, Side side) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setEnabled(false);
        button.addListener(SWT.Selection, event -> resolveSelected(side));
        return button;
    }


    private static String shown(String value) {
        return value == null ? "(none)" : value.replace("\n", " \u21b5 ");
    }

    /** Lists the conflicts of an editor's file (or nothing). */
    public void show(CurriculumEditor shown) {
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        editor = shown;
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().addCommandStackListener(stackListener);
        }
        // Ctrl+Z and Edit > Undo work from this view too: they undo on the editor's command stack
        IActionBars bars = getViewSite().getActionBars();
        if (editor != null && editor.getActions() != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getActions().undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getActions().redo);
        } else {
            bars.clearGlobalActionHandlers();
        }
        bars.updateActionBars();
        refresh();
    }

    /** Reads the conflicts again from the editor's model (after a resolution, an undo or a redo). */
    public void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<RecordedConflict> conflicts = editor == null || editor.getResource() == null
                || editor.getResource().getContents().isEmpty() ? List.of()
                        : RecordedConflict.of(editor.getResource().getContents().get(0));
        viewer.setInput(conflicts);
        if (editor == null) {
            setContentDescription("Open a merged model file to see its conflicts.");
        } else {
            setContentDescription(editor.getPartName() + ": " + (conflicts.isEmpty() ? "no merge conflicts"
                    : conflicts.size() + " merge conflict" + (conflicts.size() == 1 ? "" : "s")
                            + " to resolve: select one, then keep ours or take theirs (Undo takes it back)"));
        }
        if (!conflicts.isEmpty() && viewer.getStructuredSelection().isEmpty()) {
            viewer.setSelection(new StructuredSelection(conflicts.get(0)));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        RecordedConflict selected = selected();
        keepOurs.setEnabled(selected != null && ConflictResolution.whyNot(selected, Side.OURS) == null);
        String whyNotTheirs = selected == null ? null : ConflictResolution.whyNot(selected, Side.THEIRS);
        takeTheirs.setEnabled(selected != null && whyNotTheirs == null);
        takeTheirs.setToolTipText(whyNotTheirs != null ? "Not available: " + whyNotTheirs
                : "Give the element their value and remove the conflict (one undo)");
        keepOurs.setToolTipText("Keep our value and remove the conflict (one undo)");
        if (selected != null && editor != null && editor.getTreeViewer() != null) {
            EObject element = selected.element();
            if (element != null && CurriculumEditor.revealable(editor.getTreeViewer(), element)) {
                editor.getTreeViewer().setSelection(new StructuredSelection(element), true);
            }
        }
    }

    private RecordedConflict selected() {
        return viewer.getStructuredSelection().getFirstElement() instanceof RecordedConflict conflict ? conflict : null;
    }

    /** Selects a listed conflict by its position. */
    public void select(int row) {
        viewer.setSelection(new StructuredSelection(getConflicts().get(row)));
    }

    /** Resolves the selected conflict by a side, as one command on the editor's command stack. */
    public void resolveSelected(Side side) {
        RecordedConflict selected = selected();
        if (selected == null || editor == null) {
            return;
        }
        String whyNot = ConflictResolution.whyNot(selected, side);
        if (whyNot != null) {
            MessageDialog.openInformation(getSite().getShell(), side.label(), "Cannot " + side.label().toLowerCase()
                    + " for " + selected.path() + ": " + whyNot + ".");
            return;
        }
        Command command = ConflictResolution.resolve(selected, side);
        editor.getEditingDomain().getCommandStack().execute(command);
        viewer.setSelection(StructuredSelection.EMPTY);
        refresh();
    }

    /** The conflicts listed. */
    @SuppressWarnings("unchecked")
    public List<RecordedConflict> getConflicts() {
        return (List<RecordedConflict>) viewer.getInput();
    }

    /** Whether a side's button is enabled for the selected conflict. */
    public boolean canResolve(Side side) {
        return (side == Side.OURS ? keepOurs : takeTheirs).isEnabled();
    }

    /** The table a user reads. */
    public org.eclipse.swt.widgets.Table getTable() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (editor != null) {
            editor.getEditingDomain().getCommandStack().removeCommandStackListener(stackListener);
        }
        super.dispose();
    }
}

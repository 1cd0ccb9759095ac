// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.dnd.TransferData;

/**
 * Drag and drop within the editor's tree: elements are moved (or, with the copy modifier, copied)
 * before, after or into another element by EMF's {@link DragAndDropCommand}, which the item providers
 * allow only where the metamodel has room for them; the command goes on the command stack, so a drop
 * is undone like any other edit.
 */
public final class TreeDragAndDrop {

    /** Where on the target an element is dropped, in {@link DragAndDropCommand}'s terms (fraction of the row's height). */
    public static final float BEFORE = 0.1f;
    public static final float ON = 0.5f;
    public static final float AFTER = 0.9f;

    private static final int OPERATIONS = DND.DROP_MOVE | DND.DROP_COPY | DND.DROP_LINK;

    private final EditingDomain domain;

    private TreeDragAndDrop(EditingDomain domain) {
        this.domain = domain;
    }

    /** Lets the tree's elements be dragged and dropped within the tree. */
    static TreeDragAndDrop install(TreeViewer tree, EditingDomain domain) {
        TreeDragAndDrop support = new TreeDragAndDrop(domain);
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        tree.addDragSupport(OPERATIONS, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                ISelection selection = tree.getSelection();
                LocalSelectionTransfer.getTransfer().setSelection(selection);
                event.doit = !selection.isEmpty();
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = LocalSelectionTransfer.getTransfer().getSelection();
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        tree.addDropSupport(OPERATIONS, transfers, new ViewerDropAdapter(tree) {
            @Override
            public boolean validateDrop(Object target, int operation, TransferData type) {
                Command command = support.command(target, location(getCurrentLocation()), operation, dragged());
                boolean valid = command.canExecute();
                command.dispose();
                return valid;
            }

            @Override
            public boolean performDrop(Object data) {
                return support.drop(getCurrentTarget(), location(getCurrentLocation()), getCurrentOperation(), dragged());
            }
        });
        return support;
    }

    private static float location(int viewerLocation) {
        return switch (viewerLocation) {
        case ViewerDropAdapter.LOCATION_BEFORE -> BEFORE;
        case ViewerDropAdapter.LOCATION_AFTER -> AFTER;
        default -> ON;
        };
    }

    private static Collection<?> dragged() {
        ISelection selection = LocalSelectionTransfer.getTransfer().getSelection();
        return selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
    }

    private Command command(Object target, float location, int operation, Collection<?> elements) {
        if (target == null || elements.isEmpty() || elements.contains(target)) {
            return org.eclipse.emf.common.command.UnexecutableCommand.INSTANCE;
        }
        return DragAndDropCommand.create(domain, target, location, OPERATIONS, operation, elements);
    }

    /**
     * Drops elements on a target as the tree's drop does: {@code location} is {@link #BEFORE},
     * {@link #ON} or {@link #AFTER}, {@code operation} a {@link DragAndDropFeedback} operation
     * ({@code DROP_MOVE}, {@code DROP_COPY}). Returns false, changing nothing, where the model has no
     * room for them.
     */
    public boolean drop(Object target, float location, int operation, Collection<?> elements) {
        Command command = command(target, location, operation, elements);
        if (!command.canExecute()) {
            command.dispose();
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }
}

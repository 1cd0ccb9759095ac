// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.command.CommandActionDelegate;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's edit actions, each a command on the editing domain: undo, redo, cut, copy, paste,
 * delete (which also removes references to what is deleted), and new child / new sibling menus
 * built from the item providers' child descriptors.
 */
public class EditingActions {

    private final EditingDomain domain;
    private final Supplier<IStructuredSelection> selection;

    public final Action undo = new Action("&Undo") {
        @Override
        public void run() {
            stack().undo();
        }
    };
    public final Action redo = new Action("&Redo") {
        @Override
        public void run() {
            stack().redo();
        }
    };
    public final Action cut = commandAction("Cu&t", ISharedImages.IMG_TOOL_CUT,
            s -> CutToClipboardCommand.create(domain(), s.toList()));
    public final Action copy = commandAction("&Copy", ISharedImages.IMG_TOOL_COPY,
            s -> CopyToClipboardCommand.create(domain(), s.toList()));
    public final Action paste = commandAction("&Paste", ISharedImages.IMG_TOOL_PASTE,
            s -> s.size() == 1 ? PasteFromClipboardCommand.create(domain(), s.getFirstElement(), null) : null);
    public final Action delete = commandAction("&Delete", ISharedImages.IMG_TOOL_DELETE,
            s -> s.isEmpty() ? null : DeleteCommand.create(domain(), s.toList()));

    public EditingActions(EditingDomain domain, Supplier<IStructuredSelection> selection) {
        this.domain = domain;
        this.selection = selection;
        undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
        redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
        cut.setActionDefinitionId("org.eclipse.ui.edit.cut");
        copy.setActionDefinitionId("org.eclipse.ui.edit.copy");
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        delete.setActionDefinitionId("org.eclipse.ui.edit.delete");
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        update();
    }

    private EditingDomain domain() {
        return domain;
    }

    private CommandStack stack() {
        return domain.getCommandStack();
    }

    /** Pairs of global action id and action. */
    public List<Object[]> globalHandlers() {
        return List.of(new Object[] { ActionFactory.UNDO.getId(), undo }, new Object[] { ActionFactory.REDO.getId(), redo },
                new Object[] { ActionFactory.CUT.getId(), cut }, new Object[] { ActionFactory.COPY.getId(), copy },
                new Object[] { ActionFactory.PASTE.getId(), paste }, new Object[] { ActionFactory.DELETE.getId(), delete });
    }

    /** Enables the actions for the current selection and command stack, naming what undo/redo would do. */
    public void update() {
        Command undoable = stack().getUndoCommand();
        undo.setEnabled(stack().canUndo());
        undo.setText("&Undo" + (undoable != null && undoable.getLabel() != null ? " " + undoable.getLabel() : ""));
        Command redoable = stack().getRedoCommand();
        redo.setEnabled(stack().canRedo());
        redo.setText("&Redo" + (redoable != null && redoable.getLabel() != null ? " " + redoable.getLabel() : ""));
        for (Action action : List.of(cut, copy, paste, delete)) {
            ((CommandAction) action).updateEnablement();
        }
    }

    /** Adds the new child / new sibling menus and the edit actions to a context menu. */
    public void fillContextMenu(IMenuManager menu) {
        IStructuredSelection current = selection.get();
        if (current.size() == 1) {
            Object selected = current.getFirstElement();
            MenuManager children = new MenuManager("&New Child");
            for (Object descriptor : domain.getNewChildDescriptors(selected, null)) {
                children.add(createAction(selected, descriptor, List.of()));
            }
            MenuManager siblings = new MenuManager("N&ew Sibling");
            Object parent = domain.getParent(selected);
            if (parent != null) {
                for (Object descriptor : domain.getNewChildDescriptors(null, selected)) {
                    siblings.add(createAction(parent, descriptor, List.of(selected)));
                }
            }
            menu.add(children);
            menu.add(siblings);
            menu.add(new Separator());
        }
        update();
        menu.add(undo);
        menu.add(redo);
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new Separator());
        menu.add(delete);
        menu.add(new Separator("additions"));
    }

    /** An action creating a child of the owner as the descriptor says; selects it once created. */
    public Action createAction(Object owner, Object descriptor, Collection<?> siblings) {
        Command command = CreateChildCommand.create(domain, owner, descriptor, siblings);
        String text = command instanceof CommandActionDelegate delegate ? delegate.getText() : command.getLabel();
        Action action = new Action(text) {
            @Override
            public void run() {
                stack().execute(command);
            }
        };
        action.setEnabled(command.canExecute());
        if (command instanceof CommandActionDelegate delegate && delegate.getToolTipText() != null) {
            action.setToolTipText(delegate.getToolTipText());
        }
        return action;
    }

    private CommandAction commandAction(String text, String image, Function<IStructuredSelection, Command> factory) {
        CommandAction action = new CommandAction(text, factory);
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(image));
        return action;
    }

    /** An action that builds its command from the selection when run, and is enabled when it could execute. */
    private final class CommandAction extends Action {
        private final Function<IStructuredSelection, Command> factory;

        CommandAction(String text, Function<IStructuredSelection, Command> factory) {
            super(text);
            this.factory = factory;
        }

        private Command command() {
            IStructuredSelection current = selection == null ? StructuredSelection.EMPTY : selection.get();
            return current == null ? null : factory.apply(current);
        }

        void updateEnablement() {
            if (selection == null) {
                return;
            }
            Command command = command();
            setEnabled(command != null && command.canExecute());
            if (command != null) {
                command.dispose();
            }
        }

        @Override
        public void run() {
            Command command = command();
            if (command != null && command.canExecute()) {
                stack().execute(command);
            }
        }
    }
}

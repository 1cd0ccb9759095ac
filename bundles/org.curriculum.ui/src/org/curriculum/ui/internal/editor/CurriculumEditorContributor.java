// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * Connects the workbench's Edit menu and keys (undo, redo, cut, copy, paste, delete, revert) to the
 * active curriculum editor.
 */
public class CurriculumEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof CurriculumEditor editor && editor.getActions() != null) {
            for (Object[] handler : editor.getActions().globalHandlers()) {
                bars.setGlobalActionHandler((String) handler[0], (IAction) handler[1]);
            }
            bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), new org.eclipse.jface.action.Action() {
                @Override
                public void run() {
                    editor.revert();
                }
            });
        } else {
            bars.clearGlobalActionHandlers();
        }
        bars.updateActionBars();
    }
}

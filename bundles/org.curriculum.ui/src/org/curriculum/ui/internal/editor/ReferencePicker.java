// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/** A dialog listing the possible targets of a reference, narrowed as the user types (e.g. a code or words of a title). */
final class ReferencePicker {

    /** The dialog's title starts with this, followed by the reference's name. */
    static final String TITLE = "Choose ";

    private ReferencePicker() {
    }

    /** Lets the user pick one of the candidates; null if cancelled. */
    static Object choose(Shell shell, String referenceName, List<Object> candidates, Function<Object, String> label) {
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply(element);
            }
        });
        dialog.setTitle(TITLE + referenceName);
        dialog.setMessage("Type part of a code or title (* matches anything):");
        dialog.setElements(candidates.toArray());
        dialog.setMultipleSelection(false);
        dialog.setIgnoreCase(true);
        dialog.setMatchEmptyString(true);
        return dialog.open() == Window.OK ? dialog.getFirstResult() : null;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * A warning message with the list of what a writer reported under it, one line each (each names its element),
 * so that a long list scrolls instead of making the dialog taller than the screen.
 */
public final class WarningsDialog extends MessageDialog {

    /** Widget data ({@link ModelWizardPage#FIELD}) of the list, for tests. */
    public static final String LIST_FIELD = "warnings";

    private final List<String> warnings;

    /** A dialog titled {@code title} saying {@code message} above {@code warnings}. */
    public WarningsDialog(Shell parent, String title, String message, List<String> warnings) {
        super(parent, title, null, message, WARNING, 0, IDialogConstants.OK_LABEL);
        this.warnings = warnings;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected Control createCustomArea(Composite parent) {
        org.eclipse.swt.widgets.List list = new org.eclipse.swt.widgets.List(parent,
                SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.SINGLE);
        list.setItems(warnings.toArray(String[]::new));
        list.setData(ModelWizardPage.FIELD, LIST_FIELD);
        GridData layout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        layout.widthHint = 640;
        layout.heightHint = Math.min(12, Math.max(3, warnings.size())) * list.getItemHeight();
        list.setLayoutData(layout);
        return list;
    }
}

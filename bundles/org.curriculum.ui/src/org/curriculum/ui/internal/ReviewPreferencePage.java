// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Review: the name the matrix records when you accept, query or reject a link. */
public class ReviewPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    /** The label of the reviewer's name field. */
    public static final String REVIEWER_LABEL = "&Reviewer's name:";

    public ReviewPreferencePage() {
        super(GRID);
        setDescription("The name recorded with each review in the mapping matrix (accept, query, reject, comments, "
                + "justified gaps). Left blank, the operating system's user name is used.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(ReviewPreferences.store());
    }

    @Override
    protected void createFieldEditors() {
        addField(new StringFieldEditor(ReviewPreferences.REVIEWER_NAME, REVIEWER_LABEL, getFieldEditorParent()));
    }
}

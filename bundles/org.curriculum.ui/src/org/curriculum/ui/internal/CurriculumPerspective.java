// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.wizards.NewMappingSetWizard;
import org.curriculum.ui.internal.wizards.NewOccupationalCurriculumWizard;
import org.curriculum.ui.internal.wizards.NewQualificationWizard;
import org.curriculum.ui.internal.wizards.NewStandardsFrameworkWizard;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The workbench's one perspective: examples on the left, the editor in the middle, the matrix, properties and problems below it. */
public class CurriculumPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        String editorArea = layout.getEditorArea();
        layout.addView(CurriculumUi.EXAMPLES_VIEW_ID, IPageLayout.LEFT, 0.2f, editorArea);
        layout.addView(IPageLayout.ID_OUTLINE, IPageLayout.BOTTOM, 0.45f, CurriculumUi.EXAMPLES_VIEW_ID);
        // Half the height: the matrix has a dashboard, filters and the rationale and review fields above its grid.
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editorArea);
        bottom.addView(CurriculumUi.MATRIX_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addView(CurriculumUi.PROBLEMS_VIEW_ID);
        bottom.addView(CurriculumUi.HISTORY_VIEW_ID);
        bottom.addPlaceholder(CurriculumUi.MERGE_CONFLICTS_VIEW_ID);
        // beside the editor, so that the History view below stays in sight while versions are compared
        layout.addPlaceholder(CurriculumUi.COMPARE_VIEW_ID, IPageLayout.RIGHT, 0.5f, editorArea);
        layout.addShowViewShortcut(CurriculumUi.EXAMPLES_VIEW_ID);
        layout.addShowViewShortcut(CurriculumUi.MATRIX_VIEW_ID);
        layout.addShowViewShortcut(CurriculumUi.PROBLEMS_VIEW_ID);
        layout.addShowViewShortcut(CurriculumUi.HISTORY_VIEW_ID);
        layout.addShowViewShortcut(CurriculumUi.COMPARE_VIEW_ID);
        layout.addShowViewShortcut(CurriculumUi.MERGE_CONFLICTS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
        // what File > New lists
        layout.addNewWizardShortcut(NewOccupationalCurriculumWizard.ID);
        layout.addNewWizardShortcut(NewQualificationWizard.ID);
        layout.addNewWizardShortcut(NewStandardsFrameworkWizard.ID);
        layout.addNewWizardShortcut(NewMappingSetWizard.ID);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import org.curriculum.ui.CurriculumUi;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The workbench's one perspective: examples on the left, the editor area in the middle. */
public class CurriculumPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(true);
        layout.addView(CurriculumUi.EXAMPLES_VIEW_ID, IPageLayout.LEFT, 0.45f, layout.getEditorArea());
    }
}

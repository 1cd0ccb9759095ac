// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui;

/** Identifiers of the workbench's application, perspective and views. */
public final class CurriculumUi {

    public static final String PLUGIN_ID = "org.curriculum.ui";
    public static final String PERSPECTIVE_ID = "org.curriculum.ui.perspective";
    public static final String EXAMPLES_VIEW_ID = "org.curriculum.ui.examplesView";
    public static final String MATRIX_VIEW_ID = "org.curriculum.ui.matrixView";
    public static final String PROBLEMS_VIEW_ID = "org.curriculum.ui.problemsView";
    public static final String HISTORY_VIEW_ID = "org.curriculum.ui.historyView";
    public static final String COMPARE_VIEW_ID = "org.curriculum.ui.compareView";
    public static final String MERGE_CONFLICTS_VIEW_ID = "org.curriculum.ui.mergeConflictsView";
    public static final String EDITOR_ID = "org.curriculum.ui.editor";

    private CurriculumUi() {
    }
}

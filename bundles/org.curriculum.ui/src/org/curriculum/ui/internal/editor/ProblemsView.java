// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.List;

import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * The workbench's own problems list: what the headless {@link ModelValidation} finds in the active
 * editor's model (run on save and with the Validate button); double-click selects the element in the editor.
 * A view of our own because the IDE's Problems view needs workspace resources, which the workbench
 * does not use.
 */
public class ProblemsView extends ViewPart {

    private TableViewer viewer;
    private CurriculumEditor validated;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Description", 700, problem -> problem.message());
        column("Element", 400, problem -> problem.elementLabel() == null ? "" : problem.elementLabel());
        viewer.setInput(List.of());
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof ValidationProblem problem) {
                reveal(problem);
            }
        });
        Action validate = new Action("Validate") {
            @Override
            public void run() {
                if (getSite().getPage().getActiveEditor() instanceof CurriculumEditor editor) {
                    show(editor);
                }
            }
        };
        validate.setToolTipText("Validate the model in the active editor");
        getViewSite().getActionBars().getToolBarManager().add(validate);
        setContentDescription("Press Validate, or save, to check the active editor's model.");
    }

    private void column(String title, int width, java.util.function.Function<ValidationProblem, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((ValidationProblem) element);
            }

            @Override
            public Image getImage(Object element) {
                if (!title.equals("Description")) {
                    return null;
                }
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(switch (((ValidationProblem) element).severity()) {
                    case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                    case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                    case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
                });
            }
        });
    }

    /** Validates an editor's model and lists what is wrong. */
    public List<ValidationProblem> show(CurriculumEditor editor) {
        validated = editor;
        List<ValidationProblem> problems = validate(editor);
        viewer.setInput(problems);
        setContentDescription(problems.isEmpty() ? editor.getPartName() + ": no problems"
                : editor.getPartName() + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        return problems;
    }

    /** The problems the model validation finds in an editor's model. */
    public static List<ValidationProblem> validate(CurriculumEditor editor) {
        return editor.getResource() == null ? List.of() : ModelValidation.validate(editor.getResource());
    }

    /** The problems listed. */
    @SuppressWarnings("unchecked")
    public List<ValidationProblem> getProblems() {
        return (List<ValidationProblem>) viewer.getInput();
    }

    /** Does what a double-click on a problem does: selects its element in the validated editor. */
    public void reveal(ValidationProblem problem) {
        if (validated != null && problem.element() != null) {
            getSite().getPage().activate(validated);
            validated.getTreeViewer().setSelection(new StructuredSelection(problem.element()), true);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

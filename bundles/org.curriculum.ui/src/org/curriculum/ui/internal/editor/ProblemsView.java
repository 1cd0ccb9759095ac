// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.labels.ElementLabels;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
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
 * The workbench's own problems list: the diagnostics of EMF's Diagnostician for the active editor's
 * model (run on save and with the Validate button); double-click selects the element in the editor.
 * A view of our own because the IDE's Problems view needs workspace resources, which the workbench
 * does not use.
 */
public class ProblemsView extends ViewPart {

    /** One problem: how bad, what, and the element concerned. */
    public record Problem(int severity, String message, EObject element) {
    }

    private TableViewer viewer;
    private CurriculumEditor validated;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column("Description", 700, problem -> problem.message());
        column("Element", 400, problem -> problem.element() == null ? "" : ElementLabels.describe(problem.element()));
        viewer.setInput(List.of());
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof Problem problem && validated != null
                    && problem.element() != null) {
                getSite().getPage().activate(validated);
                validated.getTreeViewer().setSelection(new StructuredSelection(problem.element()), true);
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

    private void column(String title, int width, java.util.function.Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }

            @Override
            public Image getImage(Object element) {
                if (!title.equals("Description")) {
                    return null;
                }
                ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
                return images.getImage(((Problem) element).severity() >= Diagnostic.ERROR
                        ? ISharedImages.IMG_OBJS_ERROR_TSK
                        : ISharedImages.IMG_OBJS_WARN_TSK);
            }
        });
    }

    /** Validates an editor's model and lists what is wrong. */
    public List<Problem> show(CurriculumEditor editor) {
        validated = editor;
        List<Problem> problems = validate(editor);
        viewer.setInput(problems);
        setContentDescription(problems.isEmpty() ? editor.getPartName() + ": no problems"
                : editor.getPartName() + ": " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s"));
        return problems;
    }

    /** The problems EMF's Diagnostician finds in an editor's model. */
    public static List<Problem> validate(CurriculumEditor editor) {
        List<Problem> problems = new ArrayList<>();
        if (editor.getResource() == null) {
            return problems;
        }
        for (EObject root : editor.getResource().getContents()) {
            collect(Diagnostician.INSTANCE.validate(root), problems);
        }
        return problems;
    }

    private static void collect(Diagnostic diagnostic, List<Problem> problems) {
        if (diagnostic.getChildren().isEmpty()) {
            if (diagnostic.getSeverity() >= Diagnostic.WARNING) {
                EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject e)
                        ? null
                        : e;
                problems.add(new Problem(diagnostic.getSeverity(), diagnostic.getMessage(), element));
            }
            return;
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

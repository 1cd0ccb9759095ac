// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.labels.ElementLabels;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.examples.ExampleModels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Shows the bundled example models as trees, so that a new user sees a real curriculum at once.
 * The full editors come with the editor work; this view only reads.
 */
public class ExamplesView extends ViewPart {

    private TreeViewer viewer;
    private final List<String> problems = new ArrayList<>();

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object element) {
                return element instanceof EObject e ? e.eContents().toArray() : new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof EObject e ? e.eContainer() : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof EObject e && !e.eContents().isEmpty();
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof EObject e) {
                    return ElementLabels.describe(e);
                }
                return String.valueOf(element);
            }
        });
        viewer.setInput(loadExamples());
        viewer.expandToLevel(2);
        setContentDescription(problems.isEmpty() ? "The example models shipped with the workbench"
                : "Some examples could not be read: " + String.join("; ", problems));
    }

    /** The roots of the example models (the tree's top level). */
    public List<EObject> getRoots() {
        @SuppressWarnings("unchecked")
        List<EObject> roots = (List<EObject>) viewer.getInput();
        return roots;
    }

    TreeViewer getViewer() {
        return viewer;
    }

    private List<EObject> loadExamples() {
        List<EObject> roots = new ArrayList<>();
        try {
            Path folder = Files.createTempDirectory("curriculum-examples");
            List<Path> files = ExampleModels.copyTo(folder);
            ResourceSet resourceSet = ModelFiles.newResourceSet();
            for (Path file : files) {
                try {
                    Resource resource = ModelFiles.load(resourceSet, file);
                    roots.addAll(resource.getContents());
                } catch (ModelLoadException e) {
                    problems.add(e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
        return roots;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

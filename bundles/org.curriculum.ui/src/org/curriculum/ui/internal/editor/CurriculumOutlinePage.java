// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import org.curriculum.ui.internal.jface.AdapterFactoryContentProvider;
import org.curriculum.ui.internal.jface.AdapterFactoryLabelProvider;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline view's page for a curriculum editor: the same tree, from the same item providers, kept
 * in step with the editor's tree in both directions.
 */
public class CurriculumOutlinePage extends ContentOutlinePage {

    private final AdapterFactory adapterFactory;
    private final TreeViewer editorTree;
    private Resource input;
    // set while one tree follows the other, so that the two do not echo each other's selection forever
    private boolean following;

    CurriculumOutlinePage(AdapterFactory adapterFactory, TreeViewer editorTree, Resource input) {
        this.adapterFactory = adapterFactory;
        this.editorTree = editorTree;
        this.input = input;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        TreeViewer outline = getTreeViewer();
        outline.setUseHashlookup(true);
        outline.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
        outline.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
        outline.setInput(input);
        CurriculumEditor.expandSmallRoots(outline, input);
        follow(outline, editorTree.getSelection());
        editorTree.addSelectionChangedListener(event -> {
            if (!outline.getControl().isDisposed()) {
                follow(outline, event.getSelection());
            }
        });
        addSelectionChangedListener(event -> {
            if (!editorTree.getControl().isDisposed()) {
                follow(editorTree, event.getSelection());
            }
        });
    }

    private void follow(TreeViewer viewer, ISelection selection) {
        if (following || selection.equals(viewer.getSelection())) {
            return;
        }
        if (selection instanceof IStructuredSelection structured
                && !structured.stream().allMatch(element -> CurriculumEditor.revealable(viewer, element))) {
            // following into a collapsed crowd of links would create an item for each of them
            return;
        }
        following = true;
        try {
            viewer.setSelection(selection, true);
        } finally {
            following = false;
        }
    }

    /** The outline's tree (public, unlike the page's, for the tests that look at what it shows). */
    @Override
    public TreeViewer getTreeViewer() {
        return super.getTreeViewer();
    }

    /** Shows another resource (after the editor reverted to the file on disk). */
    void setInput(Resource resource) {
        input = resource;
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            getTreeViewer().setInput(resource);
            CurriculumEditor.expandSmallRoots(getTreeViewer(), resource);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.jface;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Control;

/**
 * A tree content provider that asks the item providers for children and parents, and refreshes the
 * viewer when they report a change (what emf.edit.ui's provider of the same name does).
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        IStructuredItemContentProvider provider = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return provider == null ? new Object[0] : provider.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? new Object[0] : provider.getChildren(element).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider provider = treeProvider(element);
        return provider != null && provider.hasChildren(element);
    }

    private ITreeItemContentProvider treeProvider(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer current = viewer;
        if (current == null) {
            return;
        }
        Control control = current.getControl();
        if (control == null || control.isDisposed()) {
            return;
        }
        // Item providers notify on whatever thread changed the model; viewers live on the UI thread.
        control.getDisplay().asyncExec(() -> refresh(current, notification));
    }

    private static void refresh(StructuredViewer viewer, Notification notification) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        if (notification instanceof IViewerNotification change) {
            Object element = change.getElement();
            if (change.isContentRefresh()) {
                viewer.refresh(element, change.isLabelUpdate());
            } else if (change.isLabelUpdate()) {
                viewer.update(element, null);
            }
        } else if (viewer instanceof TreeViewer) {
            viewer.refresh();
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}

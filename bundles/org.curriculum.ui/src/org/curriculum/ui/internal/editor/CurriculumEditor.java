// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.curriculum.core.compare.RecordedConflict;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.versions.MergeConflictsView;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.model.resource.CurriculumResourceFactorySpec;
import org.curriculum.ui.internal.jface.AdapterFactoryContentProvider;
import org.curriculum.ui.internal.jface.AdapterFactoryLabelProvider;
import org.curriculum.ui.internal.jface.ItemLabels;
import org.curriculum.ui.internal.jface.ItemPropertySource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;

/**
 * The editor for curriculum, standards and mapping files: the model as a tree on the left, the
 * selected element's properties as a form on the right. All changes go through one editing
 * domain's command stack, which drives undo/redo and the dirty marker.
 */
public class CurriculumEditor extends EditorPart implements IEditingDomainProvider {

    /** Above this many children a node is neither expanded nor revealed into unless the user expands it. */
    public static final int MOST_CHILDREN_EXPANDED_UNASKED = 1000;

    public static final String ID = "org.curriculum.ui.editor";

    private ComposedAdapterFactory adapterFactory;
    private AdapterFactoryEditingDomain domain;
    private Resource resource;
    private String loadProblem;
    private TreeViewer tree;
    private DetailsForm details;
    private AdapterFactoryLabelProvider labelProvider;
    private ItemLabels labels;
    private EditingActions actions;
    private CurriculumOutlinePage outline;
    private TreeDragAndDrop dragAndDrop;
    private final CommandStackListener commandStackListener = event -> runInUi(this::commandStackChanged);

    /** Opens a model file in the editor (or activates the editor already showing it). */
    public static CurriculumEditor open(IWorkbenchPage page, Path file) throws PartInitException {
        return (CurriculumEditor) page.openEditor(new ModelFileEditorInput(file), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput)) {
            throw new PartInitException("The curriculum editor opens files on disk; " + input.getName() + " is not one.");
        }
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        adapterFactory = new ComposedAdapterFactory();
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new LabelledItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        BasicCommandStack stack = new BasicCommandStack();
        domain = new AdapterFactoryEditingDomain(adapterFactory, stack);
        // The domain's own resource set lets item property descriptors find the domain; it is set up
        // exactly as ModelFiles sets up its resource sets.
        ResourceSet resourceSet = domain.getResourceSet();
        resourceSet.getPackageRegistry().put(CurriculumPackage.eNS_URI, CurriculumPackage.eINSTANCE);
        CurriculumResourceFactorySpec.register(resourceSet.getResourceFactoryRegistry());
        load();
        stack.addCommandStackListener(commandStackListener);
    }

    /**
     * Reads the file (and the files it refers to) in a background thread while the window stays painted:
     * a national-scale mapping takes seconds, and after a moment the workbench shows a progress dialog
     * naming the file instead of a frozen window.
     */
    private void load() {
        Path file = file();
        Resource[] loaded = new Resource[1];
        String[] problem = new String[1];
        IRunnableWithProgress reading = monitor -> {
            monitor.beginTask("Opening " + file.getFileName(), IProgressMonitor.UNKNOWN);
            try {
                loaded[0] = ModelFiles.load(domain.getResourceSet(), file);
            } catch (ModelLoadException e) {
                problem[0] = e.getMessage();
            } finally {
                monitor.done();
            }
        };
        try {
            if (Display.getCurrent() != null && PlatformUI.isWorkbenchRunning()) {
                PlatformUI.getWorkbench().getProgressService().busyCursorWhile(reading);
            } else {
                reading.run(new NullProgressMonitor());
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problem[0] = file + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem[0] = file + ": opening was interrupted";
        }
        resource = problem[0] == null ? loaded[0] : null;
        loadProblem = problem[0];
    }

    /** Why the file could not be opened (with its line and column where the file says), or null if it was. */
    public String getLoadProblem() {
        return loadProblem;
    }

    /** The file being edited. */
    public Path file() {
        return Path.of(((IPathEditorInput) getEditorInput()).getPath().toOSString());
    }

    @Override
    public void createPartControl(Composite parent) {
        labelProvider = new AdapterFactoryLabelProvider(adapterFactory);
        labels = new ItemLabels(labelProvider);
        if (resource == null) {
            parent.setLayout(new FillLayout());
            Label message = new Label(parent, SWT.WRAP);
            message.setText("This file cannot be opened.\n\n" + loadProblem);
            return;
        }
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        tree = new TreeViewer(sash, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setUseHashlookup(true);
        tree.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
        tree.setLabelProvider(labelProvider);
        tree.setInput(resource);
        expandSmallRoots(tree, resource);
        details = new DetailsForm(sash, domain, adapterFactory, labels);
        sash.setWeights(45, 55);
        getSite().setSelectionProvider(tree);
        actions = new EditingActions(domain, () -> tree.getStructuredSelection());
        tree.addSelectionChangedListener(event -> {
            IStructuredSelection selection = tree.getStructuredSelection();
            details.setElement(selection.size() == 1 && selection.getFirstElement() instanceof EObject element
                    ? element
                    : null);
            actions.update();
        });
        MenuManager contextMenu = new MenuManager("#PopUp");
        contextMenu.setRemoveAllWhenShown(true);
        contextMenu.addMenuListener(actions::fillContextMenu);
        tree.getControl().setMenu(contextMenu.createContextMenu(tree.getControl()));
        getSite().registerContextMenu(contextMenu, tree);
        dragAndDrop = TreeDragAndDrop.install(tree, domain);
        if (!resource.getContents().isEmpty()) {
            tree.setSelection(new StructuredSelection(resource.getContents().get(0)), true);
            if (!RecordedConflict.of(resource.getContents().get(0)).isEmpty()) {
                // a file merged with conflicts opens with its conflicts list beside it
                parent.getDisplay().asyncExec(this::showMergeConflicts);
            }
        }
    }

    private void showMergeConflicts() {
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        try {
            if (getSite().getPage().showView(CurriculumUi.MERGE_CONFLICTS_VIEW_ID, null,
                    IWorkbenchPage.VIEW_VISIBLE) instanceof MergeConflictsView view) {
                view.show(this);
            }
        } catch (PartInitException e) {
            // the file is open and valid; the Problems view still warns about each conflict
        }
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        if (tree == null || tree.getControl().isDisposed()) {
            return;
        }
        details.refresh();
        Command last = domain.getCommandStack().getMostRecentCommand();
        if (last != null) {
            Collection<?> affected = last.getAffectedObjects();
            List<Object> shown = new ArrayList<>();
            for (Object object : affected) {
                if (object instanceof EObject element && element.eResource() != null && revealable(tree, element)) {
                    shown.add(element);
                }
            }
            if (!shown.isEmpty()) {
                tree.setSelection(new StructuredSelection(shown), true);
            }
        }
        actions.update();
    }

    /**
     * Expands each root whose children are few enough to show at once: a national mapping set holds
     * hundreds of thousands of links, and a GTK tree takes minutes to create an item for each.
     */
    static void expandSmallRoots(TreeViewer viewer, Resource shown) {
        if (shown == null) {
            return;
        }
        for (EObject root : shown.getContents()) {
            if (root.eContents().size() <= MOST_CHILDREN_EXPANDED_UNASKED) {
                viewer.expandToLevel(root, 1);
            }
        }
    }

    /**
     * Whether a tree can select an element without creating items for a crowd of siblings the user
     * has not asked to see: true unless one of its containers holds more children than
     * {@link #MOST_CHILDREN_EXPANDED_UNASKED} and is collapsed in that tree.
     */
    public static boolean revealable(TreeViewer viewer, Object element) {
        if (!(element instanceof EObject object)) {
            return true;
        }
        for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
            if (container.eContents().size() > MOST_CHILDREN_EXPANDED_UNASKED && !viewer.getExpandedState(container)) {
                return false;
            }
        }
        return true;
    }

    private void runInUi(Runnable runnable) {
        Display display = getSite().getShell().getDisplay();
        if (Display.getCurrent() == display) {
            runnable.run();
        } else {
            display.asyncExec(runnable);
        }
    }

    @Override
    public boolean isDirty() {
        return ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (resource == null) {
            return;
        }
        try {
            ModelFiles.save(resource);
            ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
            firePropertyChange(PROP_DIRTY);
            // Validation on save: the problems view lists what is wrong, the file is saved regardless.
            if (getSite().getPage().findView(org.curriculum.ui.CurriculumUi.PROBLEMS_VIEW_ID) instanceof ProblemsView problems) {
                problems.show(this);
            }
        } catch (ModelSaveException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), "Save failed", e.getMessage());
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return resource != null;
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setOverwrite(true);
        String name = file().getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        dialog.setFilterPath(file().getParent().toString());
        dialog.setFileName(name);
        dialog.setFilterExtensions(new String[] { "*." + extension });
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith("." + extension) ? chosen : chosen + "." + extension));
        }
    }

    /** Saves the model to another file and goes on editing that file. */
    public void saveAs(Path target) {
        resource.setURI(ModelFiles.uri(target));
        setInputWithNotify(new ModelFileEditorInput(target));
        setPartName(target.getFileName().toString());
        doSave(null);
    }

    /** Throws away unsaved changes and reads the file again. */
    public void revert() {
        for (Resource loaded : List.copyOf(domain.getResourceSet().getResources())) {
            loaded.unload();
        }
        domain.getResourceSet().getResources().clear();
        domain.getCommandStack().flush();
        load();
        if (tree != null) {
            tree.setInput(resource);
            expandSmallRoots(tree, resource);
            details.setElement(null);
        }
        if (outline != null && resource != null) {
            outline.setInput(resource);
        }
        firePropertyChange(PROP_DIRTY);
    }

    @Override
    public void setFocus() {
        if (tree != null) {
            tree.getControl().setFocus();
        }
    }

    @Override
    public EditingDomain getEditingDomain() {
        return domain;
    }

    /** The model file's resource (null if it could not be read). */
    public Resource getResource() {
        return resource;
    }

    /** The model tree. */
    public TreeViewer getTreeViewer() {
        return tree;
    }

    /** The form beside the tree. */
    public DetailsForm getDetailsForm() {
        return details;
    }

    /** The edit actions (undo, redo, cut, copy, paste, delete, new child/sibling). */
    public EditingActions getActions() {
        return actions;
    }

    /** Drag and drop within the tree. */
    public TreeDragAndDrop getDragAndDrop() {
        return dragAndDrop;
    }

    /** Labels of model elements as the tree shows them. */
    public ItemLabels getLabels() {
        return labels;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            PropertySheetPage page = new PropertySheetPage();
            page.setPropertySourceProvider(ItemPropertySource.provider(adapterFactory, labels));
            return adapter.cast(page);
        }
        if (adapter == IContentOutlinePage.class && resource != null && tree != null) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new CurriculumOutlinePage(adapterFactory, tree, resource);
            }
            return adapter.cast(outline);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(domain);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        domain.getCommandStack().removeCommandStackListener(commandStackListener);
        if (labelProvider != null) {
            labelProvider.dispose();
        }
        adapterFactory.dispose();
        super.dispose();
    }
}

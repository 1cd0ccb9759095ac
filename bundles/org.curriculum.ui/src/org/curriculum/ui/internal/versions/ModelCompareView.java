// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.versions;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.GitRevisions.History;
import org.curriculum.core.compare.GitRevisions.Version;
import org.curriculum.core.compare.IncomparableModelsException;
import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelComparison;
import org.curriculum.core.compare.ModelDifference;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Two versions of a model file compared by {@link ModelComparison}: the changes in a tree grouped by element path
 * ({@link ChangeTree}, each change marked + added, - removed, ~ changed, -> moved and coloured), and for the selected
 * change its old and new value side by side with the differing text emphasised. The versions are read from Git
 * and compared in a background job.
 */
public class ModelCompareView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.curriculum.ui.compareView";

    private static final String WORKING_FILE = "the working file";

    private Label heading;
    private TreeViewer tree;
    private Label beforeTitle;
    private Label afterTitle;
    private StyledText before;
    private StyledText after;
    private ModelDifference difference;
    private Job comparing;
    private Color removedBackground;
    private Color addedBackground;

    @Override
    public void createPartControl(Composite parent) {
        Display display = parent.getDisplay();
        removedBackground = new Color(display, 255, 205, 210);
        addedBackground = new Color(display, 200, 230, 201);
        parent.setLayout(new GridLayout(1, false));
        heading = new Label(parent, SWT.WRAP);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        heading.setText("Select versions in the History view and press Compare.");
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        tree = new TreeViewer(sash, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((List<?>) input).toArray();
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return ((ChangeTree.Node) parentElement).children().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((ChangeTree.Node) element).children().isEmpty();
            }
        });
        tree.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ChangeTree.Node) element).label();
            }

            @Override
            public Color getForeground(Object element) {
                ModelChange change = ((ChangeTree.Node) element).change();
                if (change == null) {
                    return null;
                }
                return display.getSystemColor(switch (change.kind()) {
                case ADDED -> SWT.COLOR_DARK_GREEN;
                case REMOVED -> SWT.COLOR_DARK_RED;
                case CHANGED -> SWT.COLOR_DARK_BLUE;
                case MOVED -> SWT.COLOR_DARK_MAGENTA;
                });
            }
        });
        tree.setInput(List.of());
        tree.addSelectionChangedListener(event -> showDetails(
                tree.getStructuredSelection().getFirstElement() instanceof ChangeTree.Node node ? node.change() : null));

        Composite details = new Composite(sash, SWT.NONE);
        details.setLayout(new GridLayout(2, true));
        beforeTitle = new Label(details, SWT.NONE);
        beforeTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        afterTitle = new Label(details, SWT.NONE);
        afterTitle.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        before = detailText(details);
        after = detailText(details);
        sash.setWeights(3, 2);
    }

    private static StyledText detailText(Composite parent) {
        StyledText text = new StyledText(parent, SWT.BORDER | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        return text;
    }

    /**
     * Compares {@code older} with {@code newer} of the history's file, or with the working file {@code file} when
     * newer is null; read and compared in a job, shown when done.
     */
    public void compare(History history, Version older, Version newer, Path file) {
        String oldName = name(older);
        String newName = newer == null ? WORKING_FILE : name(newer);
        setPartName("Compare " + file.getFileName());
        heading.setText("Comparing " + history.path() + ": " + oldName + " with " + newName + "...");
        beforeTitle.setText("Before: " + oldName);
        afterTitle.setText("After: " + newName);
        difference = null;
        tree.setInput(List.of());
        showDetails(null);
        if (comparing != null) {
            comparing.cancel();
        }
        comparing = Job.create("Comparing " + file.getFileName(), (IProgressMonitor monitor) -> {
            ModelDifference found = null;
            String problem = null;
            try {
                EObject oldRoot = history.load(ModelFiles.newResourceSet(), older);
                EObject newRoot = newer == null ? ModelFiles.loadRoot(file)
                        : history.load(ModelFiles.newResourceSet(), newer);
                found = ModelComparison.compare(oldRoot, newRoot);
            } catch (ModelLoadException | IncomparableModelsException e) {
                problem = e.getMessage();
            }
            ModelDifference result = found;
            String message = problem;
            if (!heading.isDisposed()) {
                heading.getDisplay().asyncExec(() -> shown(history.path(), oldName, newName, result, message));
            }
            return Status.OK_STATUS;
        });
        comparing.schedule();
    }

    private static String name(Version version) {
        return version.shortId() + " \"" + version.message() + "\" (" + version.author() + ")";
    }

    private void shown(String path, String oldName, String newName, ModelDifference found, String problem) {
        if (heading.isDisposed()) {
            return;
        }
        difference = found;
        if (found == null) {
            heading.setText("Cannot compare " + path + ": " + problem);
            heading.getParent().layout();
            return;
        }
        StringBuilder text = new StringBuilder(path + ": " + oldName + " \u2192 " + newName + ": ");
        text.append(found.isEmpty() ? "no changes" : found.changes().size() + " change"
                + (found.changes().size() == 1 ? "" : "s") + " (" + found.count(ModelChange.Kind.ADDED) + " added, "
                + found.count(ModelChange.Kind.REMOVED) + " removed, " + found.count(ModelChange.Kind.CHANGED)
                + " changed, " + found.count(ModelChange.Kind.MOVED) + " moved)");
        for (String warning : found.warnings()) {
            text.append("\nWarning: ").append(warning);
        }
        heading.setText(text.toString());
        heading.getParent().layout();
        tree.setInput(ChangeTree.of(found));
        tree.expandAll();
    }

    /** Shows a change's old and new value side by side, the differing part emphasised; clears for null. */
    public void showDetails(ModelChange change) {
        String older = change == null ? "" : change.oldValue() == null ? "(none)" : change.oldValue();
        String newer = change == null ? "" : change.newValue() == null ? "(none)" : change.newValue();
        before.setText(older);
        after.setText(newer);
        if (change == null) {
            return;
        }
        DifferenceText differ = DifferenceText.of(older, newer);
        emphasise(before, differ.start(), differ.oldEnd(), removedBackground);
        emphasise(after, differ.start(), differ.newEnd(), addedBackground);
    }

    private static void emphasise(StyledText text, int start, int end, Color background) {
        if (end > start) {
            StyleRange range = new StyleRange(start, end - start, null, background, SWT.BOLD);
            text.setStyleRange(range);
        }
    }

    /** Waits until the running comparison is shown (for tests and scripted use). */
    public boolean waitUntilShown(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        if (comparing != null) {
            comparing.join(timeoutMillis, null);
        }
        Display display = heading.getDisplay();
        while (System.currentTimeMillis() < end && heading.getText().endsWith("...")) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        return !heading.getText().endsWith("...");
    }

    /** The comparison shown, or null while comparing or when the versions could not be compared. */
    public ModelDifference getDifference() {
        return difference;
    }

    /** The line above the tree: what is compared, the counts, warnings or why it could not be compared. */
    public String getHeading() {
        return heading.getText();
    }

    /** The tree viewer, whose items a user reads and selects. */
    public TreeViewer getTree() {
        return tree;
    }

    /** The old and new value shown for the selected change. */
    public StyledText[] getDetails() {
        return new StyledText[] { before, after };
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (comparing != null) {
            comparing.cancel();
        }
        removedBackground.dispose();
        addedBackground.dispose();
        super.dispose();
    }
}

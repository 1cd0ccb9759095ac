// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.versions;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.curriculum.core.compare.GitRevisions;
import org.curriculum.ui.internal.jface.TextColumns;
import org.curriculum.core.compare.GitRevisions.History;
import org.curriculum.core.compare.GitRevisions.Version;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The versions in Git of the active editor's file: the commits that touched it (short id, author, date, message),
 * read in a background job so that a long history never freezes the window. Selecting one version and pressing
 * Compare (or double-clicking it) compares it with the working file; selecting two compares them with each other,
 * in the {@link ModelCompareView}.
 */
public class HistoryView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.curriculum.ui.historyView";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private TableViewer viewer;
    private Path file;
    private History history;
    private Job reading;

    private final IPartListener2 editorTracker = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference reference) {
            IWorkbenchPart part = reference.getPart(false);
            if (part instanceof CurriculumEditor editor && !editor.file().equals(file)) {
                showFile(editor.file());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        TextColumns.add(viewer, "Version", 90, Version.class, Version::shortId);
        TextColumns.add(viewer, "Author", 140, Version.class, Version::author);
        TextColumns.add(viewer, "Date", 130, Version.class, version -> DATE.format(version.date()));
        TextColumns.add(viewer, "Message", 520, Version.class, Version::message);
        viewer.setInput(List.of());
        viewer.addDoubleClickListener(event -> compareSelected());
        Action compare = new Action("Compare") {
            @Override
            public void run() {
                compareSelected();
            }
        };
        compare.setToolTipText("Compare the selected version with the working file, or two selected versions with "
                + "each other (Enter or a double-click does the same)");
        Action refresh = new Action("Refresh") {
            @Override
            public void run() {
                if (file != null) {
                    showFile(file);
                }
            }
        };
        getViewSite().getActionBars().getToolBarManager().add(compare);
        getViewSite().getActionBars().getToolBarManager().add(refresh);
        getSite().setSelectionProvider(viewer);
        getSite().getPage().addPartListener(editorTracker);
        if (getSite().getPage().getActiveEditor() instanceof CurriculumEditor editor) {
            showFile(editor.file());
        } else {
            setContentDescription("Open a model file to see its versions in Git.");
        }
    }


    /** Lists the versions of a file; the Git log is read in a job and shown when it is done. */
    public void showFile(Path shown) {
        file = shown;
        history = null;
        viewer.setInput(List.of());
        setContentDescription("Reading the history of " + shown.getFileName() + "...");
        if (reading != null) {
            reading.cancel();
        }
        Job job = Job.create("Reading the Git history of " + shown.getFileName(), (IProgressMonitor monitor) -> {
            History read = null;
            String problem = null;
            try {
                read = GitRevisions.history(shown);
            } catch (ModelLoadException e) {
                problem = e.getMessage();
            }
            History result = read;
            String message = problem;
            if (!viewer.getControl().isDisposed()) {
                viewer.getControl().getDisplay().asyncExec(() -> shown(shown, result, message));
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        reading = job;
        job.schedule();
    }

    private void shown(Path shown, History read, String problem) {
        if (viewer.getControl().isDisposed() || !shown.equals(file)) {
            return; // another file was chosen meanwhile
        }
        history = read;
        if (read == null) {
            setContentDescription(problem);
            viewer.setInput(List.of());
            return;
        }
        viewer.setInput(read.versions());
        setContentDescription(read.versions().isEmpty()
                ? read.path() + ": no commits have touched this file yet; commit it to start its history"
                : read.path() + ": " + read.versions().size() + " version" + (read.versions().size() == 1 ? "" : "s")
                        + " in " + read.workTree());
    }

    /** Waits until the history being read is shown (for tests and scripted use): the job, then the UI update. */
    public boolean waitUntilShown(long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        if (reading != null) {
            reading.join(timeoutMillis, null);
        }
        var display = viewer.getControl().getDisplay();
        while (System.currentTimeMillis() < end && getContentDescription().startsWith("Reading the history")) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        return !getContentDescription().startsWith("Reading the history");
    }

    /** The versions listed, newest first; empty while reading, or when the file has none. */
    public List<Version> getVersions() {
        return history == null ? List.of() : history.versions();
    }

    /** The history shown, or null when the file is in no repository (the description says why). */
    public History getHistory() {
        return history;
    }

    /** Selects versions by their position in the list (0 is the newest). */
    public void select(int... rows) {
        viewer.getTable().setSelection(rows);
        viewer.setSelection(viewer.getSelection());
    }

    /** Compares what is selected: one version with the working file, or two versions, older to newer. */
    public ModelCompareView compareSelected() {
        List<?> selected = viewer.getStructuredSelection().toList();
        if (history == null || selected.isEmpty() || selected.size() > 2) {
            MessageDialog.openInformation(getSite().getShell(), "Compare",
                    "Select one version to compare with the working file, or two versions to compare with each other.");
            return null;
        }
        List<Version> versions = history.versions();
        Version first = (Version) selected.get(0);
        Version second = selected.size() == 2 ? (Version) selected.get(1) : null;
        try {
            IWorkbenchPage page = getSite().getPage();
            ModelCompareView view = (ModelCompareView) page.showView(ModelCompareView.ID);
            if (second == null) {
                view.compare(history, first, null, file);
            } else {
                // the list is newest first: the lower one is the older version
                boolean firstIsOlder = versions.indexOf(first) > versions.indexOf(second);
                view.compare(history, firstIsOlder ? first : second, firstIsOlder ? second : first, file);
            }
            return view;
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Compare", "The compare view could not be opened: "
                    + e.getMessage());
            return null;
        }
    }

    /** The table a user reads. */
    public org.eclipse.swt.widgets.Table getTable() {
        return viewer.getTable();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePartListener(editorTracker);
        if (reading != null) {
            reading.cancel();
        }
        super.dispose();
    }
}

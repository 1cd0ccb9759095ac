// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.curriculum.core.compare.ChangedCells;
import org.curriculum.core.compare.ChangedCells.CellChange;
import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.compare.GitRevisions.History;
import org.curriculum.core.compare.GitRevisions.Version;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.MappingSet;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;

/**
 * "Changed since...": asks which version of the mapping file (from its Git history) to compare with, then finds
 * the cells that differ from it; the Git log and the old version are read with a busy cursor and a progress
 * dialog after a moment, so a long history never freezes the window.
 */
final class ChangedSinceAction {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /** The cells found and the version they were compared with. */
    record Found(List<CellChange> changes, String since) {
    }

    private ChangedSinceAction() {
    }

    /** How a version is named in the chooser and in the matrix's title. */
    static String name(Version version) {
        return version.shortId() + " \"" + version.message() + "\" (" + version.author() + ", "
                + DATE.format(version.date()) + ")";
    }

    /** Asks for a version of {@code file} and compares {@code mapping} with it; null when cancelled or impossible. */
    static Found choose(Shell shell, Path file, MappingSet mapping) {
        History[] history = new History[1];
        String problem = run(monitor -> {
            monitor.beginTask("Reading the Git history of " + file.getFileName(), IProgressMonitor.UNKNOWN);
            history[0] = GitRevisions.history(file);
        });
        if (problem != null) {
            MessageDialog.openError(shell, "Changed since", problem);
            return null;
        }
        if (history[0].versions().isEmpty()) {
            MessageDialog.openInformation(shell, "Changed since", file.getFileName()
                    + ": no commits have touched this file yet; commit it first, then compare with a version.");
            return null;
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                return name((Version) element);
            }
        });
        dialog.setTitle("Changed since");
        dialog.setMessage("Outline the cells that differ from this version of " + history[0].path() + ":");
        dialog.setElements(history[0].versions().toArray());
        dialog.setMultipleSelection(false);
        if (dialog.open() != Window.OK || dialog.getFirstResult() == null) {
            return null;
        }
        return compare(shell, history[0], (Version) dialog.getFirstResult(), mapping);
    }

    /** Compares the mapping shown with a version of its file; null (after an error dialog) when that fails. */
    static Found compare(Shell shell, History history, Version version, MappingSet mapping) {
        MappingSet[] older = new MappingSet[1];
        String problem = run(monitor -> {
            monitor.beginTask("Reading " + history.path() + " as of " + version.shortId(), IProgressMonitor.UNKNOWN);
            EObject root = history.load(ModelFiles.newResourceSet(), version);
            if (!(root instanceof MappingSet olderMapping)) {
                throw new ModelLoadException(Path.of(history.argument(version)), 0, 0,
                        "this version does not hold a mapping set", null);
            }
            older[0] = olderMapping;
        });
        if (problem != null) {
            if (shell != null) {
                MessageDialog.openError(shell, "Changed since", problem);
            }
            return null;
        }
        // compared here, on the UI thread, because the editor's model may only be read where it is edited
        List<CellChange> found = ChangedCells.between(older[0], mapping);
        return new Found(found, name(version));
    }

    /** Work that may fail with a message for the user. */
    private interface Reading {
        void run(IProgressMonitor monitor) throws ModelLoadException;
    }

    /** Runs the reading with the workbench's busy cursor and progress; returns the message of a failure, or null. */
    private static String run(Reading reading) {
        String[] problem = new String[1];
        IRunnableWithProgress runnable = monitor -> {
            try {
                reading.run(monitor);
            } catch (ModelLoadException e) {
                problem[0] = e.getMessage();
            } finally {
                monitor.done();
            }
        };
        try {
            PlatformUI.getWorkbench().getProgressService().busyCursorWhile(runnable);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            problem[0] = cause.getMessage() != null ? cause.getMessage() : cause.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem[0] = "interrupted";
        }
        return problem[0];
    }
}

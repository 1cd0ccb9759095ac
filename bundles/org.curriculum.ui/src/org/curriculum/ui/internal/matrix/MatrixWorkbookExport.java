// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.ExportKind;
import org.curriculum.model.MappingSet;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;

/**
 * Writes the matrix's coverage grid to an Excel workbook with the headless export the command line
 * uses, behind the workbench's modal progress dialog: the export reads the model from a background
 * thread, so no edit may change it half-way (a national-scale grid takes seconds). A failure is shown
 * in a dialog naming the file; the workbook is written beside the target and moved into place.
 */
final class MatrixWorkbookExport {

    private MatrixWorkbookExport() {
    }

    /** Exports the grid in the orientation the user sees, through the one export entry; errors go to a dialog over owner. */
    static void export(Control owner, MappingSet mapping, GridOrientation orientation, Path file) {
        IRunnableWithProgress writing = monitor -> {
            monitor.beginTask("Exporting the coverage grid to " + file.getFileName(), IProgressMonitor.UNKNOWN);
            try {
                AtomicFile.writeIntoExistingFolder(file, out -> ExportKind.GRID.write(mapping, orientation, out));
            } catch (IOException | RuntimeException e) {
                throw new InvocationTargetException(e);
            } finally {
                monitor.done();
            }
        };
        try {
            PlatformUI.getWorkbench().getProgressService().run(true, false, writing);
        } catch (InvocationTargetException e) {
            Exception cause = e.getCause() instanceof Exception problem ? problem : e;
            String message = "The coverage grid could not be written to " + file + ":\n" + reason(cause, file)
                    + "\n\nCheck that the folder exists and is writable, and that the file is not open in Excel.";
            // Opened once this call has returned, so that whoever asked for the export is not held by the dialog.
            owner.getDisplay().asyncExec(() -> {
                if (!owner.isDisposed()) {
                    MessageDialog.openError(owner.getShell(), "Export to Excel failed", message);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failure in words: file system exceptions carry only a path as their message. */
    private static String reason(Exception e, Path file) {
        if (e instanceof NoSuchFileException) {
            return "the folder " + file.toAbsolutePath().getParent() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "you may not write to " + file.toAbsolutePath().getParent();
        }
        if (e instanceof FileSystemException problem && problem.getReason() != null) {
            return problem.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : "an unexpected " + e.getClass().getSimpleName();
    }
}

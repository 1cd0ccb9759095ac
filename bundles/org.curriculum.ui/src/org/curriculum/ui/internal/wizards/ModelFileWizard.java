// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.ModelFileEditorInput;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PartInitException;

/**
 * A one-page wizard that writes one file: the answers are read on the UI thread, the work runs in
 * the wizard's container with progress and cancel, a failure is shown on the page (naming the file,
 * sheet, row, as the service reports it) and leaves nothing written, and a model file written is
 * opened in the curriculum editor.
 */
public abstract class ModelFileWizard extends Wizard implements IWorkbenchWizard {

    /** The work of the wizard, run outside the UI thread. */
    @FunctionalInterface
    protected interface Work {
        /** Writes the file; must write nothing if it fails or is cancelled. */
        void run(Path file, IProgressMonitor monitor) throws Exception;
    }

    /** The title of the question asked at Finish when the file to write exists. */
    public static final String REPLACE_TITLE = "Replace File";

    private IWorkbench workbench;

    protected ModelFileWizard(String title) {
        setWindowTitle(title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    @Override
    public void addPages() {
        addPage(page());
    }

    /** The page with the answers and the file to write. */
    protected abstract ModelWizardPage page();

    /** Reads the page's answers (on the UI thread) into the work that writes the file. */
    protected abstract Work prepare();

    /** Whether the written file is a model to open in the editor. */
    protected boolean opensResult() {
        return true;
    }

    @Override
    public boolean performFinish() {
        ModelWizardPage page = page();
        Path file = page.targetFile();
        IWorkbenchPage workbenchPage = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        // An editor on a file being replaced must not keep (and later save) the old content.
        IEditorPart open = workbenchPage == null || !opensResult() ? null
                : workbenchPage.findEditor(new ModelFileEditorInput(file));
        if (open != null && open.isDirty()) {
            page.setErrorMessage(file.getFileName() + " is open with unsaved changes; save or close it first.");
            return false;
        }
        // an earlier file is replaced only when the user says so, at Finish (the command line's --force)
        if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), REPLACE_TITLE,
                file.getFileName() + " already exists in " + file.getParent() + ". Replace it?")) {
            return false;
        }
        Work work = prepare();
        try {
            getContainer().run(true, true, monitor -> {
                try {
                    work.run(file, monitor);
                } catch (InterruptedException | OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (Exception e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // The services' exceptions speak to the user; anything else is a fault, reported as such.
            page.setErrorMessage(cause instanceof Exception && cause.getMessage() != null ? cause.getMessage()
                    : "The work failed unexpectedly (" + cause + "); nothing was written. The error log has the details.");
            if (!(cause instanceof Exception)) {
                ILog.of(getClass()).error("The wizard failed", cause);
            }
            return false;
        } catch (InterruptedException e) {
            page.setErrorMessage("Cancelled; nothing was written.");
            return false;
        }
        if (workbenchPage != null && opensResult()) {
            if (open != null) {
                workbenchPage.closeEditor(open, false);
            }
            try {
                CurriculumEditor.open(workbenchPage, file);
            } catch (PartInitException e) {
                ILog.of(getClass()).error(file + " was written but could not be opened", e);
            }
        }
        written(file);
        return true;
    }

    /** Called on the UI thread once the file is written, before the wizard closes; e.g. to show warnings. */
    protected void written(Path file) {
    }

    /** Stops the work if the user pressed Cancel, before anything is written. */
    protected static void checkCancelled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.editor.ModelFileEditorInput;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * A New wizard that builds a model from one page of answers, writes it atomically with
 * {@link ModelFiles#saveAs} and opens it in the curriculum editor.
 */
public abstract class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        this.workbench = workbench;
    }

    /** The page with the answers and the file to write. */
    protected abstract ModelWizardPage page();

    /** The new model, built from the page's answers. */
    protected abstract EObject createModel() throws ModelLoadException;

    @Override
    public boolean performFinish() {
        ModelWizardPage page = page();
        Path file = page.targetFile();
        IWorkbenchPage workbenchPage = workbench == null || workbench.getActiveWorkbenchWindow() == null ? null
                : workbench.getActiveWorkbenchWindow().getActivePage();
        // A file being replaced must not stay open in an editor that still shows (and could save) the old content.
        IEditorPart open = workbenchPage == null ? null : workbenchPage.findEditor(new ModelFileEditorInput(file));
        if (open != null && open.isDirty()) {
            page.setErrorMessage(file.getFileName() + " is open with unsaved changes; save or close it first.");
            return false;
        }
        try {
            EObject model = createModel();
            Files.createDirectories(file.getParent());
            if (open != null) {
                workbenchPage.closeEditor(open, false);
            }
            ModelFiles.saveAs(model, file);
        } catch (ModelLoadException | ModelSaveException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        } catch (IOException e) {
            page.setErrorMessage("The folder " + file.getParent() + " could not be created: " + e.getMessage());
            return false;
        }
        if (workbenchPage != null) {
            try {
                CurriculumEditor.open(workbenchPage, file);
            } catch (PartInitException e) {
                ILog.of(getClass()).error(file + " was written but could not be opened", e);
            }
        }
        return true;
    }
}

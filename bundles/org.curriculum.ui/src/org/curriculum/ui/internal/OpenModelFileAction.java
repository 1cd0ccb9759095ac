// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

/** File > Open File... (Ctrl+O): opens curriculum, standards and mapping files from anywhere on disk. */
public final class OpenModelFileAction extends Action {

    /** The action's id, also used as its command id in the menu. */
    public static final String ID = "org.curriculum.ui.openFile";

    private final IWorkbenchWindow window;

    public OpenModelFileAction(IWorkbenchWindow window) {
        super("&Open File...");
        this.window = window;
        setId(ID);
        setAccelerator(SWT.MOD1 | 'O');
        setToolTipText("Open a .curriculum, .standards or .mapping file");
    }

    @Override
    public void run() {
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Open curriculum, standards or mapping files");
        dialog.setFilterExtensions(new String[] { "*.curriculum;*.standards;*.mapping", "*.*" });
        dialog.setFilterNames(new String[] { "Curriculum Workbench files", "All files" });
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        files.forEach(this::open);
    }

    /**
     * Opens one file in the curriculum editor; a file that cannot be read opens as an editor that says
     * why (and can never be saved over the file), an editor that cannot be created is reported in a dialog.
     *
     * @return the editor, or null when none could be opened
     */
    public CurriculumEditor open(Path file) {
        try {
            return CurriculumEditor.open(window.getActivePage(), file.toAbsolutePath().normalize());
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Cannot open " + file.getFileName(),
                    file + " could not be opened: " + e.getMessage());
            return null;
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.examples.ExampleModels;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * Lists the example files (the seed documents as models) with what each shows; double-click opens
 * one in the curriculum editor.
 */
public class ExamplesView extends ViewPart {

    /** One example file on disk and its description. */
    public record ExampleFile(Path file, String description) {
    }

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ExampleFile) element).file().getFileName().toString();
            }

            @Override
            public String getToolTipText(Object element) {
                return ((ExampleFile) element).description();
            }
        });
        org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
        List<ExampleFile> files = new ArrayList<>();
        try {
            Path folder = ExampleWorkspace.folder();
            for (ExampleModels.Example example : ExampleModels.ALL) {
                files.add(new ExampleFile(folder.resolve(example.fileName()), example.description()));
            }
            setContentDescription("Double-click to open. Files in " + folder);
        } catch (IOException e) {
            setContentDescription("The examples could not be copied out: " + e.getMessage());
        }
        viewer.setInput(files);
        viewer.addDoubleClickListener(event -> {
            if (viewer.getStructuredSelection().getFirstElement() instanceof ExampleFile example) {
                try {
                    CurriculumEditor.open(getSite().getPage(), example.file());
                } catch (PartInitException e) {
                    MessageDialog.openError(getSite().getShell(), "Cannot open example", e.getMessage());
                }
            }
        });
    }

    /** The example files listed. */
    @SuppressWarnings("unchecked")
    public List<ExampleFile> getFiles() {
        return (List<ExampleFile>) viewer.getInput();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}

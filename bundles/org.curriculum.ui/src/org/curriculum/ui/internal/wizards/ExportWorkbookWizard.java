// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.ExportKind;
import org.curriculum.excel.specification.SpecificationDocumentWriter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;

/**
 * File > Export > Export: a mapping set as a coverage grid, a list of links or a coverage report, a
 * curriculum as a workbook or as its Word specification document, and any model file as a CASE package,
 * one radio button per {@link ExportKind}, written by the same headless writers as the command line.
 */
public class ExportWorkbookWizard extends ModelFileWizard implements IExportWizard {

    /** The wizard's id in the export wizards registry. */
    public static final String ID = "org.curriculum.ui.exportWorkbook";

    /** The title of the dialog listing what the writer marked "[not given]" or had to change. */
    public static final String WARNINGS_TITLE = "Exported with Warnings";

    private final Page page = new Page();
    /** What the last export's writer reported, filled by the work (outside the UI thread) and shown at the end. */
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    public ExportWorkbookWizard() {
        super("Export");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected boolean opensResult() {
        return false;
    }

    @Override
    protected Work prepare() {
        Path source = Path.of(page.source.getText().trim());
        ExportKind kind = page.kind();
        warnings.clear();
        return (file, monitor) -> {
            monitor.beginTask("Exporting " + source.getFileName(), 3);
            EObject root = ModelFiles.loadRoot(source);
            EcoreUtil.resolveAll(root);
            monitor.worked(1);
            checkCancelled(monitor);
            monitor.subTask("Writing " + file.getFileName());
            // Written beside the target and moved over it at the end, so a failure leaves no half-written workbook.
            AtomicFile.write(file, out -> {
                warnings.clear(); // a retried write reports afresh
                write(kind, root, source, warnings::add, out);
                checkCancelled(monitor);
            });
            monitor.done();
        };
    }

    private static void write(ExportKind kind, EObject root, Path source, Consumer<String> warnings, OutputStream out)
            throws IOException {
        if (!kind.accepts(root)) {
            throw new IOException(source + " holds no " + kind.sourceModel() + ".");
        }
        // the wizard writes the grid as councils publish it; the matrix view offers the other orientation
        kind.write(root, GridOrientation.STANDARDS_IN_ROWS, List.of(), warnings, out);
    }

    /** The writer's warnings (a specification's "[not given]" fields), listed before the wizard closes. */
    @Override
    protected void written(Path file) {
        if (!warnings.isEmpty()) {
            new WarningsDialog(getShell(), WARNINGS_TITLE, file.getFileName() + " was written with " + warnings.size()
                    + " warning(s): what the model lacks shows in it as \"" + SpecificationDocumentWriter.NOT_GIVEN
                    + "\" or was changed to fit. Fill these in in the editor and export again.", List.copyOf(warnings))
                    .open();
        }
    }

    private static final class Page extends ModelWizardPage {
        private Text source;
        private final Button[] kinds = new Button[ExportKind.values().length];

        Page() {
            super("exportWorkbook", "Export", "Write a mapping set, a curriculum or a standards framework as a workbook, a Word document or a CASE package.",
                    ".xlsx", "export.xlsx");
        }

        ExportKind kind() {
            for (ExportKind kind : ExportKind.values()) {
                if (kinds[kind.ordinal()].getSelection()) {
                    return kind;
                }
            }
            return ExportKind.GRID;
        }

        @Override
        protected void createFields(Composite body) {
            source = fileField(body, "Model file:", "source", "", "*.mapping;*.curriculum;*.standards");
            new Label(body, SWT.NONE).setText("Export:");
            Composite choices = new Composite(body, SWT.NONE);
            choices.setLayout(new GridLayout(1, false));
            choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            for (ExportKind kind : ExportKind.values()) {
                Button button = new Button(choices, SWT.RADIO);
                button.setText(kind.label());
                button.setData(FIELD, kind.name().toLowerCase(Locale.ROOT));
                button.setSelection(kind == ExportKind.GRID);
                button.addListener(SWT.Selection, event -> {
                    if (button.getSelection()) {
                        setExtension(kind.outputExtension());
                    }
                    validate();
                });
                kinds[kind.ordinal()] = button;
            }
        }

        @Override
        protected List<Path> inputs() {
            return List.of(Path.of(source.getText().trim()));
        }

        @Override
        protected String problem() {
            ExportKind kind = kind();
            String problem = existingFileProblem(source, "model file", ".mapping", ".curriculum", ".standards");
            String name = source.getText().trim().toLowerCase(Locale.ROOT);
            if (problem == null && kind.sourceExtensions().stream().noneMatch(name::endsWith)) {
                return "A " + kind.label().toLowerCase(Locale.ROOT) + " is exported from "
                        + kind.sourceDescription() + "; " + Path.of(source.getText().trim()).getFileName() + " is not one.";
            }
            return problem;
        }
    }
}

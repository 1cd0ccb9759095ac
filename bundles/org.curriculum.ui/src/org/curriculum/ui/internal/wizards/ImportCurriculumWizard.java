// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.ui.internal.jface.TextColumns;
import org.curriculum.excel.CurriculumImport;
import org.curriculum.excel.ImportFinding;
import org.curriculum.excel.ImportedModel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.ui.internal.jface.AdapterFactoryContentProvider;
import org.curriculum.ui.internal.jface.AdapterFactoryLabelProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

/**
 * File > Import > Curriculum from Word or Excel: the first page names the file to read and the
 * .curriculum to write; the second reads it (with progress, in memory) and shows what was recognised as
 * a tree beside the import report (where, why, excerpt), which can be saved. The curriculum file is
 * written only by Finish; a file that cannot be read is reported on the page and nothing is written.
 */
public class ImportCurriculumWizard extends ModelFileWizard implements IImportWizard {

    /** The wizard's id in the import wizards registry. */
    public static final String ID = "org.curriculum.ui.importCurriculum";

    private final SourcePage source = new SourcePage();
    private final PreviewPage preview = new PreviewPage();

    /** The last import read for the preview, and the file it was read from. */
    private ImportedModel<Curriculum> imported;
    private Path importedFrom;

    public ImportCurriculumWizard() {
        super("Import Curriculum");
    }

    @Override
    public void addPages() {
        super.addPages();
        addPage(preview);
    }

    @Override
    protected ModelWizardPage page() {
        return source;
    }

    @Override
    protected Work prepare() {
        Path file = source.sourceFile();
        // the preview's import is written as shown; Finish on the first page reads the file now
        ImportedModel<Curriculum> shown = file.equals(importedFrom) ? imported : null;
        return (target, monitor) -> {
            monitor.beginTask("Importing " + file.getFileName(), 2);
            ImportedModel<Curriculum> model = shown != null ? shown : CurriculumImport.read(file);
            monitor.worked(1);
            checkCancelled(monitor);
            monitor.subTask("Writing " + target.getFileName());
            Files.createDirectories(target.getParent());
            model.saveAs(target);
            monitor.done();
        };
    }

    @Override
    public void dispose() {
        preview.disposeFactory();
        super.dispose();
    }

    private static final class SourcePage extends ModelWizardPage {
        private Text file;

        SourcePage() {
            super("importCurriculum", "Import Curriculum",
                    "Read a curriculum from an Excel workbook (exported by the workbench or typed in the curriculum "
                            + "template) or a Word document. Next shows what was recognised; nothing is written until Finish.",
                    ".curriculum", "imported.curriculum");
        }

        @Override
        protected void createFields(Composite body) {
            file = fileField(body, "Workbook or document:", "source", "", CurriculumImport.EXTENSIONS);
        }

        @Override
        protected String problem() {
            return existingFileProblem(file, "workbook or document", ".xlsx", ".xlsm", ".docx");
        }

        Path sourceFile() {
            return Path.of(file.getText().trim()).toAbsolutePath().normalize();
        }
    }

    /** What the import recognised (a tree) and its report (a table), read when the page is shown. */
    private final class PreviewPage extends WizardPage {

        private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
        private TreeViewer tree;
        private TableViewer report;
        private Label summary;
        private Button save;
        private Path failedFrom;

        PreviewPage() {
            super("previewCurriculum");
            setTitle("What was recognised");
            setDescription("The curriculum as it will be written, and the report of what was not taken in.");
            adapterFactory.addAdapterFactory(new LabelledItemProviderAdapterFactory());
            adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        }

        @Override
        public void createControl(Composite parent) {
            Composite body = new Composite(parent, SWT.NONE);
            body.setLayout(new GridLayout(1, false));
            summary = new Label(body, SWT.WRAP);
            summary.setData(ModelWizardPage.FIELD, "summary");
            summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            SashForm sash = new SashForm(body, SWT.HORIZONTAL);
            sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

            Composite left = new Composite(sash, SWT.NONE);
            left.setLayout(new GridLayout(1, false));
            new Label(left, SWT.NONE).setText("Recognised:");
            tree = new TreeViewer(left, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            tree.getTree().setData(ModelWizardPage.FIELD, "preview");
            tree.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            tree.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
            tree.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));

            Composite right = new Composite(sash, SWT.NONE);
            right.setLayout(new GridLayout(2, false));
            Label reportLabel = new Label(right, SWT.NONE);
            reportLabel.setText("Import report:");
            reportLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            save = new Button(right, SWT.PUSH);
            save.setText("Save report...");
            save.setData(ModelWizardPage.FIELD, "saveReport");
            save.addListener(SWT.Selection, event -> saveReport());
            report = new TableViewer(right, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
            report.getTable().setData(ModelWizardPage.FIELD, "report");
            report.getTable().setHeaderVisible(true);
            report.getTable().setLinesVisible(true);
            report.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
            report.setContentProvider(ArrayContentProvider.getInstance());
            TextColumns.add(report, "Where", 150, ImportFinding.class, ImportFinding::where);
            TextColumns.add(report, "Why", 300, ImportFinding.class, ImportFinding::why);
            TextColumns.add(report, "Excerpt", 250, ImportFinding.class, ImportFinding::excerpt);
            sash.setWeights(45, 55);
            setControl(body);
        }


        @Override
        public void setVisible(boolean visible) {
            super.setVisible(visible);
            if (visible) {
                read(source.sourceFile());
            }
        }

        @Override
        public boolean isPageComplete() {
            // a file that failed to read cannot be finished; another file chosen on the first page can
            return failedFrom == null || !failedFrom.equals(source.sourceFile());
        }

        /** Reads the file into memory with progress, unless the preview already shows it. */
        private void read(Path file) {
            if (file.equals(importedFrom) && imported != null) {
                return;
            }
            imported = null;
            importedFrom = null;
            ImportedModel<Curriculum>[] result = new ImportedModel[1];
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask("Reading " + file.getFileName(), org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
                    try {
                        result[0] = CurriculumImport.read(file);
                    } catch (CurriculumImport.CurriculumImportException e) {
                        throw new InvocationTargetException(e);
                    } finally {
                        monitor.done();
                    }
                });
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause() == null ? e : e.getCause();
                show(null, cause instanceof Exception && cause.getMessage() != null ? cause.getMessage()
                        : "The import failed unexpectedly (" + cause + "); nothing was written.");
                failedFrom = file;
                getContainer().updateButtons();
                return;
            } catch (InterruptedException e) {
                show(null, "Cancelled; nothing was read or written.");
                failedFrom = file;
                getContainer().updateButtons();
                return;
            }
            failedFrom = null;
            imported = result[0];
            importedFrom = file;
            show(imported, null);
            getContainer().updateButtons();
        }

        private void show(ImportedModel<Curriculum> model, String error) {
            setErrorMessage(error);
            tree.setInput(model == null ? null : List.of(model.root()));
            tree.expandToLevel(2);
            List<ImportFinding> findings = model == null ? List.of() : model.findings();
            report.setInput(findings);
            save.setEnabled(model != null);
            summary.setText(model == null ? "Nothing was read."
                    : "Read " + CurriculumImport.summary(model.root()) + ". "
                            + (findings.isEmpty() ? "Everything in the file was read."
                                    : findings.size() + (findings.size() == 1 ? " thing was" : " things were")
                                            + " not taken in: see the report."));
            summary.getParent().layout(true);
        }

        private void saveReport() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.txt", "*.*" });
            dialog.setFileName("import-report.txt");
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                saveReport(Path.of(chosen));
            }
        }

        void saveReport(Path file) {
            String text = CurriculumImport.reportText(importedFrom, imported);
            try {
                AtomicFile.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            } catch (java.io.IOException | RuntimeException e) {
                MessageDialog.openError(getShell(), "Save Report", "The report could not be written to " + file + ": "
                        + e.getMessage());
            }
        }

        void disposeFactory() {
            adapterFactory.dispose();
        }
    }
}

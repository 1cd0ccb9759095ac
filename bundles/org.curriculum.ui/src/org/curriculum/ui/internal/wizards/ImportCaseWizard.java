// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.excel.ImportedModel;
import org.curriculum.excel.caseformat.CaseImportException;
import org.curriculum.excel.caseformat.CaseImporter;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.NamedElement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

/**
 * File > Import > CASE Package: reads a CASE 1.1 package (ours or another tool's) into a standards framework or
 * a curriculum file, as {@code workbench import case} does. The package is read first with "Read package", which
 * shows what will be imported and what is kept aside; nothing is written until Finish.
 */
public class ImportCaseWizard extends ModelFileWizard implements IImportWizard {

    /** The wizard's id in the import wizards registry. */
    public static final String ID = "org.curriculum.ui.importCase";

    private final Page page = new Page();

    public ImportCaseWizard() {
        super("Import CASE Package");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected Work prepare() {
        ImportedModel<Framework> read = page.read;
        return (file, monitor) -> {
            monitor.beginTask("Writing " + file.getFileName(), 1);
            checkCancelled(monitor);
            Files.createDirectories(file.getParent());
            read.saveAs(file);
            monitor.done();
        };
    }

    /** The report shown after reading: what is imported, then each note of what was kept aside. */
    static String report(ImportedModel<? extends NamedElement> imported, Path input) {
        long items = 0;
        for (var all = imported.root().eAllContents(); all.hasNext();) {
            items += all.next() instanceof NamedElement ? 1 : 0;
        }
        StringBuilder text = new StringBuilder(items + " item(s) read from " + input.getFileName()
                + "; press Finish to write them.");
        List<String> notes = imported.warnings();
        text.append(notes.isEmpty() ? "\nNothing was kept aside." : "\nKept aside or decided on import:");
        notes.forEach(note -> text.append("\n\u2022 ").append(note));
        return text.toString();
    }

    private final class Page extends ModelWizardPage {
        private Text source;
        private Button asStandards;
        private Button asCurriculum;
        private Text report;
        /** The package read with the current answers; Finish writes it, any change of answer forgets it. */
        private ImportedModel<Framework> read;

        Page() {
            super("importCase", "Import CASE Package",
                    "Read a CASE 1.1 package (JSON) into a standards framework or a curriculum; read it first to see"
                            + " what is kept aside.", ".standards", "imported.standards");
        }

        @Override
        protected void createFields(Composite body) {
            source = fileField(body, "CASE package:", "source", "", "*.json", "*.*");
            source.addListener(SWT.Modify, event -> forget());
            new Label(body, SWT.NONE).setText("Import as:");
            Composite choices = new Composite(body, SWT.NONE);
            choices.setLayout(new GridLayout(2, false));
            choices.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            asStandards = radio(choices, "Standards framework (.standards)", "asStandards", ".standards");
            asCurriculum = radio(choices, "Curriculum (.curriculum)", "asCurriculum", ".curriculum");
            asStandards.setSelection(true);
            Button readButton = new Button(body, SWT.PUSH);
            readButton.setText("&Read package");
            readButton.setData(FIELD, "read");
            readButton.setLayoutData(new GridData(SWT.BEGINNING, SWT.TOP, false, false));
            readButton.addListener(SWT.Selection, event -> readPackage());
            report = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
            report.setData(FIELD, "report");
            GridData reportLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
            reportLayout.heightHint = 140;
            reportLayout.widthHint = 480;
            report.setLayoutData(reportLayout);
        }

        private Button radio(Composite parent, String label, String field, String extension) {
            Button button = new Button(parent, SWT.RADIO);
            button.setText(label);
            button.setData(FIELD, field);
            button.addListener(SWT.Selection, event -> {
                if (button.getSelection()) {
                    setExtension(extension);
                    forget();
                }
            });
            return button;
        }

        private EClass kind() {
            return asCurriculum != null && asCurriculum.getSelection() ? CurriculumPackage.Literals.CURRICULUM
                    : CurriculumPackage.Literals.STANDARDS_FRAMEWORK;
        }

        private void forget() {
            read = null;
            if (report != null && !report.isDisposed()) {
                report.setText("");
            }
            validate();
        }

        /** Reads the package with progress, outside the UI thread; shows the report or the error, writes nothing. */
        private void readPackage() {
            String problem = existingFileProblem(source, "CASE package", ".json");
            if (problem != null) {
                setErrorMessage(problem);
                return;
            }
            Path input = Path.of(source.getText().trim());
            EClass kind = kind();
            @SuppressWarnings("unchecked")
            ImportedModel<Framework>[] result = new ImportedModel[1];
            try {
                getContainer().run(true, true, monitor -> {
                    monitor.beginTask("Reading " + input.getFileName(), IProgressMonitor.UNKNOWN);
                    try {
                        result[0] = CaseImporter.importFramework(input, kind);
                    } catch (CaseImportException e) {
                        throw new InvocationTargetException(e);
                    } finally {
                        monitor.done();
                    }
                });
            } catch (InvocationTargetException e) {
                read = null;
                String message = e.getCause() == null ? null : e.getCause().getMessage();
                report.setText(message == null ? "The package could not be read." : message);
                validate();
                setErrorMessage("The package was not imported: " + (message == null ? "see the report below" : message)
                        + "; nothing was written.");
                return;
            } catch (InterruptedException e) {
                return;
            }
            read = result[0];
            report.setText(report(read, input));
            validate();
        }

        @Override
        protected String problem() {
            String problem = existingFileProblem(source, "CASE package", ".json");
            if (problem == null && read == null) {
                return "Press Read package to see what will be imported and what is kept aside.";
            }
            return problem;
        }
    }
}

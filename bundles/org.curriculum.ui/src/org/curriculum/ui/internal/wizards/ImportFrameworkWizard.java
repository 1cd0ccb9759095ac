// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.FrameworkImporter;
import org.curriculum.model.StandardsFramework;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

/** File > Import > Standards Framework: reads a framework typed in the template from .xlsx or .csv. */
public class ImportFrameworkWizard extends ModelFileWizard implements IImportWizard {

    /** The wizard's id in the import wizards registry. */
    public static final String ID = "org.curriculum.ui.importFramework";

    private final Page page = new Page();

    public ImportFrameworkWizard() {
        super("Import Standards Framework");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected Work prepare() {
        Path source = Path.of(page.source.getText().trim());
        return (file, monitor) -> {
            monitor.beginTask("Reading " + source.getFileName(), 2);
            StandardsFramework framework = FrameworkImporter.importFramework(source);
            monitor.worked(1);
            checkCancelled(monitor);
            monitor.subTask("Writing " + file.getFileName());
            Files.createDirectories(file.getParent());
            ModelFiles.saveAs(framework, file);
            monitor.done();
        };
    }

    private static final class Page extends ModelWizardPage {
        private Text source;

        Page() {
            super("importFramework", "Import Standards Framework",
                    "Read a standards framework from a workbook or CSV file laid out as the framework template.",
                    ".standards", "imported.standards");
        }

        @Override
        protected void createFields(Composite body) {
            source = fileField(body, "Spreadsheet:", "source", "", "*.xlsx;*.csv", "*.*");
        }

        @Override
        protected String problem() {
            return existingFileProblem(source, "spreadsheet", ".xlsx", ".xlsm", ".csv");
        }

        @Override
        protected List<Path> inputs() {
            return List.of(Path.of(source.getText().trim()));
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.excel.GridImporter;
import org.curriculum.excel.ImportedModel;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

/** File > Import > Coverage Grid: reads a mapping set from an .xlsx coverage grid against a curriculum and a framework. */
public class ImportGridWizard extends ModelFileWizard implements IImportWizard {

    /** The wizard's id in the import wizards registry. */
    public static final String ID = "org.curriculum.ui.importGrid";

    private final Page page = new Page();

    public ImportGridWizard() {
        super("Import Coverage Grid");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected Work prepare() {
        Path grid = Path.of(page.grid.getText().trim());
        List<Path> against = List.of(Path.of(page.curriculum.getText().trim()), Path.of(page.standards.getText().trim()));
        return (file, monitor) -> {
            monitor.beginTask("Importing " + grid.getFileName(), 3);
            monitor.subTask("Reading the curriculum and the standards");
            ResourceSet models = ModelFiles.loadAll(against);
            monitor.worked(1);
            checkCancelled(monitor);
            monitor.subTask("Reading " + grid.getFileName());
            ImportedModel<MappingSet> mapping = GridImporter.importGrid(grid, models);
            monitor.worked(1);
            checkCancelled(monitor);
            monitor.subTask("Writing " + file.getFileName());
            Files.createDirectories(file.getParent());
            mapping.saveAs(file);
            monitor.done();
        };
    }

    private static final class Page extends ModelWizardPage {
        private Text grid;
        private Text curriculum;
        private Text standards;

        Page() {
            super("importGrid", "Import Coverage Grid",
                    "Read which items cover which standards from a coverage grid workbook.", ".mapping", "imported.mapping");
        }

        @Override
        protected void createFields(Composite body) {
            grid = fileField(body, "Grid workbook:", "grid", "", "*.xlsx");
            curriculum = fileField(body, "Curriculum:", "curriculum", "", "*.curriculum");
            standards = fileField(body, "Standards:", "standards", "", "*.standards");
        }

        @Override
        protected String problem() {
            String problem = existingFileProblem(grid, "grid workbook", ".xlsx", ".xlsm");
            if (problem == null) {
                problem = existingFileProblem(curriculum, "curriculum file", ".curriculum");
            }
            return problem != null ? problem : existingFileProblem(standards, "standards file", ".standards");
        }

        @Override
        protected List<Path> inputs() {
            return List.of(Path.of(grid.getText().trim()), Path.of(curriculum.getText().trim()),
                    Path.of(standards.getText().trim()));
        }
    }
}

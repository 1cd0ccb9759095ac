// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.templates.ModelTemplates;
import org.curriculum.model.Curriculum;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/** File > New > Mapping Set: an empty mapping from a curriculum file to a standards file. */
public class NewMappingSetWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.newMappingSet";

    private final Page page = new Page();

    public NewMappingSetWizard() {
        super("New Mapping Set");
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected ModelBuilder builder() {
        Path curriculumFile = Path.of(page.curriculum.getText().trim());
        Path standardsFile = Path.of(page.standards.getText().trim());
        return () -> mappingSet(curriculumFile, standardsFile);
    }

    private static EObject mappingSet(Path curriculumFile, Path standardsFile) throws ModelLoadException {
        ResourceSet files = ModelFiles.loadAll(List.of(curriculumFile, standardsFile));
        EObject source = files.getResources().get(0).getContents().get(0);
        EObject target = files.getResources().get(1).getContents().get(0);
        if (!(source instanceof Curriculum curriculum)) {
            throw new ModelLoadException(curriculumFile, 0, 0, "holds no curriculum", null);
        }
        if (!(target instanceof StandardsFramework framework)) {
            throw new ModelLoadException(standardsFile, 0, 0, "holds no standards framework", null);
        }
        return ModelTemplates.mappingSet(curriculum, framework);
    }

    private static final class Page extends ModelWizardPage {
        private Text curriculum;
        private Text standards;

        Page() {
            super("mapping", "Mapping Set", "Map the items of a curriculum against the standards of a framework.",
                    ".mapping", "new-mapping.mapping");
        }

        @Override
        protected void createFields(Composite body) {
            curriculum = fileField(body, "Curriculum:", "curriculum", "", "*.curriculum");
            standards = fileField(body, "Standards:", "standards", "", "*.standards");
        }

        @Override
        protected String problem() {
            String problem = existingFileProblem(curriculum, "curriculum file", ".curriculum");
            return problem != null ? problem : existingFileProblem(standards, "standards file", ".standards");
        }
    }
}

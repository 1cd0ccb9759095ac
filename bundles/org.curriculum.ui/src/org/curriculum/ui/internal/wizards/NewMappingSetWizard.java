// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.templates.ModelTemplates;
import org.curriculum.model.Framework;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * File > New > Mapping Set: an empty mapping between any two frameworks, a curriculum or a standards
 * framework in either role, as the command line's {@code new mapping} makes it.
 */
public class NewMappingSetWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.newMappingSet";

    private static final String[] FRAMEWORK_FILES = {".curriculum", ".standards"};

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
        Path sourceFile = Path.of(page.source.getText().trim());
        Path targetFile = Path.of(page.target.getText().trim());
        return () -> mappingSet(sourceFile, targetFile);
    }

    private static EObject mappingSet(Path sourceFile, Path targetFile) throws ModelLoadException {
        ResourceSet files = ModelFiles.loadAll(List.of(sourceFile, targetFile));
        return ModelTemplates.mappingSet(root(files, sourceFile, Framework.class, "a curriculum or a standards framework"),
                root(files, targetFile, Framework.class, "a curriculum or a standards framework"));
    }

    private static final class Page extends ModelWizardPage {
        private Text source;
        private Text target;

        Page() {
            super("mapping", "Mapping Set", "Map the items of one framework (a curriculum or a standards framework)"
                    + " against the items of another.", ".mapping", "new-mapping.mapping");
        }

        @Override
        protected void createFields(Composite body) {
            source = fileField(body, "Source (its items cover):", "source", "", "*.curriculum;*.standards");
            target = fileField(body, "Target (its items are covered):", "target", "", "*.standards;*.curriculum");
        }

        @Override
        protected String problem() {
            String problem = existingFileProblem(source, "source file", FRAMEWORK_FILES);
            if (problem == null) {
                problem = existingFileProblem(target, "target file", FRAMEWORK_FILES);
            }
            if (problem == null && Path.of(source.getText().trim()).toAbsolutePath().normalize()
                    .equals(Path.of(target.getText().trim()).toAbsolutePath().normalize())) {
                problem = "Choose two different files; a framework is not mapped onto itself.";
            }
            return problem;
        }
    }
}

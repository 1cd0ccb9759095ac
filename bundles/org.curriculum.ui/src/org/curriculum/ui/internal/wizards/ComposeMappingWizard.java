// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.CrosswalkChain;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.MappingSet;
import org.curriculum.ui.CurriculumUi;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * "Compose through...": a mapping composed with a second one that shares a framework with it (in either
 * direction), written as a mapping of derived links, as {@code workbench compose} does, and opened in the editor
 * and the matrix. Offered in File > New and on the mapping matrix's toolbar, which fills in its own mapping.
 */
public class ComposeMappingWizard extends NewModelWizard {

    /** The wizard's id in the new wizards registry. */
    public static final String ID = "org.curriculum.ui.composeMapping";

    private final Page page;

    public ComposeMappingWizard() {
        this(null);
    }

    /** The wizard with the first mapping file chosen (the matrix's own), or none. */
    public ComposeMappingWizard(Path first) {
        super("Compose Through a Shared Framework");
        page = new Page(first);
    }

    @Override
    protected ModelWizardPage page() {
        return page;
    }

    @Override
    protected ModelBuilder builder() {
        Path first = Path.of(page.first.getText().trim());
        Path second = Path.of(page.second.getText().trim());
        return () -> composed(first, second);
    }

    private static EObject composed(Path first, Path second) throws ModelLoadException {
        ResourceSet files = ModelFiles.loadAll(List.of(first, second));
        MappingSet one = root(files, first, MappingSet.class, "a mapping set");
        MappingSet other = root(files, second, MappingSet.class, "a mapping set");
        // CrosswalkChain's refusal (no shared framework, a framework related to itself) names both mappings
        // and is shown on the page; nothing is written
        return ComposedMappingSet.create(CrosswalkChain.compose(List.of(one, other)),
                List.of(first.getFileName().toString(), second.getFileName().toString()), new Date());
    }

    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        // the result is read in the matrix: bring it up beside the editor that now shows the composed mapping
        IWorkbenchPage active = PlatformUI.getWorkbench().getActiveWorkbenchWindow() == null ? null
                : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        if (active != null) {
            try {
                active.showView(CurriculumUi.MATRIX_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                ILog.of(getClass()).error("The mapping matrix could not be shown", e);
            }
        }
        return true;
    }

    private static final class Page extends ModelWizardPage {
        private final Path preset;
        private Text first;
        private Text second;

        Page(Path preset) {
            super("compose", "Compose Through a Shared Framework",
                    "Relate two frameworks through a third: each derived link gives its path and waits for review.",
                    ".mapping", "composed.mapping");
            this.preset = preset;
        }

        @Override
        protected void createFields(Composite body) {
            first = fileField(body, "Mapping:", "first", preset == null ? "" : preset.toString(), "*.mapping");
            second = fileField(body, "Compose through:", "second", "", "*.mapping");
        }

        @Override
        protected String problem() {
            String problem = existingFileProblem(first, "mapping file", ".mapping");
            if (problem == null) {
                problem = existingFileProblem(second, "second mapping file", ".mapping");
            }
            if (problem == null && Path.of(first.getText().trim()).toAbsolutePath().normalize()
                    .equals(Path.of(second.getText().trim()).toAbsolutePath().normalize())) {
                problem = "Choose a second mapping that shares a framework with the first; a mapping composed with itself"
                        + " relates a framework to itself.";
            }
            return problem;
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.ui.INewWizard;

/** A New wizard: builds a model from the page's answers and writes it atomically with {@link ModelFiles#saveAs}. */
public abstract class NewModelWizard extends ModelFileWizard implements INewWizard {

    protected NewModelWizard(String title) {
        super(title);
    }

    /** A builder of the new model from the page's answers, read now on the UI thread. */
    @FunctionalInterface
    protected interface ModelBuilder {
        EObject build() throws ModelLoadException;
    }

    /** Reads the page's answers into a builder of the new model. */
    protected abstract ModelBuilder builder();

    @Override
    protected Work prepare() {
        ModelBuilder builder = builder();
        return (file, monitor) -> {
            monitor.beginTask("Creating " + file.getFileName(), 2);
            EObject model = builder.build();
            monitor.worked(1);
            checkCancelled(monitor);
            Files.createDirectories(file.getParent());
            ModelFiles.saveAs(model, file);
            monitor.done();
        };
    }

    /**
     * The root of a file already loaded into the set, when it is of the type the wizard needs; otherwise a load
     * error naming the file, what it holds and what was expected (e.g. "a mapping set").
     */
    protected static <T extends EObject> T root(ResourceSet files, Path file, Class<T> type, String expected)
            throws ModelLoadException {
        EObject root = ModelFiles.load(files, file).getContents().get(0);
        if (type.isInstance(root)) {
            return type.cast(root);
        }
        throw new ModelLoadException(file, 0, 0, "holds " + ElementLabels.describe(root) + ", not " + expected, null);
    }
}

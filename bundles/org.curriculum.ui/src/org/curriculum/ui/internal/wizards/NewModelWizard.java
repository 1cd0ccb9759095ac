// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.wizards;

import java.nio.file.Files;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.eclipse.emf.ecore.EObject;
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
}

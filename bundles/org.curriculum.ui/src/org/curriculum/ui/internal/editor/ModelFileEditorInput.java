// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.editor;

import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/** A model file on disk, opened in the curriculum editor (the workbench has no workspace projects). */
public class ModelFileEditorInput extends PlatformObject implements IPathEditorInput {

    private final Path file;

    public ModelFileEditorInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** The file this input stands for. */
    public Path getFile() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromOSString(file.toString());
    }

    @Override
    public boolean exists() {
        return file.toFile().exists();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelFileEditorInput input && input.file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.nio.file.Path;

/** A model file that could not be written; the previous version of the file is left as it was. */
public class ModelSaveException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;

    public ModelSaveException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The file that could not be saved. */
    public Path getFile() {
        return file;
    }
}

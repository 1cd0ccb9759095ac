// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.document;

import java.nio.file.Path;

/**
 * A Word document that could not be imported at all (not a .docx, encrypted, macro-enabled, over the size
 * budget, damaged), naming the file, where in it if known, and what to do. When it is thrown nothing has
 * been written anywhere.
 */
public class DocumentImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    /** @param where the place in the document (e.g. "paragraph 120"), or null for the file as a whole */
    public DocumentImportException(Path file, String where, String message, Throwable cause) {
        super(file + (where == null ? "" : ", " + where) + ": " + message, cause);
        this.file = file;
    }

    /** The document that was being imported. */
    public Path getFile() {
        return file;
    }
}

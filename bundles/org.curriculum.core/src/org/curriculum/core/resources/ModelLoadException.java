// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.nio.file.Path;

/** A model file that could not be read, with the place in the file and what the user can do about it. */
public class ModelLoadException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final int column;

    public ModelLoadException(Path file, int line, int column, String message, Throwable cause) {
        super(format(file, line, column, message), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String format(Path file, int line, int column, String message) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(message).toString();
    }

    /** The file that failed to load. */
    public Path getFile() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when the problem is not tied to a place in the file. */
    public int getLine() {
        return line;
    }

    /** The 1-based column of the problem, or 0 when unknown. */
    public int getColumn() {
        return column;
    }
}

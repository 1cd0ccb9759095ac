// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.resources;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.curriculum.model.resource.FileReplacement;

/**
 * Writes a file beside its target and renames it into place, so a failed export never leaves half a file
 * (see {@link FileReplacement}: leftovers of crashed writes are removed, permissions follow the replaced file
 * or the umask).
 */
public final class AtomicFile {

    /** Something that writes the whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes the file, creating its folder first if there is none. */
    public static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        writeIntoExistingFolder(target, content);
    }

    /**
     * Writes the file into a folder that must exist already (a folder the user chose): a missing one fails
     * with {@link java.nio.file.NoSuchFileException} naming it, and nothing is written.
     */
    public static void writeIntoExistingFolder(Path target, Content content) throws IOException {
        FileReplacement.write(target, ".writing", content::writeTo);
    }
}

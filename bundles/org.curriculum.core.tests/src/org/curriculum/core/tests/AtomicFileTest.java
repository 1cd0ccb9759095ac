// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.curriculum.core.resources.AtomicFile;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.core.templates.ModelTemplates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written atomically: leftovers of crashed writes go on the next write; permissions follow the user's. */
class AtomicFileTest {

    @TempDir
    Path folder;

    /** A temporary as a write killed with {@code kill -9} leaves it, a minute old. */
    private Path leftover(String name, int size) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, new byte[size]);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        return file;
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void leftoversOfCrashedWritesOfTheSameTargetAreRemovedByTheNextWrite() throws Exception {
        leftover(".annexe-b.xlsx.8126359071.writing", 32 * 1024);
        leftover(".annexe-b.xlsx.42.writing", 10);
        leftover(".nos.standards.777.saving", 100);
        leftover(".other.xlsx.5.writing", 10);
        leftover(".annexe-b.xlsx.notes.writing", 10); // not a temporary's name: kept

        AtomicFile.write(folder.resolve("annexe-b.xlsx"), out -> out.write("grid".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(".annexe-b.xlsx.notes.writing", ".nos.standards.777.saving", ".other.xlsx.5.writing",
                "annexe-b.xlsx"), names());

        ModelFiles.saveAs(ModelTemplates.standardsFramework("Contact Centre National Occupational Standards", "1.0", "CfA",
                "CC", 41), folder.resolve("nos.standards"));
        assertEquals(List.of(".annexe-b.xlsx.notes.writing", ".other.xlsx.5.writing", "annexe-b.xlsx", "nos.standards"),
                names());
    }

    @Test
    void aTemporaryBeingWrittenIsLeftAlone() throws Exception {
        Path busy = leftover(".annexe-b.xlsx.31.writing", 10);
        try (FileChannel channel = FileChannel.open(busy, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            AtomicFile.write(folder.resolve("annexe-b.xlsx"), out -> out.write(1));
            assertTrue(Files.exists(busy), "a locked temporary belongs to a write in progress");
        }
        AtomicFile.write(folder.resolve("annexe-b.xlsx"), out -> out.write(2));
        assertFalse(Files.exists(busy), "once unlocked it is a leftover");
    }

    @Test
    void aNewFileFollowsTheUmaskAndAReplacedFileKeepsItsPermissions() throws Exception {
        Path plain = Files.createFile(folder.resolve("plain.txt")); // what the umask gives any new file
        Path exported = folder.resolve("annexe-b.xlsx");
        AtomicFile.write(exported, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(exported));
        Path saved = folder.resolve("nos.standards");
        ModelFiles.saveAs(ModelTemplates.standardsFramework("NOS", "1.0", "CfA", "CC", 2), saved);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(saved));

        for (String mode : List.of("rw-r--r--", "rw-r-----", "rw-rw-r--")) {
            Files.setPosixFilePermissions(exported, PosixFilePermissions.fromString(mode));
            AtomicFile.write(exported, out -> out.write(2));
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(exported)));
            Files.setPosixFilePermissions(saved, PosixFilePermissions.fromString(mode));
            ModelFiles.saveAs(ModelTemplates.standardsFramework("NOS", "1.1", "CfA", "CC", 3), saved);
            assertEquals(mode, PosixFilePermissions.toString(Files.getPosixFilePermissions(saved)));
        }
    }

    @Test
    void aReadOnlyFolderIsNamedAndNothingIsClaimedAboutAPreviousVersion() throws Exception {
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root may write where the permissions forbid it; an immutable folder (chattr +i) stops root too
            boolean root = Files.isWritable(readOnly);
            if (root) {
                assumeTrue(chattr("+i", readOnly), "chattr +i is not available on " + readOnly + "'s file system");
            }
            String reason = root ? "operation not permitted" : "permission denied";
            Path target = readOnly.resolve("annexe-b.xlsx");
            IOException error = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write(1)));
            assertEquals(target + ": the folder " + readOnly + " cannot be written to (" + reason + "); nothing was written",
                    error.getMessage());
            ModelSaveException saveError = assertThrows(ModelSaveException.class, () -> ModelFiles
                    .saveAs(ModelTemplates.standardsFramework("NOS", "1.0", "CfA", "CC", 2), readOnly.resolve("nos.standards")));
            assertTrue(saveError.getMessage().endsWith("; nothing was written"), saveError.getMessage());
            try (var left = Files.list(readOnly)) {
                assertEquals(0, left.count(), "nothing, not even a temporary, in the folder");
            }
        } finally {
            chattr("-i", readOnly);
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Runs chattr on a folder; false if it is missing or the file system has no such attribute (tmpfs). */
    private static boolean chattr(String change, Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("chattr", change, path.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}

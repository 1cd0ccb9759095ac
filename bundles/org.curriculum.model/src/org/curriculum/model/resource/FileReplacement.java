// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.resource;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Replaces a file as one step: the content goes to a hidden temporary file beside the target, which is
 * forced to disk and renamed over the target, so a crash leaves the old file or the complete new one.
 * Model saves and exported workbooks alike are written this way.
 * <p>
 * The temporary is locked while it is written. A temporary of the same target that nobody holds locked is
 * the leftover of a crashed write, and the next write of that target deletes it. The new file gets the
 * permissions of the file it replaces, or those the user's umask gives a new file.
 */
public final class FileReplacement {

    /** Writes the whole content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The endings of the temporaries: {@code .saving} for model files, {@code .writing} for the rest. */
    public static final List<String> SUFFIXES = List.of(".saving", ".writing");

    /**
     * A temporary younger than this is left alone even when unlocked: it may belong to a writer that has
     * created it and is about to lock it.
     */
    private static final long MIN_STALE_AGE_MILLIS = 2_000;

    private static final Random RANDOM = new SecureRandom();

    private FileReplacement() {
    }

    /**
     * Writes {@code content} to a temporary named {@code .TARGET.<n><suffix>} in the target's folder, which
     * must exist, and renames it over the target. On failure the target is unchanged and no temporary is left.
     */
    public static void write(Path target, String suffix, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        removeStaleTemporaries(folder, name);
        Path temporary;
        FileChannel channel;
        try {
            while (true) {
                temporary = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + suffix);
                try {
                    // no explicit permissions: the file gets what the umask gives, as any file the user creates
                    channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    break;
                } catch (FileAlreadyExistsException e) {
                    // another writer drew the same number; draw again
                }
            }
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(absolute.toString(), null, "the folder " + folder
                    + " cannot be written to (permission denied); nothing was written");
        } catch (FileSystemException e) {
            // EPERM (a folder locked with chattr +i, which stops root too) and EROFS (a read-only mount) say the
            // same to the user as a permission: the folder, and that nothing was written
            String reason = e.getReason() == null ? "" : e.getReason().toLowerCase(java.util.Locale.ROOT);
            if (reason.equals("operation not permitted") || reason.equals("read-only file system")) {
                throw new AccessDeniedException(absolute.toString(), null, "the folder " + folder
                        + " cannot be written to (" + reason + "); nothing was written");
            }
            throw e;
        }
        try {
            try (FileLock lock = lockIfPossible(channel)) {
                keepPermissions(absolute, temporary);
                // the channel stays open (and locked) until the rename: a writer that closes its stream only flushes it
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush();
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
                try {
                    Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } finally {
            channel.close();
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The lock that marks the temporary as in use, or null where the file system has no locks (some network
     * shares): the write goes on, and another process's cleanup then skips the temporary too, since it cannot
     * lock it either.
     */
    private static FileLock lockIfPossible(FileChannel channel) {
        try {
            return channel.lock();
        } catch (IOException e) {
            return null;
        }
    }

    /** A replaced file keeps its permissions (a shared 0644 file stays shared); a new one keeps the umask's. */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.exists(target) && temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    /**
     * Deletes the temporaries of earlier writes of this target that no running write holds: what a crash
     * (a killed process, a power cut) left behind. Returns how many were deleted.
     */
    public static int removeStaleTemporaries(Path folder, String targetName) {
        String prefix = "." + targetName + ".";
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> isTemporaryName(p, prefix))) {
            files.forEach(candidates::add);
        } catch (IOException e) {
            return 0; // an unreadable folder: the write itself will report what is wrong
        }
        int deleted = 0;
        long now = System.currentTimeMillis();
        for (Path candidate : candidates) {
            try (FileChannel channel = FileChannel.open(candidate, StandardOpenOption.WRITE)) {
                if (now - Files.getLastModifiedTime(candidate).toMillis() < MIN_STALE_AGE_MILLIS) {
                    continue;
                }
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    try (lock) {
                        Files.deleteIfExists(candidate);
                        deleted++;
                    }
                }
            } catch (OverlappingFileLockException e) {
                // written by another thread of this process right now
            } catch (IOException e) {
                // gone meanwhile, or not ours to delete: leave it
            }
        }
        return deleted;
    }

    private static boolean isTemporaryName(Path path, String prefix) {
        String name = path.getFileName().toString();
        if (!name.startsWith(prefix)) {
            return false;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > prefix.length() + suffix.length()) {
                String number = name.substring(prefix.length(), name.length() - suffix.length());
                return number.chars().allMatch(Character::isDigit);
            }
        }
        return false;
    }
}

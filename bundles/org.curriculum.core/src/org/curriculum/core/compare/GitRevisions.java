// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Versions of a model file in a Git repository, read with JGit: {@code REV:PATH} names the file PATH (relative to
 * the top of the work tree, as in {@code git show REV:PATH}) as it was in revision REV ({@code HEAD~1}, a branch, a
 * tag, a commit id). Nothing in the repository or the working tree is changed.
 */
public final class GitRevisions {

    private GitRevisions() {
    }

    /**
     * True if the argument names a version in Git ({@code REV:PATH}) rather than a file: it holds a colon and is not
     * the name of an existing file.
     */
    public static boolean isRevision(String argument) {
        int colon = argument.indexOf(':');
        return colon > 0 && colon < argument.length() - 1 && !Files.exists(Path.of(argument));
    }

    /**
     * Loads the root element of {@code REV:PATH} from the repository holding {@code repositoryFolder} into the
     * resource set; references to other files resolve against their working-tree versions beside PATH.
     *
     * @throws ModelLoadException naming the argument and what to do: not in a repository, a path outside it, a
     *                            repository with no commits, a revision that does not exist, a file the revision
     *                            does not hold, or content that is not a model
     */
    public static EObject load(ResourceSet resourceSet, String argument, Path repositoryFolder)
            throws ModelLoadException {
        Path shownAs = Path.of(argument);
        int colon = argument.indexOf(':');
        String revision = argument.substring(0, colon);
        Path folder = repositoryFolder.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            throw new ModelLoadException(shownAs, 0, 0, "not inside a Git repository (no .git folder in " + folder
                    + " or above it); give a file, or run the command inside the repository", null);
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new ModelLoadException(shownAs, 0, 0, folder + " is a bare repository: compare in a clone", null);
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            // PATH is relative to the top of the work tree, as in 'git show REV:PATH'
            Path file = workTree.resolve(argument.substring(colon + 1)).normalize();
            if (!file.startsWith(workTree)) {
                throw new ModelLoadException(shownAs, 0, 0, file + " is outside the repository " + workTree, null);
            }
            if (repository.resolve("HEAD") == null) {
                throw new ModelLoadException(shownAs, 0, 0, "the repository " + workTree
                        + " has no commits yet: commit the file first, then compare its versions", null);
            }
            ObjectId commitId;
            try {
                commitId = repository.resolve(revision + "^{commit}");
            } catch (RevisionSyntaxException e) {
                commitId = null;
            }
            if (commitId == null) {
                throw new ModelLoadException(shownAs, 0, 0, "there is no revision '" + revision + "' in the repository "
                        + workTree + " ('git log' lists the commits; branches and tags work too)", null);
            }
            String inRepository = workTree.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(commitId);
                try (TreeWalk tree = TreeWalk.forPath(repository, inRepository, commit.getTree())) {
                    if (tree == null || tree.isSubtree()) {
                        throw new ModelLoadException(shownAs, 0, 0, "revision " + revision + " (commit "
                                + commitId.abbreviate(8).name() + ") holds no file " + inRepository, null);
                    }
                    try (InputStream content = repository.open(tree.getObjectId(0)).openStream()) {
                        return ModelFiles.load(resourceSet, file, content, shownAs).getContents().get(0);
                    }
                }
            }
        } catch (IOException e) {
            throw new ModelLoadException(shownAs, 0, 0, "the Git repository could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * One commit that touched a file.
     *
     * @param id      the full commit id
     * @param shortId the first 8 characters of the id, as the History view and {@code git log --oneline} show it
     * @param author  the author's name
     * @param date    when the author made the change
     * @param message the first line of the commit message
     */
    public record Version(String id, String shortId, String author, Instant date, String message) {
    }

    /**
     * The versions of one file, newest first.
     *
     * @param workTree the top of the repository's work tree
     * @param path     the file's path in the repository ({@code /}-separated)
     * @param versions the commits that touched it, newest first; empty when none did yet
     */
    public record History(Path workTree, String path, List<Version> versions) {

        /** The {@code REV:PATH} argument that {@link GitRevisions#load} reads this file in a version from. */
        public String argument(Version version) {
            return version.id() + ":" + path;
        }

        /** Loads the file as it was in a version into the resource set. */
        public EObject load(ResourceSet resourceSet, Version version) throws ModelLoadException {
            return GitRevisions.load(resourceSet, argument(version), workTree);
        }
    }

    /**
     * The commits of the current branch that touched {@code file} (as {@code git log -- FILE} lists them), newest
     * first; read only, nothing in the repository changes.
     *
     * @throws ModelLoadException naming the file when it is not inside a Git repository's work tree, or when the
     *                            repository cannot be read
     */
    public static History history(Path file) throws ModelLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            throw new ModelLoadException(file, 0, 0, "not in a Git repository (no .git folder in " + folder
                    + " or above it): put the file under version control ('git init', 'git add', 'git commit') to see"
                    + " its history", null);
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new ModelLoadException(file, 0, 0, "the repository is bare: open the file in a clone", null);
            }
            Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
            String path = workTree.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
            List<Version> versions = new ArrayList<>();
            if (repository.resolve("HEAD") != null) {
                try (Git git = Git.wrap(repository)) {
                    for (RevCommit commit : git.log().addPath(path).call()) {
                        PersonIdent author = commit.getAuthorIdent();
                        versions.add(new Version(commit.getName(), commit.abbreviate(8).name(), author.getName(),
                                author.getWhenAsInstant(), commit.getShortMessage()));
                    }
                }
            }
            return new History(workTree, path, List.copyOf(versions));
        } catch (IOException | GitAPIException e) {
            throw new ModelLoadException(file, 0, 0, "the Git repository could not be read: " + e.getMessage(), e);
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.GitRevisions;
import org.curriculum.core.compare.GitRevisions.History;
import org.curriculum.core.compare.GitRevisions.Version;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.model.Curriculum;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions of a model file in a real Git repository, as the History view lists and loads them. */
class GitHistoryTest {

    @TempDir
    Path folder;

    private static void commit(Git git, String author, String message) throws Exception {
        git.add().addFilepattern(".").call();
        PersonIdent who = new PersonIdent(author, author.toLowerCase() + "@example.org");
        git.commit().setAuthor(who).setCommitter(who).setMessage(message).call();
    }

    @Test
    void listsTheCommitsThatTouchedTheFileNewestFirstAndLoadsEachVersion() throws Exception {
        Path repository = folder.resolve("repo");
        LoadedExamples examples = ModelVersions.copy(repository.resolve("models"));
        try (Git git = Git.init().setDirectory(repository.toFile()).setInitialBranch("main").call()) {
            commit(git, "Alice", "Issue 1: the BTEC qualification and its NOS mapping");
            examples.unit("304").setTitle("Working with Customers in a Contact Centre");
            ModelVersions.save(examples.btec());
            commit(git, "Bob", "Issue 2: unit 304 retitled\n\nThe council asked for the shorter title.");
            Files.writeString(repository.resolve("NOTES.txt"), "not a model\n");
            commit(git, "Carol", "Notes only");
        }
        Path btec = repository.resolve("models").resolve(LoadedExamples.BTEC);

        History history = GitRevisions.history(btec);

        assertEquals("models/" + LoadedExamples.BTEC, history.path());
        List<Version> versions = history.versions();
        assertEquals(List.of("Issue 2: unit 304 retitled", "Issue 1: the BTEC qualification and its NOS mapping"),
                versions.stream().map(Version::message).toList());
        assertEquals(List.of("Bob", "Alice"), versions.stream().map(Version::author).toList());
        assertEquals(8, versions.get(0).shortId().length());
        assertTrue(versions.get(0).id().startsWith(versions.get(0).shortId()));
        assertTrue(!versions.get(0).date().isBefore(versions.get(1).date()));

        Curriculum older = (Curriculum) history.load(ModelFiles.newResourceSet(), versions.get(1));
        Curriculum newer = (Curriculum) history.load(ModelFiles.newResourceSet(), versions.get(0));
        assertEquals("Principles and Processes of Systems and Technology in a Contact Centre", LoadedExamples.component(older, "304").getTitle());
        assertEquals("Working with Customers in a Contact Centre", LoadedExamples.component(newer, "304").getTitle());
    }

    @Test
    void aFileOutsideAnyRepositoryIsRefusedWithWhatToDo() throws Exception {
        ModelVersions.copy(folder.resolve("plain"));
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> GitRevisions.history(folder.resolve("plain").resolve(LoadedExamples.BTEC)));
        assertTrue(e.getMessage().contains("not in a Git repository"), e.getMessage());
        assertTrue(e.getMessage().contains("git init"), e.getMessage());
    }

    @Test
    void aRepositoryWithoutCommitsHasNoVersions() throws Exception {
        Path repository = folder.resolve("empty");
        ModelVersions.copy(repository);
        Git.init().setDirectory(repository.toFile()).call().close();
        assertEquals(List.of(), GitRevisions.history(repository.resolve(LoadedExamples.BTEC)).versions());
    }
}

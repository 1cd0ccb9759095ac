// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.Curriculum;
import org.junit.jupiter.api.Test;

/** {@code workbench merge BASE OURS THEIRS -o OUT} on copies of the BTEC example, and what it refuses. */
class MergeCommandTest extends CommandLineHarness {

    private Path version(String name, String unit, String title) throws Exception {
        Path copy = folder.resolve(name);
        assertEquals(0, run("examples", copy.toString()));
        Path file = copy.resolve(ExampleModels.BTEC);
        if (unit != null) {
            Curriculum btec = (Curriculum) ModelFiles.loadRoot(file);
            btec.getComponents().stream().filter(c -> unit.equals(c.getNumber())).findFirst().orElseThrow()
                    .setTitle(title);
            ModelFiles.save(btec.eResource());
        }
        reset();
        return file;
    }

    @Test
    void mergesIntoANewFileBesideTheInputs() throws Exception {
        Path base = version("base", null, null);
        Path ours = version("ours", "301", "Personal Effectiveness");
        Path theirs = version("theirs", "302", "Health and Safety");
        Path merged = examples.resolve("merged.curriculum");

        assertEquals(0, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", merged.toString()), err());

        assertEquals("merged " + merged + ": 1 of their change(s) applied, 0 conflict(s)\n", out());
        reset();
        assertEquals(0, run("diff", examples.resolve(ExampleModels.BTEC).toString(), merged.toString()), err());
        assertTrue(out().contains("2 change(s)"), out());
        reset();
        assertEquals(0, run("validate", merged.toString()), out() + err());
    }

    @Test
    void neverReplacesAnInputAndAnExistingFileOnlyWithForce() throws Exception {
        Path base = version("base", null, null);
        Path ours = version("ours", "301", "Personal Effectiveness");
        Path theirs = version("theirs", "302", "Health and Safety");
        String before = Files.readString(ours);

        assertEquals(2, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", ours.toString()));
        // the one overwrite policy of every command (OutputPolicy), in its words
        assertTrue(err().startsWith("workbench merge: the output file " + ours + " is also an input of the command"),
                err());
        assertEquals(before, Files.readString(ours));

        reset();
        Path existing = examples.resolve(ExampleModels.BTEC);
        String existingBefore = Files.readString(existing);
        assertEquals(1, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", existing.toString()));
        assertEquals("error: " + existing + ": already exists; nothing was written (give --force to replace it)\n",
                err().substring(err().indexOf("error:")));
        assertEquals(existingBefore, Files.readString(existing));

        // a merged curriculum is never written over a file of another kind, even with --force
        reset();
        Path standards = examples.resolve(ExampleModels.NOS);
        assertEquals(2, run("merge", base.toString(), ours.toString(), theirs.toString(), "-o", standards.toString(),
                "--force"));
        assertTrue(err().startsWith("workbench merge: the output file must end in .curriculum"), err());
    }

    @Test
    void refusesVersionsOfDifferentModels() throws Exception {
        Path base = version("base", null, null);
        Path mapping = examples.resolve(ExampleModels.NOS_MAPPING);
        Path out = folder.resolve("out.curriculum");
        assertEquals(1, run("merge", base.toString(), base.toString(), mapping.toString(), "-o", out.toString()));
        assertTrue(err().contains("the files hold different kinds of model (Curriculum and Mapping set)"), err());
        assertTrue(err().contains("nothing was written"), err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anEmptyBaseAsGitGivesForAFileBothSidesAddedMergesTheTwoSides() throws Exception {
        // git's add/add: both branches added the file, and the driver gets an empty %O
        Path base = Files.createFile(folder.resolve("base-empty"));
        Path ours = version("ours", "301", "Personal Effectiveness");
        Path same = version("same", "301", "Personal Effectiveness");

        assertEquals(0, run("merge", base.toString(), ours.toString(), same.toString(), "--git", "--path",
                ours.toString()), err());
        assertEquals("merged " + ours + ": 0 of their change(s) applied, 0 conflict(s)\n", out());

        reset();
        Path theirs = version("theirs", "302", "Health and Safety");
        assertEquals(1, run("merge", base.toString(), ours.toString(), theirs.toString(), "--git", "--path",
                ours.toString()), err());
        List<String> lines = out().lines().toList();
        assertEquals(3, lines.size(), out());
        assertTrue(lines.get(0).startsWith("conflict: " + ours + ": Unit 301: title: ours \"Personal Effectiveness\", "
                + "theirs \"Principles of Personal and Organisational Effectiveness"), out());
        assertTrue(lines.get(1).startsWith("conflict: " + ours + ": Unit 302: title: ours \""), out());
        assertTrue(lines.get(1).endsWith("theirs \"Health and Safety\""), out());
        assertTrue(lines.get(2).startsWith("merged " + ours + ": 0 of their change(s) applied, 2 conflict(s)"), out());
        Curriculum merged = (Curriculum) ModelFiles.loadRoot(ours);
        assertEquals(2, ModelMerge.recordedConflicts(merged).size());
        assertEquals("Personal Effectiveness", merged.getComponents().stream()
                .filter(c -> "301".equals(c.getNumber())).findFirst().orElseThrow().getTitle());
    }
}

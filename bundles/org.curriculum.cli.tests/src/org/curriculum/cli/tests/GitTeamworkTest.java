// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.curriculum.testsupport.GitCommand;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.examples.ExampleModels;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two authors edit the BTEC example at once in two clones of one bare repository, then the second pulls. With the
 * driver installed by {@code workbench git-setup}, git runs {@code workbench merge} (through
 * {@link MergeDriverRelay}); without it, git's textual merge.
 */
class GitTeamworkTest extends CommandLineHarness {

    private static final String BTEC = ExampleModels.BTEC;
    private static final String MAPPING = ExampleModels.NOS_MAPPING;

    private Path alice;
    private Path bob;
    private MergeDriverRelay relay;

    @AfterEach
    void stopRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    /** The bare origin holding "Issue 1" (the examples), Alice's and Bob's clones, with or without the driver. */
    private void repositories(boolean driver) throws Exception {
        Path origin = folder.resolve("origin.git");
        GitCommand.ok(folder, "Alice", "init", "-q", "--bare", origin.toString());
        alice = folder.resolve("alice");
        bob = folder.resolve("bob");
        GitCommand.ok(folder, "Alice", "clone", "-q", origin.toString(), alice.toString());
        assertEquals(0, run("examples", alice.toString()));
        if (driver) {
            relay = new MergeDriverRelay(folder.resolve("relay"));
            assertEquals(0, run("git-setup", alice.toString(), "--command", relay.script.toString()), err());
        }
        GitCommand.ok(alice, "Alice", "add", "-A");
        GitCommand.ok(alice, "Alice", "commit", "-q", "-m", "Issue 1");
        GitCommand.ok(alice, "Alice", "push", "-q", "origin", "HEAD:main");
        GitCommand.ok(folder, "Bob", "clone", "-q", "--branch", "main", origin.toString(), bob.toString());
        if (driver) {
            reset();
            assertEquals(0, run("git-setup", bob.toString(), "--command", relay.script.toString()), err());
            assertEquals(".gitattributes already names the driver", out().split("\n")[1]);
        }
        reset();
    }

    private static Curriculum btec(Path clone) throws Exception {
        return (Curriculum) ModelFiles.loadRoot(clone.resolve(BTEC));
    }

    private static CurriculumComponent unit(Curriculum curriculum, String number) {
        return curriculum.getComponents().stream().filter(c -> number.equals(c.getNumber())).findFirst().orElseThrow();
    }

    private static MappingSet mapping(Path clone) throws Exception {
        Path file = clone.resolve(MAPPING);
        return (MappingSet) ModelFiles.load(ModelFiles.loadAll(List.of(file)), file).getContents().get(0);
    }

    private static List<MappingLink> cell(MappingSet mapping, String item, String standard) {
        return mapping.getLinks().stream().filter(l -> item.equals(ElementLabels.identifier(l.getItem()))
                && standard.equals(ElementLabels.identifier(l.getStandard()))).toList();
    }

    /** Adds a partial link from a unit to a standard, as a click in the matrix does. */
    private static void addCell(MappingSet mapping, String unit, String standard) {
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem((MappableItem) unit((Curriculum) mapping.getSource(), unit));
        link.setStandard(((StandardsFramework) mapping.getTarget()).getStandards().stream()
                .filter(s -> standard.equals(s.getCode())).findFirst().orElseThrow());
        link.setCoverage(CoverageLevel.PARTIAL);
        mapping.getLinks().add(link);
    }

    private static void save(EObject root) throws Exception {
        ModelFiles.save(root.eResource());
    }

    private static void commitAndPush(Path clone, String author) throws Exception {
        GitCommand.ok(clone, author, "commit", "-q", "-am", author + "'s edit");
        GitCommand.ok(clone, author, "push", "-q", "origin", "HEAD:main");
    }

    /** One side's edit of a file's root. */
    @FunctionalInterface
    private interface Edit<T> {
        void apply(T root) throws Exception;
    }

    /** Reads a file of a clone. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(Path clone) throws Exception;
    }

    /** Alice edits, commits and pushes; Bob edits the same file from the same base, commits and pulls. */
    private <T extends EObject> GitCommand.Result concurrently(Reader<T> file, Edit<T> alicesEdit, Edit<T> bobsEdit)
            throws Exception {
        T mine = file.read(alice);
        alicesEdit.apply(mine);
        save(mine);
        commitAndPush(alice, "Alice");
        T his = file.read(bob);
        bobsEdit.apply(his);
        save(his);
        return bobCommitsAndPulls();
    }

    private GitCommand.Result bobCommitsAndPulls() throws Exception {
        GitCommand.ok(bob, "Bob", "commit", "-q", "-am", "Bob's edit");
        return GitCommand.run(bob, "Bob", "pull", "origin", "main");
    }

    /** What {@code workbench diff} lists between a version in Bob's repository and his working file. */
    private List<String> changesSince(String revision, String file) {
        reset();
        assertEquals(0, run("diff", revision + ":" + file, bob.resolve(file).toString(), "--repo", bob.toString()), err());
        return out().lines().filter(l -> l.startsWith("  ")).map(String::trim).toList();
    }

    private void bobsFilesAreValid() {
        reset();
        assertEquals(0, run("validate", bob.resolve(BTEC).toString(), bob.resolve(ExampleModels.NOS).toString(),
                bob.resolve(MAPPING).toString()), out() + err());
    }

    // ------------------------------------------------------------------ with the driver

    @Test
    void editsOfDifferentUnitsMergeCleanly() throws Exception {
        repositories(true);
        GitCommand.Result pull = concurrently(GitTeamworkTest::btec,
                root -> unit(root, "301").setTitle("Personal Effectiveness in a Contact Centre"),
                root -> unit(root, "302").setCredits(4));

        assertEquals(0, pull.status(), pull.output() + relay.printed());
        assertEquals(List.of("merge .merge_file_", "--git --path " + BTEC), List.of(
                relay.calls().get(0).substring(0, "merge .merge_file_".length()),
                relay.calls().get(0).substring(relay.calls().get(0).indexOf("--git"))));
        Curriculum merged = btec(bob);
        assertEquals("Personal Effectiveness in a Contact Centre", unit(merged, "301").getTitle());
        assertEquals(4, unit(merged, "302").getCredits());
        // nothing else changed: against each side, the merge adds exactly the other side's edit
        assertEquals(List.of("changed  Unit 302: credits 3 -> 4"), changesSince("origin/main", BTEC));
        assertEquals(List.of("changed  Unit 301: title \"Principles of Personal and Organisational Effectiveness in a "
                + "Contact Centre\" -> \"Personal Effectiveness in a Contact Centre\""), changesSince("HEAD^1", BTEC));
        bobsFilesAreValid();
    }

    @Test
    void differentFieldsOfOneUnitMergeCleanly() throws Exception {
        repositories(true);
        GitCommand.Result pull = concurrently(GitTeamworkTest::btec,
                root -> unit(root, "304").setTitle("Systems and Technology in a Contact Centre"),
                root -> unit(root, "304").setCredits(5));

        assertEquals(0, pull.status(), pull.output() + relay.printed());
        Curriculum merged = btec(bob);
        assertEquals("Systems and Technology in a Contact Centre", unit(merged, "304").getTitle());
        assertEquals(5, unit(merged, "304").getCredits());
        assertEquals(1, changesSince("origin/main", BTEC).size());
        assertEquals(1, changesSince("HEAD^1", BTEC).size());
        bobsFilesAreValid();
    }

    @Test
    void theSameFieldChangedBothWaysIsExactlyOneConflictWithBothValues() throws Exception {
        repositories(true);
        GitCommand.Result pull = concurrently(GitTeamworkTest::btec,
                root -> unit(root, "303").setTitle("Alice's title for 303"),
                root -> unit(root, "303").setTitle("Bob's title for 303"));

        assertNotEquals(0, pull.status());
        assertTrue(pull.output().contains("CONFLICT (content): Merge conflict in " + BTEC), pull.output());
        List<String> conflicts = relay.printed().lines().filter(l -> l.startsWith("conflict: ")).toList();
        // the relay hands git's relative %P over as an absolute path (see MergeDriverRelay)
        assertEquals(List.of("conflict: " + bob.resolve(BTEC) + ": Unit 303: title: ours \"Bob's title for 303\", "
                + "theirs \"Alice's title for 303\""), conflicts);
        // nothing lost: Bob's value stays in place, Alice's is recorded in the file for the workbench to offer
        Curriculum merged = btec(bob);
        assertEquals("Bob's title for 303", unit(merged, "303").getTitle());
        List<String> recorded = ModelMerge.recordedConflicts(merged);
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0)
                .endsWith("Unit 303 :: title\nours: Bob's title for 303\ntheirs: Alice's title for 303"), recorded.get(0));
        assertFalse(Files.readString(bob.resolve(BTEC)).contains("<<<<<<<"));
    }

    @Test
    void aMappingCellEachMergesCleanly() throws Exception {
        repositories(true);
        GitCommand.Result pull = concurrently(GitTeamworkTest::mapping, root -> {
            cell(root, "304", "CC08").get(0).setCoverage(CoverageLevel.FULL);
            addCell(root, "303", "CC10");
        }, root -> addCell(root, "303", "CC11"));

        assertEquals(0, pull.status(), pull.output() + relay.printed());
        MappingSet merged = mapping(bob);
        assertEquals(72, merged.getLinks().size());
        assertEquals(CoverageLevel.FULL, cell(merged, "304", "CC08").get(0).getCoverage());
        assertEquals(1, cell(merged, "303", "CC10").size());
        assertEquals(1, cell(merged, "303", "CC11").size());
        assertEquals(List.of("added    303 x CC11: partial"), changesSince("origin/main", MAPPING));
        assertEquals(List.of("added    303 x CC10: partial", "changed  304 x CC08: partial -> full"),
                changesSince("HEAD^1", MAPPING).stream().sorted().toList());
        bobsFilesAreValid();
    }

    @Test
    void aFileBothSidesAddedMergesFromGitsEmptyBase() throws Exception {
        repositories(true);
        // both add the same new issue of the qualification, copied from the shared file, each with their edits
        String added = "btec-issue-2.curriculum";
        for (Path clone : List.of(alice, bob)) {
            Files.copy(clone.resolve(BTEC), clone.resolve(added));
            Curriculum issue2 = (Curriculum) ModelFiles.loadRoot(clone.resolve(added));
            unit(issue2, "301").setTitle("Personal Effectiveness in a Contact Centre");
            if (clone == bob) {
                unit(issue2, "302").setCredits(6);
            }
            save(issue2);
            GitCommand.ok(clone, clone == alice ? "Alice" : "Bob", "add", added);
        }
        GitCommand.ok(alice, "Alice", "commit", "-q", "-m", "Issue 2 started");
        GitCommand.ok(alice, "Alice", "push", "-q", "origin", "HEAD:main");

        GitCommand.Result pull = bobCommitsAndPulls();

        // git found no common version (add/add) and ran the driver with an empty %O: one value set both ways
        assertEquals(1, relay.calls().size(), relay.calls().toString());
        assertTrue(relay.calls().get(0).endsWith("--git --path " + added), relay.calls().get(0));
        List<String> conflicts = relay.printed().lines().filter(l -> l.startsWith("conflict: ")).toList();
        Curriculum merged = (Curriculum) ModelFiles.loadRoot(bob.resolve(added));
        assertEquals(List.of("conflict: " + bob.resolve(added) + ": Unit 302: credits: ours \"6\", theirs \""
                + unit(btec(alice), "302").getCredits() + "\""), conflicts, pull.output() + relay.printed());
        assertTrue(pull.output().contains("CONFLICT (add/add): Merge conflict in " + added), pull.output());
        // nothing lost: both sides' title, Bob's credits kept and Alice's recorded
        assertEquals("Personal Effectiveness in a Contact Centre", unit(merged, "301").getTitle());
        assertEquals(6, unit(merged, "302").getCredits());
        assertEquals(1, ModelMerge.recordedConflicts(merged).size());
    }

    // ------------------------------------------------------------------ without the driver

    @Test
    void withoutTheDriverGitsTextualMergeBreaksOnOneCellEach() throws Exception {
        repositories(false);
        GitCommand.Result pull = concurrently(GitTeamworkTest::mapping,
                root -> addCell(root, "303", "CC10"),
                root -> addCell(root, "303", "CC11"));

        // two independent cells, yet a textual conflict: both links were appended at the same place
        assertNotEquals(0, pull.status());
        assertTrue(pull.output().contains("CONFLICT (content): Merge conflict in " + MAPPING), pull.output());
        assertTrue(Files.readString(bob.resolve(MAPPING)).contains("<<<<<<<"));
        reset();
        assertEquals(1, run("validate", bob.resolve(MAPPING).toString()));
        assertTrue(err().contains("not well-formed XML"), err());
    }

    @Test
    void withoutTheDriverGitsTextualMergeOfTwoFieldsOfOneUnit() throws Exception {
        repositories(false);
        GitCommand.Result pull = concurrently(GitTeamworkTest::btec,
                root -> unit(root, "304").setTitle("Systems and Technology in a Contact Centre"),
                root -> unit(root, "304").setCredits(5));

        // title and credits are written on one line of the unit's element: git cannot tell them apart
        assertNotEquals(0, pull.status(), pull.output());
        assertTrue(Files.readString(bob.resolve(BTEC)).contains("<<<<<<<"));
    }
}

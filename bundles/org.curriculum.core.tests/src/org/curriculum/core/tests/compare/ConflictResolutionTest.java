// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.ConflictResolution;
import org.curriculum.core.compare.ConflictResolution.Side;
import org.curriculum.core.compare.MergeResult;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.compare.RecordedConflict;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file merged with conflicts, opened again: its recorded conflicts are read back, validation warns about them,
 * and choosing a side is one command that undo takes back whole.
 */
class ConflictResolutionTest {

    @TempDir
    Path folder;

    /** Merges ours and theirs of one file over base, saves the result into ours and loads it again. */
    private EObject mergedAndReloaded(String file) throws Exception {
        EObject ourRoot = ModelFiles.loadRoot(folder.resolve("ours").resolve(file));
        MergeResult result = ModelMerge.merge(ModelFiles.loadRoot(folder.resolve("base").resolve(file)), ourRoot,
                ModelFiles.loadRoot(folder.resolve("theirs").resolve(file)));
        ModelMerge.recordConflicts(ourRoot, result.conflicts());
        ModelFiles.save(ourRoot.eResource());
        return ModelFiles.loadRoot(folder.resolve("ours").resolve(file));
    }

    private static List<ValidationProblem> warnings(EObject root) {
        return ModelValidation.validate(root).stream()
                .filter(p -> p.severity() == ValidationProblem.Severity.WARNING).toList();
    }

    @Test
    void takingTheirsSetsTheValueAndClearsTheRecordInOneUndoableCommand() throws Exception {
        ModelVersions.copy(folder.resolve("base"));
        LoadedExamples ours = ModelVersions.copy(folder.resolve("ours"));
        LoadedExamples theirs = ModelVersions.copy(folder.resolve("theirs"));
        ours.unit("303").setTitle("Own Performance at Work (ours)");
        theirs.unit("303").setTitle("Own Performance at Work (theirs)\nsecond line");
        ModelVersions.save(ours.btec(), theirs.btec());
        Curriculum merged = (Curriculum) mergedAndReloaded(LoadedExamples.BTEC);

        List<RecordedConflict> conflicts = RecordedConflict.of(merged);
        assertEquals(1, conflicts.size());
        RecordedConflict conflict = conflicts.get(0);
        assertEquals("Unit 303", conflict.path());
        assertEquals("title", conflict.feature());
        assertEquals("Own Performance at Work (ours)", conflict.ours());
        assertEquals("Own Performance at Work (theirs)\nsecond line", conflict.theirs());
        assertEquals(LoadedExamples.component(merged, "303"), conflict.element());
        List<ValidationProblem> warned = warnings(merged);
        assertEquals(1, warned.stream().filter(p -> p.message().startsWith("Unresolved merge conflict: Unit 303: title"))
                .count(), warned.toString());

        BasicCommandStack stack = new BasicCommandStack();
        Command take = ConflictResolution.resolve(conflict, Side.THEIRS);
        assertTrue(take.canExecute());
        stack.execute(take);
        assertEquals("Own Performance at Work (theirs)\nsecond line", LoadedExamples.component(merged, "303").getTitle());
        assertEquals(List.of(), RecordedConflict.of(merged));
        assertTrue(warnings(merged).stream().noneMatch(p -> p.message().startsWith("Unresolved merge conflict")));

        stack.undo();
        assertEquals("Own Performance at Work (ours)", LoadedExamples.component(merged, "303").getTitle());
        assertEquals(List.of("Unit 303 :: title"),
                RecordedConflict.of(merged).stream().map(c -> c.path() + " :: " + c.feature()).toList());

        stack.redo();
        assertEquals("Own Performance at Work (theirs)\nsecond line", LoadedExamples.component(merged, "303").getTitle());
        assertEquals(List.of(), RecordedConflict.of(merged));
    }

    @Test
    void takingTheirEmptyValueUnsetsItAndKeepingOursOnlyClearsTheRecord() throws Exception {
        LoadedExamples base = ModelVersions.copy(folder.resolve("base"));
        LoadedExamples ours = ModelVersions.copy(folder.resolve("ours"));
        LoadedExamples theirs = ModelVersions.copy(folder.resolve("theirs"));
        for (LoadedExamples version : List.of(base, ours)) {
            ModelVersions.link(version, "304", "CC08").setRationale("LO 2 covers the systems knowledge");
        }
        ModelVersions.save(base.nosMapping());
        ModelVersions.link(ours, "304", "CC08").setRationale("LO 2 and LO 3 cover the systems knowledge");
        ModelVersions.link(ours, "301", "CC01").setRationale("ours");
        ModelVersions.link(theirs, "301", "CC01").setRationale("theirs");
        ModelVersions.save(ours.nosMapping(), theirs.nosMapping());
        MappingSet merged = (MappingSet) mergedAndReloaded(LoadedExamples.NOS_MAPPING);
        List<RecordedConflict> conflicts = RecordedConflict.of(merged);
        assertEquals(List.of("301 x CC01 :: rationale", "304 x CC08 :: rationale"),
                conflicts.stream().map(c -> c.path() + " :: " + c.feature()).sorted().toList());
        RecordedConflict cleared = conflicts.stream().filter(c -> c.path().startsWith("304")).findFirst().get();
        RecordedConflict both = conflicts.stream().filter(c -> c.path().startsWith("301")).findFirst().get();
        assertNull(cleared.theirs());
        // the links in conflict, found by the ids the records hold (once resolved, a record is out of the file)
        EObject link301 = both.element();
        EObject link304 = cleared.element();
        org.eclipse.emf.ecore.EAttribute rationale = both.attribute();
        assertEquals("rationale", rationale.getName());

        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(ConflictResolution.resolve(both, Side.OURS));
        assertEquals("ours", link301.eGet(rationale));
        assertEquals(List.of("304 x CC08"), RecordedConflict.of(merged).stream().map(RecordedConflict::path).toList());
        stack.execute(ConflictResolution.resolve(cleared, Side.THEIRS));
        assertFalse(link304.eIsSet(rationale));
        assertEquals(0, RecordedConflict.of(merged).size());
        stack.undo();
        assertEquals("LO 2 and LO 3 cover the systems knowledge", link304.eGet(rationale));
        assertEquals(List.of("304 x CC08"), RecordedConflict.of(merged).stream().map(RecordedConflict::path).toList());
    }

    @Test
    void aConflictAboutAnElementOneSideRemovedOffersOnlyOurs() throws Exception {
        ModelVersions.copy(folder.resolve("base"));
        LoadedExamples ours = ModelVersions.copy(folder.resolve("ours"));
        LoadedExamples theirs = ModelVersions.copy(folder.resolve("theirs"));
        ours.unit("305").setCredits(9);
        org.eclipse.emf.ecore.util.EcoreUtil.delete(theirs.unit("305"), true);
        ModelVersions.save(ours.btec(), theirs.btec());
        Curriculum merged = (Curriculum) mergedAndReloaded(LoadedExamples.BTEC);
        List<RecordedConflict> conflicts = RecordedConflict.of(merged);
        RecordedConflict removed = conflicts.stream()
                .filter(c -> c.feature().equals("removed by theirs, changed by ours")).findFirst()
                .orElseThrow(() -> new AssertionError(conflicts.toString()));
        assertEquals("Unit 305", removed.path());
        assertNull(ConflictResolution.whyNot(removed, Side.OURS));
        assertTrue(ConflictResolution.whyNot(removed, Side.THEIRS).contains("edit Unit 305 by hand"),
                ConflictResolution.whyNot(removed, Side.THEIRS));
        assertFalse(ConflictResolution.resolve(removed, Side.THEIRS).canExecute());
    }
}

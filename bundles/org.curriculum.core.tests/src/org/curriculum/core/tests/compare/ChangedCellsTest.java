// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.ChangedCells;
import org.curriculum.core.compare.ChangedCells.Cell;
import org.curriculum.core.compare.ChangedCells.CellChange;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid cells that differ between two versions of the NOS mapping, as the matrix's "Changed since..." marks them. */
class ChangedCellsTest {

    @TempDir
    Path folder;

    @Test
    void exactlyTheEditedCellsWithWhatChangedInEach() throws Exception {
        ModelVersions.copy(folder.resolve("old"));
        LoadedExamples edited = ModelVersions.copy(folder.resolve("new"));
        ModelVersions.link(edited, "304", "CC08").setCoverage(CoverageLevel.FULL);
        ModelVersions.link(edited, "301", "CC01").setRationale("LO 1 covers the personal effectiveness knowledge");
        EcoreUtil.remove(ModelVersions.link(edited, "302", "CC04"));
        edited.nosMapping().getLinks()
                .add(LoadedExamples.link(edited.unit("303"), edited.nos("CC10"), CoverageLevel.PARTIAL));
        ModelVersions.save(edited.nosMapping());
        // the old version alone, as it comes out of Git: its links' items and standards stay unresolved
        MappingSet older = (MappingSet) ModelFiles.loadRoot(folder.resolve("old").resolve(LoadedExamples.NOS_MAPPING));

        List<CellChange> changes = ChangedCells.between(older, edited.nosMapping());

        assertEquals(List.of("CHANGED 301 x CC01 [rationale] partial -> partial",
                "CHANGED 304 x CC08 [coverage] partial -> full", "ADDED 303 x CC10 [] null -> partial",
                "REMOVED 302 x CC04 [] partial -> null"),
                changes.stream().map(c -> c.kind() + " " + c.path() + " " + c.features() + " " + c.oldValue() + " -> "
                        + c.newValue()).toList());
        // the cells are found from the elements the matrix shows
        assertEquals(List.of(Cell.of(edited.unit("301"), edited.nos("CC01")), Cell.of(edited.unit("304"), edited.nos("CC08")),
                Cell.of(edited.unit("303"), edited.nos("CC10")), Cell.of(edited.unit("302"), edited.nos("CC04"))),
                List.copyOf(ChangedCells.cells(changes)));
    }

    @Test
    void twoIdenticalVersionsHaveNoChangedCells() throws Exception {
        LoadedExamples examples = ModelVersions.copy(folder.resolve("one"));
        MappingSet same = (MappingSet) ModelFiles.loadRoot(folder.resolve("one").resolve(LoadedExamples.NOS_MAPPING));
        assertEquals(List.of(), ChangedCells.between(same, examples.nosMapping()));
    }
}

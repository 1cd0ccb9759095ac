// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.curriculum.core.tests.LoadedExamples.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageGrid.Cell;
import org.curriculum.core.coverage.CoverageGrid.Group;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.tests.LoadedExamples;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public coverage grid of the Annexe B mapping, and the one rule for the governing qualification:
 * the first with rules of combination, whatever qualification without rules comes before it.
 */
class CoverageGridTest {

    private static final List<String> RULES_ORDER = List.of("301", "302", "303", "304", "305", "306", "307", "308",
            "309", "204", "205", "206", "207", "208");

    @TempDir
    Path folder;

    private LoadedExamples examples;
    private MappingSet annexeB;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        annexeB = examples.nosMapping();
    }

    @Test
    void annexeBGridListsTheUnitsInTheirRulesGroupsAndTheStandardsAsPrinted() {
        CoverageGrid grid = CoverageGrid.of(annexeB);

        assertEquals(RULES_ORDER, labels(grid.items()));
        assertEquals(List.of("Mandatory units", "Optional units", "Optional Level 2 units"),
                grid.itemGroups().stream().map(Group::title).toList());
        assertEquals(41, grid.standards().size());
        assertEquals("CC01", labels(grid.standards()).get(0));

        // seed 004 Annexe B ticks CC08 for 304 and 204 only
        Cell cell = grid.cell(examples.nos("CC08"), examples.unit("304"));
        assertEquals(CoverageLevel.PARTIAL, cell.level());
        assertFalse(cell.derived());
        assertNull(grid.cell(examples.nos("CC08"), examples.unit("301")));
        assertEquals(2, grid.standardTotal(examples.nos("CC08")));
        assertTrue(grid.isOptional(examples.unit("304")));
        assertFalse(grid.isOptional(examples.unit("301")));
    }

    @Test
    void aQualificationWithoutRulesListedFirstDoesNotGovernTheGrid() {
        Qualification btec = examples.btecQualification();
        Qualification listing = CurriculumFactory.eINSTANCE.createQualification();
        listing.setTitle("A listing copied from a summary table, without rules of combination");
        examples.btec().getQualifications().add(0, listing);

        assertSame(btec, GoverningQualification.of(annexeB));
        CoverageGrid grid = CoverageGrid.of(annexeB);
        assertEquals(RULES_ORDER, labels(grid.items()));
        assertTrue(grid.isOptional(examples.unit("304")));
    }

    @Test
    void withoutRulesOfCombinationTheUnitsKeepTheDocumentOrderAndNoneIsOptional() {
        examples.btecQualification().setRules(null);

        assertNull(GoverningQualification.of(annexeB));
        CoverageGrid grid = CoverageGrid.of(annexeB);
        assertEquals("204", labels(grid.items()).get(0));
        assertEquals(14, grid.items().size());
        assertFalse(grid.isOptional(examples.unit("304")));
    }
}

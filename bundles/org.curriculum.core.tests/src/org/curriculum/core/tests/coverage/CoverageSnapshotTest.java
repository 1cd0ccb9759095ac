// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.curriculum.testsupport.LoadedExamples.column;
import static org.curriculum.testsupport.LoadedExamples.columnLabels;
import static org.curriculum.testsupport.LoadedExamples.link;
import static org.curriculum.testsupport.LoadedExamples.row;
import static org.curriculum.testsupport.LoadedExamples.rowLabels;
import static org.curriculum.core.tests.coverage.MatrixAssertions.assertSameMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.CoverageSummary;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot of a mapping's coverage (what the Excel export and the coverage report read) shows what a
 * matrix that follows edits shows, on Annexe B of the BTEC certificate (seed 004) as published and with
 * links that roll up, point to a standard's element or come from outside the curriculum; and it refuses
 * to follow edits.
 */
class CoverageSnapshotTest {

    @TempDir
    Path folder;

    private LoadedExamples examples;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }


    @Test
    void annexeBAsASnapshotHasTheTicksTotalsAndGapsOfThePublishedGrid() {
        CoverageOptions options = CoverageOptions.defaults().withQualification(examples.btecQualification());
        CoverageMatrix snapshot = CoverageMatrix.snapshot(examples.nosMapping(), options);

        assertFalse(snapshot.followsEdits());
        assertSameMatrix(CoverageMatrix.compute(examples.nosMapping(), options), snapshot, "Annexe B");
        // Counted by hand from Annexe B: 306 ticks fourteen standards, 205 eleven, 303, 207 and 208 none.
        assertEquals(14, snapshot.getRowTotal(row(snapshot, examples.unit("306"))));
        assertEquals(11, snapshot.getRowTotal(row(snapshot, examples.unit("205"))));
        assertEquals(List.of("207", "208", "303"), rowLabels(snapshot, snapshot.getRowsMappingToNothing()));
        assertEquals(new CoverageSummary(41, 41, 0), snapshot.getSummary());
        assertEquals(70, snapshot.getLinkCount());
        int cc09 = column(snapshot, examples.nos("CC09"));
        assertEquals(List.of("204", "205", "304"), rowLabels(snapshot, snapshot.getRowsCovering(cc09)));
        int unit304 = row(snapshot, examples.unit("304"));
        assertEquals(Coverage.PARTIAL, snapshot.getCoverage(unit304, cc09));
        assertFalse(snapshot.isDerived(unit304, cc09));
        assertEquals("Pearson (Annexe B)", snapshot.getLinks(unit304, cc09).get(0).getAuthor());
        // 304 ticks CC08..CC12; between CC09 and CC11 (exclusive) that leaves CC09 and CC10.
        assertEquals(List.of("CC09", "CC10"), columnLabels(snapshot,
                snapshot.getColumnsCoveredBy(unit304, cc09, column(snapshot, examples.nos("CC11")))));
        // Mandatory 301, 302 and 303 tick only CC01..CC07: CC08..CC41 are met only through optional units.
        List<String> optionalOnly = new ArrayList<>();
        for (int i = 8; i <= 41; i++) {
            optionalOnly.add(String.format("CC%02d", i));
        }
        assertEquals(optionalOnly, columnLabels(snapshot, snapshot.getColumnsCoveredOnlyByOptional()));
        assertEquals(0, snapshot.getUncoveredColumns().length);
        assertEquals(41, snapshot.getPartiallyCoveredOnlyColumns().length);
    }

    @Test
    void rolledUpElementAndForeignLinksCountInASnapshotAsInATrackedMatrix() {
        MappingSet annexeB = examples.nosMapping();
        Unit unit304 = (Unit) examples.unit("304");
        AssessmentCriterion criterion = unit304.getLearningOutcomes().get(1).getAssessmentCriteria().get(0);
        Standard cc13 = examples.nos("CC13");
        StandardElement element = CurriculumFactory.eINSTANCE.createStandardElement();
        element.setCode("CC13.1");
        cc13.getElements().add(element);
        MappableItem foreign = LoadedExamples.component(
                examples.root(LoadedExamples.UNIT_OF_COMPETENCY, Curriculum.class), "105569L5");
        MappingLink stray = link(foreign, examples.nos("CC01"), CoverageLevel.FULL);
        annexeB.getLinks().addAll(List.of(link(criterion, cc13, CoverageLevel.FULL),
                link(examples.unit("301"), element, CoverageLevel.FULL),
                link(examples.unit("301"), cc13, CoverageLevel.PARTIAL), stray));

        for (RowDetail detail : RowDetail.values()) {
            CoverageOptions options = CoverageOptions.defaults().withRowDetail(detail)
                    .withQualification(examples.btecQualification());
            CoverageMatrix snapshot = CoverageMatrix.snapshot(annexeB, options);
            assertSameMatrix(CoverageMatrix.compute(annexeB, options), snapshot, detail.name());

            int column = column(snapshot, cc13);
            // 304's criterion covers CC13 fully: the unit shows it full and derived
            int unitRow = row(snapshot, unit304);
            assertEquals(Coverage.FULL, snapshot.getCoverage(unitRow, column), detail.name());
            assertTrue(snapshot.isDerived(unitRow, column), detail.name());
            // 301: a full link to CC13's element and a direct partial tick: full, from the element, so derived
            int unit301 = row(snapshot, examples.unit("301"));
            assertEquals(Coverage.FULL, snapshot.getCoverage(unit301, column), detail.name());
            assertTrue(snapshot.isDerived(unit301, column), detail.name());
            assertEquals(2, snapshot.getLinks(unit301, column).size(), detail.name());
            assertEquals(4, snapshot.getRowTotal(unit301), "301's three ticks and CC13, counted once");
            assertEquals(List.of(stray), snapshot.getUnplacedLinks());
            assertEquals(74, snapshot.getLinkCount());
        }
        CoverageMatrix criteria = CoverageMatrix.snapshot(annexeB,
                CoverageOptions.defaults().withRowDetail(RowDetail.CRITERIA));
        int criterionRow = row(criteria, criterion);
        assertEquals(Coverage.FULL, criteria.getCoverage(criterionRow, column(criteria, cc13)));
        assertFalse(criteria.isDerived(criterionRow, column(criteria, cc13)), "the criterion's own link is direct");
    }

    @Test
    void aSnapshotRefusesToFollowEditsAndStaysAsItWas() {
        CoverageMatrix snapshot = CoverageMatrix.snapshot(examples.nosMapping(), CoverageOptions.defaults());
        int unit303 = row(snapshot, examples.unit("303"));
        int cc04 = column(snapshot, examples.nos("CC04"));
        MappingLink link = link(examples.unit("303"), examples.nos("CC04"), CoverageLevel.PARTIAL);
        examples.nosMapping().getLinks().add(link);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> snapshot.update(link));
        assertEquals("this coverage matrix is a snapshot and cannot follow edits to "
                + ElementLabels.describe(examples.nosMapping()) + "; compute one with CoverageMatrix.compute to follow them",
                refused.getMessage());
        assertThrows(IllegalStateException.class, snapshot::track);
        assertEquals(Coverage.NONE, snapshot.getCoverage(unit303, cc04));
        assertEquals(0, snapshot.getRowTotal(unit303));
        assertEquals(70, snapshot.getLinkCount());
        assertTrue(CoverageMatrix.compute(examples.nosMapping()).followsEdits());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.curriculum.testsupport.LoadedExamples.column;
import static org.curriculum.testsupport.LoadedExamples.link;
import static org.curriculum.testsupport.LoadedExamples.row;
import static org.curriculum.testsupport.LoadedExamples.rowLabels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links from deep items (a criterion) and to parts of a standard (an element) count for their unit and
 * their standard, marked as derived.
 */
class CoverageRollUpTest {

    @TempDir
    Path folder;

    private LoadedExamples examples;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    private AssessmentCriterion criterion304_2_1() {
        Unit unit = (Unit) examples.unit("304");
        LearningOutcome outcome = unit.getLearningOutcomes().get(1);
        AssessmentCriterion criterion = outcome.getAssessmentCriteria().get(0);
        assertEquals("Explain how coaching/buddying activities improve colleagues' use of systems and technology",
                criterion.getTitle());
        return criterion;
    }


    @Test
    void aCriterionLinkCountsForItsUnitAsDerived() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping()).track();
        List<int[]> told = new ArrayList<>();
        matrix.addListener((source, column, rows) -> told.add(new int[] { column, rows.length }));
        int unit304 = row(matrix, examples.unit("304"));
        int cc13 = column(matrix, examples.nos("CC13"));

        // 304 has no tick under CC13 "Contribute to customer service" (305 and 205 have).
        assertEquals(Coverage.NONE, matrix.getCoverage(unit304, cc13));
        MappingLink link = link(criterion304_2_1(), examples.nos("CC13"), CoverageLevel.FULL);
        examples.nosMapping().getLinks().add(link);

        assertEquals(Coverage.FULL, matrix.getCoverage(unit304, cc13));
        assertTrue(matrix.isDerived(unit304, cc13));
        assertEquals(List.of(link), matrix.getLinks(unit304, cc13));
        assertEquals(6, matrix.getRowTotal(unit304));
        assertEquals(1, matrix.getRowFullTotal(unit304));
        assertEquals(List.of("205", "304", "305"), rowLabels(matrix, matrix.getRowsCovering(cc13)));
        assertEquals(Coverage.FULL, matrix.getColumnCoverage(cc13));
        assertEquals(1, matrix.getSummary().fullyCoveredCount());
        assertEquals(100.0 / 41, matrix.getSummary().fullyCoveredPercent(), 1e-9);
        assertEquals(40, matrix.getPartiallyCoveredOnlyColumns().length);
        assertEquals(1, told.size());
        assertArrayEquals(new int[] { cc13, 1 }, told.get(0), "one cell: the unit row of the CC13 column");

        // Made partial, the unit's cell falls back to partial, still derived.
        link.setCoverage(CoverageLevel.PARTIAL);
        assertEquals(Coverage.PARTIAL, matrix.getCoverage(unit304, cc13));
        assertTrue(matrix.isDerived(unit304, cc13));
        assertEquals(0, matrix.getSummary().fullyCoveredCount());

        // Removed, the cell is empty again and 304 is back to its five ticks.
        examples.nosMapping().getLinks().remove(link);
        assertEquals(Coverage.NONE, matrix.getCoverage(unit304, cc13));
        assertEquals(5, matrix.getRowTotal(unit304));
        assertEquals(2, matrix.getColumnTotal(cc13));
        matrix.dispose();
    }

    @Test
    void withCriteriaRowsTheCriterionIsDirectAndItsOutcomeAndUnitDerived() {
        MappingLink link = link(criterion304_2_1(), examples.nos("CC13"), CoverageLevel.FULL);
        examples.nosMapping().getLinks().add(link);
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping(),
                CoverageOptions.defaults().withRowDetail(RowDetail.CRITERIA));
        int criterionRow = row(matrix, criterion304_2_1());
        int outcomeRow = matrix.getRowParent(criterionRow);
        int unitRow = matrix.getRowParent(outcomeRow);
        int cc13 = column(matrix, examples.nos("CC13"));

        assertEquals(row(matrix, examples.unit("304")), unitRow);
        assertEquals(Coverage.FULL, matrix.getCoverage(criterionRow, cc13));
        assertFalse(matrix.isDerived(criterionRow, cc13));
        assertEquals(Coverage.FULL, matrix.getCoverage(outcomeRow, cc13));
        assertTrue(matrix.isDerived(outcomeRow, cc13));
        assertTrue(matrix.isDerived(unitRow, cc13));
        assertEquals(3, matrix.getColumnTotal(cc13), "the unit counts once, not with its outcome and criterion");
        // The unit's own ticks stay on the unit row and are direct.
        int cc09 = column(matrix, examples.nos("CC09"));
        assertFalse(matrix.isDerived(unitRow, cc09));
        assertEquals(Coverage.NONE, matrix.getCoverage(criterionRow, cc09));
    }

    @Test
    void aLinkToAnElementCountsForItsStandardAsDerived() {
        Standard cc13 = examples.nos("CC13");
        StandardElement element = CurriculumFactory.eINSTANCE.createStandardElement();
        element.setCode("CC13.1");
        element.setTitle("Deal with customer contact");
        cc13.getElements().add(element);
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping()).track();
        int unit301 = row(matrix, examples.unit("301"));
        int column = column(matrix, cc13);
        assertEquals(-1, matrix.getColumnOf(element), "elements have no columns of their own");

        MappingLink toElement = link(examples.unit("301"), element, CoverageLevel.FULL);
        examples.nosMapping().getLinks().add(toElement);
        assertEquals(Coverage.FULL, matrix.getCoverage(unit301, column));
        assertTrue(matrix.isDerived(unit301, column));

        // A direct partial tick does not make the cell direct: its full level still comes from the element.
        MappingLink direct = link(examples.unit("301"), cc13, CoverageLevel.PARTIAL);
        examples.nosMapping().getLinks().add(direct);
        assertEquals(Coverage.FULL, matrix.getCoverage(unit301, column));
        assertTrue(matrix.isDerived(unit301, column));

        // Once the element link is partial too, the best level is met directly.
        toElement.setCoverage(CoverageLevel.PARTIAL);
        assertEquals(Coverage.PARTIAL, matrix.getCoverage(unit301, column));
        assertFalse(matrix.isDerived(unit301, column));
        assertEquals(2, matrix.getLinks(unit301, column).size());
        assertEquals(4, matrix.getRowTotal(unit301), "301's three ticks and CC13, counted once");
        matrix.dispose();
    }

    @Test
    void anUntrackedMatrixChangesOnlyWhenToldOfTheLink() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());
        int unit303 = row(matrix, examples.unit("303"));
        int cc04 = column(matrix, examples.nos("CC04"));
        MappingLink link = link(examples.unit("303"), examples.nos("CC04"), CoverageLevel.PARTIAL);
        examples.nosMapping().getLinks().add(link);
        assertEquals(Coverage.NONE, matrix.getCoverage(unit303, cc04), "not tracked, not told");

        matrix.update(link);
        assertEquals(Coverage.PARTIAL, matrix.getCoverage(unit303, cc04));
        assertEquals(List.of("207", "208"), rowLabels(matrix, matrix.getRowsMappingToNothing()));
        matrix.update(link);
        assertEquals(2, matrix.getColumnTotal(cc04), "telling twice counts the link once");

        examples.nosMapping().getLinks().remove(link);
        matrix.update(link);
        assertEquals(1, matrix.getColumnTotal(cc04));
        assertEquals(List.of("207", "208", "303"), rowLabels(matrix, matrix.getRowsMappingToNothing()));
    }

    @Test
    void aLinkFromOutsideTheSourceFrameworkIsReportedNotShown() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping()).track();
        MappableItem foreign = LoadedExamples.component(
                examples.root(LoadedExamples.UNIT_OF_COMPETENCY, org.curriculum.model.Curriculum.class), "105569L5");
        MappingLink stray = link(foreign, examples.nos("CC01"), CoverageLevel.FULL);
        examples.nosMapping().getLinks().add(stray);

        assertEquals(List.of(stray), matrix.getUnplacedLinks());
        assertEquals(71, matrix.getLinkCount());
        assertEquals(0, matrix.getSummary().fullyCoveredCount());
        examples.nosMapping().getLinks().remove(stray);
        assertTrue(matrix.getUnplacedLinks().isEmpty());
        matrix.dispose();
    }
}

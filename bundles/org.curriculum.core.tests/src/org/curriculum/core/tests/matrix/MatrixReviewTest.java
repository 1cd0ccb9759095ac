// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.matrix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.core.matrix.ReviewFigures;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review in the matrix layout and the dashboard's review figures, without a display: Annexe B (70 links, CC09
 * ticked for 304, 204 and 205, unit 302 with 4 ticks, every standard covered) and Annexe C level 2 (FS2-03,
 * FS2-07 and FS2-09 without a tick).
 */
class MatrixReviewTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;
    /** Labels from the item providers, as the workbench's matrix shows them ("304 Principles ..."). */
    private final MatrixLayout layout = new MatrixLayout(
            new AdapterFactoryItemDelegator(new LabelledItemProviderAdapterFactory())::getText);

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    @AfterEach
    void dispose() {
        layout.dispose();
    }

    private MappingSet annexeB() {
        MappingSet mapping = examples.root(LoadedExamples.NOS_MAPPING, MappingSet.class);
        layout.show(mapping);
        return mapping;
    }

    /** Every body cell with a proposed link of its own, along the rows then down: what N steps through. */
    private List<int[]> proposedCells() {
        List<int[]> cells = new ArrayList<>();
        for (int row = 0; row < layout.getRowCount(); row++) {
            for (int column = 0; column < layout.getColumnCount(); column++) {
                if (layout.getReviewState(column, row) == ReviewState.PROPOSED) {
                    cells.add(new int[] { column, row });
                }
            }
        }
        return cells;
    }

    @Test
    void anUnreviewedGridReadsProposedEverywhere() {
        MappingSet mapping = annexeB();
        ReviewFigures figures = ReviewFigures.of(mapping, layout.getMatrix());
        assertEquals(new ReviewFigures(70, 0, 0, 0, 0, 0, 0), figures);
        assertEquals("0% reviewed (0 of 70 links and gaps): 0 accepted, 0 queried, 0 rejected, 70 proposed; no gaps",
                figures.describe());
        assertEquals(70, proposedCells().size());
        // A cell without a link of its own has no review state.
        int column = layout.getColumnHeaders().indexOf("CC09");
        int row301 = rowOf("301");
        assertNull(layout.getReviewState(column, row301));
    }

    @Test
    void anApprovedPublicationReadsAccepted() {
        MappingSet mapping = annexeB();
        mapping.setApprovedPublication(true);
        ReviewFigures figures = ReviewFigures.of(mapping, layout.getMatrix());
        assertEquals(70, figures.accepted());
        assertEquals("100%", figures.reviewedPercent());
        assertNull(layout.nextUnreviewed(-1, -1));
    }

    @Test
    void nextUnreviewedStepsThroughTheProposedCellsAndWrapsRound() {
        MappingSet mapping = annexeB();
        List<int[]> proposed = proposedCells();
        assertArrayEquals(proposed.get(0), layout.nextUnreviewed(-1, -1));
        assertArrayEquals(proposed.get(1), layout.nextUnreviewed(proposed.get(0)[0], proposed.get(0)[1]));
        // From the last proposed cell it wraps round to the first.
        int[] last = proposed.get(proposed.size() - 1);
        assertArrayEquals(proposed.get(0), layout.nextUnreviewed(last[0], last[1]));

        // Once the second is accepted, the first is followed by the third.
        layout.getDirectLink(proposed.get(1)[0], proposed.get(1)[1]).setReviewState(ReviewState.ACCEPTED);
        assertArrayEquals(proposed.get(2), layout.nextUnreviewed(proposed.get(0)[0], proposed.get(0)[1]));
        assertEquals(ReviewState.ACCEPTED, layout.getReviewState(proposed.get(1)[0], proposed.get(1)[1]));
        assertEquals("1% reviewed (1 of 70 links and gaps): 1 accepted, 0 queried, 0 rejected, 69 proposed; no gaps",
                ReviewFigures.of(mapping, layout.getMatrix()).describe());
    }

    @Test
    void theReviewFilterKeepsTheRowsAndColumnsOfLinksInThatState() {
        MappingSet mapping = annexeB();
        int cc09 = layout.getColumnHeaders().indexOf("CC09");
        for (String unit : List.of("304", "204", "205")) {
            layout.getDirectLink(cc09, rowOf(unit)).setReviewState(ReviewState.QUERIED);
        }
        layout.setReviewFilter(ReviewState.QUERIED);
        assertEquals(List.of("CC09", MatrixLayout.ROW_TOTALS), layout.getColumnHeaders());
        assertEquals(3, layout.getRowCount(), layout.getRowHeaders().toString());
        assertTrue(layout.getRowHeaders().stream().limit(3).allMatch(header -> header.matches("(304|204|205) .*")),
                layout.getRowHeaders().toString());
        layout.setReviewFilter(null);
        assertEquals(41, layout.getColumnCount());
        assertEquals(new ReviewFigures(67, 0, 3, 0, 0, 0, 0), ReviewFigures.of(mapping, layout.getMatrix()));
    }

    @Test
    void aJustifiedGapCountsOnlyWhenAccepted() {
        MappingSet mapping = examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING, MappingSet.class);
        layout.show(mapping);
        assertEquals(3, ReviewFigures.of(mapping, layout.getMatrix()).gaps());
        GapReview gap = CurriculumFactory.eINSTANCE.createGapReview();
        gap.setStandard(LoadedExamples.standard(examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2, StandardsFramework.class), "FS2-03"));
        gap.setJustification("Writing at level 2 is assessed in the English qualification taken alongside.");
        mapping.getGapReviews().add(gap);
        assertEquals(0, ReviewFigures.of(mapping, layout.getMatrix()).justifiedGaps());
        gap.setReviewState(ReviewState.QUERIED);
        assertEquals(1, ReviewFigures.of(mapping, layout.getMatrix()).reviewedGaps());
        assertEquals(0, ReviewFigures.of(mapping, layout.getMatrix()).justifiedGaps());
        gap.setReviewState(ReviewState.ACCEPTED);
        ReviewFigures figures = ReviewFigures.of(mapping, layout.getMatrix());
        assertEquals(1, figures.justifiedGaps());
        assertEquals(figures.links() + 3, figures.decisions());
        assertTrue(figures.describe().endsWith("; 1 of 3 gaps justified"), figures.describe());
    }

    private int rowOf(String number) {
        List<String> headers = layout.getRowHeaders();
        for (int row = 0; row < headers.size(); row++) {
            if (headers.get(row).startsWith(number + " ")) {
                return row;
            }
        }
        throw new AssertionError("no row " + number + " in " + headers);
    }
}

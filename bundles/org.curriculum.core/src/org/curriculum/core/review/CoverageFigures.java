// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.review;

import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;

/**
 * Coverage at a glance, the figures a committee looks at first: how many standards are covered fully,
 * only partially or not at all, and how many are met on every valid pathway through the qualification.
 * Read from the one coverage computation ({@link CoverageGrid}) and the rules service.
 *
 * @param standards  the standards of the grid
 * @param full       standards some item covers fully
 * @param partial    standards covered, but only partially
 * @param uncovered  standards no item covers (the gaps)
 * @param guaranteed standards covered on every valid pathway, or -1 when the mapping's source has no
 *                   qualification with rules of combination (then there is nothing to guarantee)
 */
public record CoverageFigures(int standards, int full, int partial, int uncovered, int guaranteed) {

    /** The figures of a grid. */
    public static CoverageFigures of(CoverageGrid grid) {
        int full = 0;
        int partial = 0;
        for (MappableItem standard : grid.standards()) {
            CoverageLevel best = grid.best(standard);
            if (best == CoverageLevel.FULL) {
                full++;
            } else if (best == CoverageLevel.PARTIAL) {
                partial++;
            }
        }
        int standards = grid.standards().size();
        return new CoverageFigures(standards, full, partial, standards - full - partial, guaranteed(grid.mapping()));
    }

    /**
     * The figures of a coverage matrix (the matrix view's tracked one, which follows edits) with a guarantee
     * computed apart, e.g. by {@link #guaranteed(MappingSet)} off a display thread.
     */
    public static CoverageFigures of(CoverageMatrix matrix, int guaranteed) {
        int standards = matrix.getColumnCount();
        int full = 0;
        int uncovered = 0;
        for (int column = 0; column < standards; column++) {
            if (matrix.getColumnFullTotal(column) > 0) {
                full++;
            } else if (matrix.getColumnTotal(column) == 0) {
                uncovered++;
            }
        }
        return new CoverageFigures(standards, full, standards - full - uncovered, uncovered, guaranteed);
    }

    /**
     * How many standards of a mapping every valid pathway covers, or -1 when its source has no qualification
     * with rules of combination. Takes seconds at national scale.
     */
    public static int guaranteed(MappingSet mapping) {
        Qualification qualification = GoverningQualification.of(mapping);
        if (qualification == null) {
            return -1;
        }
        int count = 0;
        for (CoverageGuarantee guarantee : PathwayAnalysis.of(qualification).guaranteedCoverage(mapping)) {
            // a standard nobody covers is "guaranteed" only vacuously (no valid pathway): not counted
            if (guarantee.guaranteed() && !guarantee.coveredBy().isEmpty()) {
                count++;
            }
        }
        return count;
    }

    /** Standards covered at any level. */
    public int covered() {
        return full + partial;
    }
}

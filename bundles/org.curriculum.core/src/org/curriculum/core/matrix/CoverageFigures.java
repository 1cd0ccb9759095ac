// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

import java.util.List;
import java.util.Locale;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;

/**
 * The coverage figures of the dashboard above the matrix: of a mapping's standards, how many are covered
 * fully by some item, how many only partially, how many by nothing, and (when the source has rules of
 * combination) how many every valid pathway covers. Every figure is read from the one coverage model
 * ({@link CoverageMatrix}) or the rules service ({@link PathwayAnalysis}), never recounted from links.
 *
 * @param standards   the standards of the matrix (its columns)
 * @param full        standards some item covers fully
 * @param partial     standards covered, but only partially
 * @param uncovered   standards nothing covers
 * @param guaranteed  standards covered on every valid pathway, or {@code null} when not known (no rules of
 *                    combination, or not computed yet)
 */
public record CoverageFigures(int standards, int full, int partial, int uncovered, Integer guaranteed) {

    /** The figures of a coverage matrix, without the guarantee (which needs the pathway analysis). */
    public static CoverageFigures of(CoverageMatrix matrix) {
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
        return new CoverageFigures(standards, full, standards - full - uncovered, uncovered, null);
    }

    /** These figures with the number of standards every pathway covers. */
    public CoverageFigures withGuaranteed(Integer count) {
        return new CoverageFigures(standards, full, partial, uncovered, count);
    }

    /**
     * How many standards of a mapping every valid pathway through its governing qualification covers, or
     * {@code null} when the source has no qualification with rules of combination. A standard nothing covers
     * is not counted, even when no valid pathway exists (then every answer is vacuously "guaranteed"). This
     * can take long at national scale; a view calls it off its display thread.
     */
    public static Integer guaranteedCount(MappingSet mapping) {
        Qualification qualification = GoverningQualification.of(mapping);
        if (qualification == null) {
            return null;
        }
        List<CoverageGuarantee> answers = PathwayAnalysis.of(qualification).guaranteedCoverage(mapping);
        // Only the framework's standards are counted (the analysis also answers for other linked target items).
        return (int) answers.stream().filter(answer -> answer.standard() instanceof Standard && answer.guaranteed()
                && !answer.coveredBy().isEmpty()).count();
    }

    /** The dashboard's line: every figure with its label. */
    public String describe() {
        return standards + " standards: " + full + " covered fully, " + partial + " partially, " + uncovered
                + " uncovered" + (guaranteed == null ? "" : ", " + guaranteed + " on every pathway");
    }

    /** A share of the standards in whole percent, as the dashboard shows it. */
    public String percentOf(int count) {
        return standards == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", 100.0 * count / standards);
    }
}

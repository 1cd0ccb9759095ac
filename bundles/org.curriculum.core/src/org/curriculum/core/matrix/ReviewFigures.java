// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

import java.util.Locale;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;

/**
 * The review progress of the dashboard above the matrix: how many of a mapping's links are in each review
 * state (a link with no stored state reads as proposed, or as accepted in an approved publication), and
 * how many of the standards nothing covers carry an accepted justification.
 *
 * @param proposed      links not reviewed yet
 * @param accepted      links accepted
 * @param queried       links queried
 * @param rejected      links rejected
 * @param gaps          standards nothing covers
 * @param justifiedGaps of those, the ones whose gap a reviewer accepted as justified
 */
public record ReviewFigures(int proposed, int accepted, int queried, int rejected, int gaps, int justifiedGaps) {

    /** The review figures of a mapping, its gaps read from the coverage matrix. */
    public static ReviewFigures of(MappingSet mapping, CoverageMatrix matrix) {
        int[] counts = new int[ReviewState.VALUES.size()];
        for (MappingLink link : mapping.getLinks()) {
            counts[link.effectiveReviewState().getValue()]++;
        }
        int[] uncovered = matrix.getUncoveredColumns();
        int justified = 0;
        for (GapReview gap : mapping.getGapReviews()) {
            int column = matrix.getColumnOf(gap.getStandard());
            if (column >= 0 && matrix.getColumnTotal(column) == 0
                    && gap.effectiveReviewState() == ReviewState.ACCEPTED) {
                justified++;
            }
        }
        return new ReviewFigures(counts[ReviewState.PROPOSED_VALUE], counts[ReviewState.ACCEPTED_VALUE],
                counts[ReviewState.QUERIED_VALUE], counts[ReviewState.REJECTED_VALUE], uncovered.length, justified);
    }

    /** Every link. */
    public int links() {
        return proposed + accepted + queried + rejected;
    }

    /** Links with a verdict (accepted, queried or rejected). */
    public int reviewed() {
        return accepted + queried + rejected;
    }

    /** The share of links reviewed in whole percent; 0 for a mapping without links. */
    public String reviewedPercent() {
        return links() == 0 ? "0%" : String.format(Locale.ROOT, "%.0f%%", Math.floor(100.0 * reviewed() / links()));
    }

    /** The dashboard's line: the share reviewed, the count per state, the gaps justified. */
    public String describe() {
        return reviewedPercent() + " reviewed (" + reviewed() + " of " + links() + " links): " + accepted + " accepted, "
                + queried + " queried, " + rejected + " rejected, " + proposed + " proposed; "
                + (gaps == 0 ? "no gaps" : justifiedGaps + " of " + gaps + " gaps justified");
    }
}

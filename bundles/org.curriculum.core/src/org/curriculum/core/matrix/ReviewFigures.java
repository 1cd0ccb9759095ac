// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;

/**
 * The review progress of the dashboard above the matrix: how many of a mapping's links are in each review
 * state (a link with no stored state reads as proposed, or as accepted in an approved publication), how
 * many of the standards nothing covers have a gap review, and how many of those are justified (accepted,
 * with a justification). The share reviewed counts links and gaps alike, as the review report does.
 *
 * @param proposed      links not reviewed yet
 * @param accepted      links accepted
 * @param queried       links queried
 * @param rejected      links rejected
 * @param gaps          standards nothing covers
 * @param reviewedGaps  of those, the ones whose gap review reads anything but proposed
 * @param justifiedGaps of those, the ones a reviewer accepted with a justification
 */
public record ReviewFigures(int proposed, int accepted, int queried, int rejected, int gaps, int reviewedGaps,
        int justifiedGaps) {

    /**
     * The review figures of a mapping, its gaps read from the coverage matrix: a pass over every link (a
     * {@link ReviewTally} keeps the same counts as the links change).
     */
    public static ReviewFigures of(MappingSet mapping, CoverageMatrix matrix) {
        int[] counts = new int[ReviewState.VALUES.size()];
        for (MappingLink link : mapping.getLinks()) {
            counts[link.effectiveReviewState().getValue()]++;
        }
        return of(counts, mapping, matrix);
    }

    /** The figures of links already counted per effective state (by its value), with the mapping's gaps. */
    static ReviewFigures of(int[] counts, MappingSet mapping, CoverageMatrix matrix) {
        int reviewed = 0;
        int justified = 0;
        for (GapReview gap : mapping.getGapReviews()) {
            int column = matrix.getColumnOf(gap.getStandard());
            // A gap review of a standard covered since is no gap any more.
            if (column >= 0 && matrix.getColumnTotal(column) == 0) {
                ReviewState state = gap.effectiveReviewState();
                reviewed += state == ReviewState.PROPOSED ? 0 : 1;
                justified += state == ReviewState.ACCEPTED && gap.getJustification() != null
                        && !gap.getJustification().isBlank() ? 1 : 0;
            }
        }
        return new ReviewFigures(counts[ReviewState.PROPOSED_VALUE], counts[ReviewState.ACCEPTED_VALUE],
                counts[ReviewState.QUERIED_VALUE], counts[ReviewState.REJECTED_VALUE], matrix.getSummary().uncoveredCount(), reviewed,
                justified);
    }

    /** Every link. */
    public int links() {
        return proposed + accepted + queried + rejected;
    }

    /** Review decisions: one per link and one per gap. */
    public int decisions() {
        return links() + gaps;
    }

    /** Decisions taken: links with a verdict (accepted, queried or rejected) and gaps reviewed. */
    public int reviewed() {
        return accepted + queried + rejected + reviewedGaps;
    }

    /** The share of decisions taken in whole percent, rounded as the review report rounds it (100 for an empty grid). */
    public String reviewedPercent() {
        return (decisions() == 0 ? 100 : Math.round(100.0 * reviewed() / decisions())) + "%";
    }

    /** The dashboard's line: the share reviewed, the count per state, the gaps justified. */
    public String describe() {
        return reviewedPercent() + " reviewed (" + reviewed() + " of " + decisions() + " links and gaps): " + accepted + " accepted, "
                + queried + " queried, " + rejected + " rejected, " + proposed + " proposed; "
                + (gaps == 0 ? "no gaps" : justifiedGaps + " of " + gaps + " gaps justified");
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.model.labels.ElementLabels;

/**
 * Where a council's review of a grid stands: the links per review state, every queried and rejected
 * cell with its comment thread, the unjustified gaps (standards no item covers, as {@link CoverageGrid}
 * computes it, that have no accepted gap review with a justification) and the share of the grid
 * reviewed. The share counts review decisions: each link and each gap is one decision, reviewed once it
 * reads as anything but proposed. {@code workbench review}, the review workbook and the UI read this.
 */
public final class ReviewReport {

    /** One comment of a thread. */
    public record Comment(String author, Date date, String text) {
    }

    /**
     * A reviewed cell or gap as the report lists it.
     *
     * @param cell     the cell's name, e.g. {@code 304 x CC09}, or the gap's standard code
     * @param state    the state it reads as
     * @param reviewer who gave the verdict, or null
     * @param date     when, or null
     * @param comments the thread, oldest first
     * @param element  the link or gap review (null for a gap nobody reviewed)
     */
    public record Entry(String cell, ReviewState state, String reviewer, Date date, List<Comment> comments,
            Reviewable element) {
    }

    /**
     * An uncovered standard without an accepted justification.
     *
     * @param standard the standard
     * @param review   its gap review, or null when nobody has looked at it
     */
    public record Gap(MappableItem standard, GapReview review) {
        /** The standard's code, e.g. {@code CC17}. */
        public String code() {
            return ElementLabels.identifierOrEmpty(standard);
        }
    }

    private final MappingSet mapping;
    private final Map<ReviewState, Integer> linkCounts = new EnumMap<>(ReviewState.class);
    private final List<Entry> queried = new ArrayList<>();
    private final List<Entry> rejected = new ArrayList<>();
    private final List<Gap> unjustifiedGaps = new ArrayList<>();
    private final int links;
    private final int gaps;
    private final int reviewedGaps;
    private final CoverageFigures figures;

    private ReviewReport(CoverageGrid grid) {
        this.mapping = grid.mapping();
        for (ReviewState state : ReviewState.values()) {
            linkCounts.put(state, 0);
        }
        for (MappingLink link : mapping.getLinks()) {
            ReviewState state = link.effectiveReviewState();
            linkCounts.merge(state, 1, Integer::sum);
            if (state == ReviewState.QUERIED) {
                queried.add(entry(ElementLabels.cell(link), link));
            } else if (state == ReviewState.REJECTED) {
                rejected.add(entry(ElementLabels.cell(link), link));
            }
        }
        this.links = mapping.getLinks().size();
        int gapCount = 0;
        int reviewed = 0;
        for (MappableItem standard : grid.standards()) {
            if (grid.best(standard) != null) {
                continue;
            }
            gapCount++;
            GapReview review = gapReview(standard);
            if (review != null && review.effectiveReviewState() != ReviewState.PROPOSED) {
                reviewed++;
            }
            if (!isJustified(review)) {
                unjustifiedGaps.add(new Gap(standard, review));
            }
        }
        this.gaps = gapCount;
        this.reviewedGaps = reviewed;
        this.figures = CoverageFigures.of(grid);
    }

    /** The report of a mapping set whose frameworks are loaded. */
    public static ReviewReport of(MappingSet mapping) {
        return new ReviewReport(CoverageGrid.of(mapping));
    }

    /** The report of a grid already computed. */
    public static ReviewReport of(CoverageGrid grid) {
        return new ReviewReport(grid);
    }

    /**
     * Whether anyone reviewed the mapping: a stored state or a comment on a link, a gap review, or the approved
     * publication flag. Exports add their review parts only then, so an unreviewed grid exports as before.
     */
    public static boolean hasReview(MappingSet mapping) {
        if (mapping.isApprovedPublication() || !mapping.getGapReviews().isEmpty()) {
            return true;
        }
        for (MappingLink link : mapping.getLinks()) {
            if (ReviewThreads.hasReviewOrComments(link)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a gap review makes its gap acceptable: accepted, with a justification. */
    public static boolean isJustified(GapReview review) {
        return review != null && review.effectiveReviewState() == ReviewState.ACCEPTED
                && review.getJustification() != null && !review.getJustification().isBlank();
    }

    private GapReview gapReview(MappableItem standard) {
        for (GapReview review : mapping.getGapReviews()) {
            if (review.getStandard() == standard) {
                return review;
            }
        }
        return null;
    }

    private static Entry entry(String cell, Reviewable reviewable) {
        List<Comment> comments = new ArrayList<>();
        for (ReviewComment comment : reviewable.getComments()) {
            comments.add(new Comment(comment.getAuthor(), comment.getDate(), comment.getText()));
        }
        return new Entry(cell, reviewable.effectiveReviewState(), reviewable.getReviewer(), reviewable.getReviewedOn(),
                List.copyOf(comments), reviewable);
    }

    /** The mapping set reported on. */
    public MappingSet mapping() {
        return mapping;
    }

    /** How many links read as this state. */
    public int links(ReviewState state) {
        return linkCounts.get(state);
    }

    /** How many links the grid has. */
    public int links() {
        return links;
    }

    /** The queried cells, in the mapping's link order. */
    public List<Entry> queried() {
        return Collections.unmodifiableList(queried);
    }

    /** The rejected cells, in the mapping's link order. */
    public List<Entry> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /** The uncovered standards without an accepted justification, in grid order. */
    public List<Gap> unjustifiedGaps() {
        return Collections.unmodifiableList(unjustifiedGaps);
    }

    /** How many standards no item covers. */
    public int gaps() {
        return gaps;
    }

    /** Review decisions: one per link and one per gap. */
    public int decisions() {
        return links + gaps;
    }

    /** Decisions taken: links and gaps that read as anything but proposed. */
    public int reviewed() {
        return links - linkCounts.get(ReviewState.PROPOSED) + reviewedGaps;
    }

    /** The share of the grid reviewed, 0 to 100, rounded to a whole per cent (100 for an empty grid). */
    public int reviewedPercent() {
        return decisions() == 0 ? 100 : (int) Math.round(100.0 * reviewed() / decisions());
    }

    /** The coverage figures of the same grid. */
    public CoverageFigures figures() {
        return figures;
    }
}

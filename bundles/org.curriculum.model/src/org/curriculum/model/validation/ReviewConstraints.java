// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.Map;

import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappingLink;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Constraints on a council's review, kept to warnings: a rejected link still counts in every coverage
 * figure until someone changes or removes it, and a gap accepted without a justification gives the next
 * reader no reason. Queried links are the normal state of a review in progress and are not reported here
 * (the review report lists them).
 */
public final class ReviewConstraints {

    private ReviewConstraints() {
    }

    /** A rejected link is still in the grid; an accepted gap has a justification. */
    public static boolean validateReview(Reviewable reviewable, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.REVIEWABLE__VALIDATE_REVIEW);
        if (reviewable instanceof MappingLink link && link.effectiveReviewState() == ReviewState.REJECTED) {
            findings.warning("Cell " + ElementLabels.cell(link) + " was rejected" + by(link)
                    + " but still counts as " + link.getCoverage() + " coverage: change its level or remove the link.",
                    link, CurriculumPackage.Literals.REVIEWABLE__REVIEW_STATE);
        }
        if (reviewable instanceof GapReview gap && gap.effectiveReviewState() == ReviewState.ACCEPTED
                && (gap.getJustification() == null || gap.getJustification().isBlank())) {
            findings.warning("The gap at " + ElementLabels.describeInSentence(gap.getStandard()) + " was accepted"
                    + by(gap) + " without a justification: write why the standard need not be covered.",
                    gap, CurriculumPackage.Literals.GAP_REVIEW__JUSTIFICATION);
        }
        return findings.valid();
    }

    private static String by(Reviewable reviewable) {
        String who = reviewable.getReviewer() == null ? "" : " by " + reviewable.getReviewer();
        String when = reviewable.getReviewedOn() == null ? ""
                : " on " + new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(reviewable.getReviewedOn());
        return who + when;
    }
}

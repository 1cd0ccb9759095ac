// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.review;

import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;

/**
 * How a link or a gap reads when nobody has reviewed it: files saved before review existed store no
 * state, and their links read as proposed, or as accepted when the mapping set is marked as an approved
 * publication. The generated {@code Reviewable.effectiveReviewState()} calls this.
 */
public final class ReviewStates {

    private ReviewStates() {
    }

    /** The stored state, else accepted for a link of an approved publication, else proposed. */
    public static ReviewState effective(Reviewable reviewable) {
        if (reviewable.isSetReviewState()) {
            return reviewable.getReviewState();
        }
        // Only links: a gap in a published grid still needs its own justification to count as accepted.
        if (reviewable instanceof MappingLink && reviewable.eContainer() instanceof MappingSet mapping
                && mapping.isApprovedPublication()) {
            return ReviewState.ACCEPTED;
        }
        return ReviewState.PROPOSED;
    }

    /** Whether someone gave a verdict (anything but proposed, counting an approved publication's links). */
    public static boolean isReviewed(Reviewable reviewable) {
        return effective(reviewable) != ReviewState.PROPOSED;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.testsupport;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.labels.ElementLabels;

/**
 * The scripted council review of the Annexe B grid (70 links) the review tests share: in the file's
 * order, the first 60 links accepted, the next 8 queried and the last 2 rejected, each query and
 * rejection with a comment that names its cell. Tests of model.edit run the same plan through the
 * review commands; the other bundles apply it directly with {@link #applyTo}.
 */
public final class AnnexeBReview {

    /** The reviewer's name on every verdict and comment. */
    public static final String REVIEWER = "A. Moderator (QC panel)";
    /** The day of the review. */
    public static final Date DATE = Date.from(LocalDate.of(2026, 11, 30).atStartOfDay(ZoneOffset.UTC).toInstant());
    /** How many links the plan accepts, queries and rejects. */
    public static final int ACCEPTED = 60, QUERIED = 8, REJECTED = 2;

    private AnnexeBReview() {
    }

    /** One verdict of the plan: the link, its state and the comment (null for an accepted link). */
    public record Verdict(MappingLink link, ReviewState state, String comment) {
    }

    /** The plan for this mapping set's links, in file order. */
    public static List<Verdict> plan(MappingSet mapping) {
        List<MappingLink> links = mapping.getLinks();
        if (links.size() != ACCEPTED + QUERIED + REJECTED) {
            throw new IllegalStateException("Annexe B has " + links.size() + " links, the plan expects 70");
        }
        List<Verdict> plan = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            MappingLink link = links.get(i);
            String cell = ElementLabels.cell(link);
            if (i < ACCEPTED) {
                plan.add(new Verdict(link, ReviewState.ACCEPTED, null));
            } else if (i < ACCEPTED + QUERIED) {
                plan.add(new Verdict(link, ReviewState.QUERIED, "Query " + (i - ACCEPTED + 1) + " on " + cell
                        + ": show where the unit's content teaches this underpinning knowledge."));
            } else {
                plan.add(new Verdict(link, ReviewState.REJECTED, "Rejected " + cell
                        + ": the unit does not address this standard."));
            }
        }
        return plan;
    }

    /** Applies the plan to the links directly (no command stack), as a saved reviewed file would hold it. */
    public static List<Verdict> applyTo(MappingSet mapping) {
        List<Verdict> plan = plan(mapping);
        for (Verdict verdict : plan) {
            MappingLink link = verdict.link();
            link.setReviewState(verdict.state());
            link.setReviewer(REVIEWER);
            link.setReviewedOn(DATE);
            if (verdict.comment() != null) {
                ReviewComment comment = CurriculumFactory.eINSTANCE.createReviewComment();
                comment.setAuthor(REVIEWER);
                comment.setDate(DATE);
                comment.setText(verdict.comment());
                link.getComments().add(comment);
            }
        }
        return plan;
    }
}

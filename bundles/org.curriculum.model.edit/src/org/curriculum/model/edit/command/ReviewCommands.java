// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.edit.command;

import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.Set;

import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.GapReview;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewComment;
import org.curriculum.model.ReviewState;
import org.curriculum.model.Reviewable;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A council's review of a mapping grid as EMF commands: give many cells a verdict in one undoable step
 * (with the reviewer, the date and an optional comment), add a comment to a link's or a gap's thread,
 * justify a gap; and the rule that editing a reviewed link's level or rationale sends it back to
 * proposed, in the same undoable step as the edit.
 */
public final class ReviewCommands {

    private static final CurriculumPackage MODEL = CurriculumPackage.eINSTANCE;

    private ReviewCommands() {
    }

    /** The label of a verdict on several cells: "Accept cells", "Query cells", "Reject cells", "Reset review". */
    public static String label(ReviewState state) {
        return switch (state) {
        case ACCEPTED -> "Accept cells";
        case QUERIED -> "Query cells";
        case REJECTED -> "Reject cells";
        case PROPOSED -> "Reset review";
        };
    }

    /**
     * One command that gives every linked cell the same verdict, the reviewer and the date, and adds the
     * comment (when not blank) to each cell's thread. A cell without a link has nothing to review (a
     * gap is reviewed per standard, see {@link #justifyGap}) and is left out; a cell named twice counts
     * once. Null when no cell has a link.
     */
    public static Command review(EditingDomain domain, Collection<MappingCell> cells, ReviewState state,
            String reviewer, Date date, String comment) {
        CompoundCommand review = new CompoundCommand(label(state));
        Set<MappingLink> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (MappingCell cell : cells) {
            if (cell.link() != null && seen.add(cell.link())) {
                appendVerdict(review, domain, cell.link(), state, reviewer, date, comment);
            }
        }
        return review.isEmpty() ? null : review;
    }

    /** The command that adds a comment (author, date, stripped text) to a link's or a gap's thread; null for blank text. */
    public static Command addComment(EditingDomain domain, Reviewable reviewable, String author, Date date,
            String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return AddCommand.create(domain, reviewable, MODEL.getReviewable_Comments(), comment(author, date, text));
    }

    /**
     * The command that records a gap's review: the justification (stripped; blank unsets it), the verdict,
     * the reviewer and the date, on the standard's existing gap review or on a new one added to the
     * mapping set. {@code state} is usually accepted (a justified gap) or queried.
     */
    public static Command justifyGap(EditingDomain domain, MappingSet mapping, MappableItem standard,
            String justification, ReviewState state, String reviewer, Date date) {
        String text = justification == null || justification.isBlank() ? null : justification.strip();
        GapReview existing = findGapReview(mapping, standard);
        CompoundCommand justify = new CompoundCommand("Justify gap");
        if (existing == null) {
            GapReview created = CurriculumFactory.eINSTANCE.createGapReview();
            created.setStandard(standard);
            created.setJustification(text);
            created.setReviewState(state);
            created.setReviewer(reviewer);
            created.setReviewedOn(date);
            justify.append(AddCommand.create(domain, mapping, MODEL.getMappingSet_GapReviews(), created));
        } else {
            justify.append(SetCommand.create(domain, existing, MODEL.getGapReview_Justification(),
                    text == null ? SetCommand.UNSET_VALUE : text));
            appendVerdict(justify, domain, existing, state, reviewer, date, null);
        }
        return justify;
    }

    /** The gap review of exactly this standard in the mapping set, or null. */
    public static GapReview findGapReview(MappingSet mapping, MappableItem standard) {
        for (GapReview gap : mapping.getGapReviews()) {
            if (gap.getStandard() == standard) {
                return gap;
            }
        }
        return null;
    }

    /**
     * The set command an item provider made, extended so that changing a reviewed link's level or
     * rationale also sends the link back to proposed: the verdict was about the old content. One
     * compound, so one undo restores both. Any other set is returned unchanged. The generated
     * {@code MappingLinkItemProvider.createSetCommand} calls this, so every edit path (matrix commands
     * and the property sheet, both built with {@link SetCommand#create}) follows the rule.
     */
    public static Command withReviewReset(EditingDomain domain, EObject owner, EStructuralFeature feature,
            Object value, Command set) {
        if (!(owner instanceof MappingLink link) || set == null || !set.canExecute()
                || feature != MODEL.getMappingLink_Coverage() && feature != MODEL.getMappingLink_Rationale()
                || link.effectiveReviewState() == ReviewState.PROPOSED
                || sameValue(link.eGet(feature), value)) {
            return set;
        }
        CompoundCommand edit = new CompoundCommand(set.getLabel(), set.getDescription());
        edit.append(set);
        // A plain SetCommand, not SetCommand.create: this feature is not one that resets, but going
        // through the item provider again would be a needless round trip.
        edit.append(new SetCommand(domain, link, MODEL.getReviewable_ReviewState(), ReviewState.PROPOSED));
        return edit;
    }

    private static boolean sameValue(Object current, Object value) {
        Object wanted = value == SetCommand.UNSET_VALUE ? null : value;
        return current == null ? wanted == null : current.equals(wanted);
    }

    private static void appendVerdict(CompoundCommand into, EditingDomain domain, Reviewable reviewable,
            ReviewState state, String reviewer, Date date, String comment) {
        into.append(new SetCommand(domain, reviewable, MODEL.getReviewable_ReviewState(), state));
        into.append(new SetCommand(domain, reviewable, MODEL.getReviewable_Reviewer(),
                reviewer == null || reviewer.isBlank() ? SetCommand.UNSET_VALUE : reviewer.strip()));
        into.append(new SetCommand(domain, reviewable, MODEL.getReviewable_ReviewedOn(),
                date == null ? SetCommand.UNSET_VALUE : date));
        if (comment != null && !comment.isBlank()) {
            into.append(new AddCommand(domain, reviewable, MODEL.getReviewable_Comments(),
                    comment(reviewer, date, comment)));
        }
    }

    private static ReviewComment comment(String author, Date date, String text) {
        ReviewComment comment = CurriculumFactory.eINSTANCE.createReviewComment();
        comment.setAuthor(author == null || author.isBlank() ? null : author.strip());
        comment.setDate(date);
        comment.setText(text.strip());
        return comment;
    }
}

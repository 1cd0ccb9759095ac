// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

import java.util.Arrays;
import java.util.List;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.ReviewState;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;

/**
 * The links of one mapping per review state, kept up to date from the model's notifications as links are added,
 * removed or reviewed, so that the dashboard's {@link ReviewFigures} cost the same for 70 links as for 400,000
 * (counting them again on every refresh took tens of milliseconds at national scale). The counts are exactly
 * those {@link ReviewFigures#of} would find: links with a stored state count in it, the others read as the
 * mapping says (accepted in an approved publication, else proposed). Call {@link #dispose()} when the mapping
 * is no longer shown.
 */
public final class ReviewTally {

    private final MappingSet mapping;
    /** Links with a stored review state, per state (by its value). */
    private final int[] stored = new int[ReviewState.VALUES.size()];
    private final Follower follower = new Follower();

    private ReviewTally(MappingSet mapping) {
        this.mapping = mapping;
        mapping.eAdapters().add(follower);
        for (MappingLink link : mapping.getLinks()) {
            count(stateOf(link), +1);
            // No look for an adapter already there: a new tally has none on any link.
            link.eAdapters().add(follower);
        }
    }

    /** Counts the links of a mapping once and follows its changes from now on. */
    public static ReviewTally follow(MappingSet mapping) {
        return new ReviewTally(mapping);
    }

    /** The mapping whose links are counted. */
    public MappingSet mapping() {
        return mapping;
    }

    /** The review figures now: the links as counted, the gaps read from the mapping's gap reviews and the matrix. */
    public ReviewFigures figures(CoverageMatrix matrix) {
        int[] effective = stored.clone();
        int unreviewed = mapping.getLinks().size();
        for (int count : stored) {
            unreviewed -= count;
        }
        // As ReviewStates.effective reads a link without a stored state.
        effective[(mapping.isApprovedPublication() ? ReviewState.ACCEPTED : ReviewState.PROPOSED).getValue()] += unreviewed;
        return ReviewFigures.of(effective, mapping, matrix);
    }

    /** Stops following the mapping. */
    public void dispose() {
        mapping.eAdapters().remove(follower);
        for (MappingLink link : mapping.getLinks()) {
            link.eAdapters().remove(follower);
        }
    }

    /** The stored review state of a link, or null when none is stored. */
    private static ReviewState stateOf(MappingLink link) {
        return link.isSetReviewState() ? link.getReviewState() : null;
    }

    private void added(MappingLink link) {
        count(stateOf(link), +1);
        if (!link.eAdapters().contains(follower)) {
            link.eAdapters().add(follower);
        }
    }

    private void removed(MappingLink link) {
        count(stateOf(link), -1);
        link.eAdapters().remove(follower);
    }

    private void count(ReviewState state, int delta) {
        if (state != null) {
            stored[state.getValue()] += delta;
        }
    }

    private void recount() {
        for (MappingLink link : mapping.getLinks()) {
            link.eAdapters().remove(follower);
        }
        Arrays.fill(stored, 0);
        for (MappingLink link : mapping.getLinks()) {
            added(link);
        }
    }

    /** One adapter on the mapping and on each of its links. */
    private final class Follower extends AdapterImpl {
        @Override
        public void notifyChanged(Notification notification) {
            if (notification.isTouch()) {
                return;
            }
            Object feature = notification.getFeature();
            if (notification.getNotifier() == mapping && feature == CurriculumPackage.Literals.MAPPING_SET__LINKS) {
                linksChanged(notification);
            } else if (notification.getNotifier() instanceof MappingLink link && link.eContainer() == mapping
                    && feature == CurriculumPackage.Literals.REVIEWABLE__REVIEW_STATE) {
                // The state is unsettable: wasSet says whether the old value was stored or only the default.
                count(notification.wasSet() ? (ReviewState) notification.getOldValue() : null, -1);
                count(notification.getEventType() == Notification.SET ? (ReviewState) notification.getNewValue() : null, +1);
            }
        }

        private void linksChanged(Notification notification) {
            switch (notification.getEventType()) {
            case Notification.ADD -> added((MappingLink) notification.getNewValue());
            case Notification.ADD_MANY -> each(notification.getNewValue(), true);
            case Notification.REMOVE -> removed((MappingLink) notification.getOldValue());
            case Notification.REMOVE_MANY -> each(notification.getOldValue(), false);
            case Notification.SET -> {
                removed((MappingLink) notification.getOldValue());
                added((MappingLink) notification.getNewValue());
            }
            case Notification.MOVE, Notification.RESOLVE -> {
                // the same links in another order
            }
            default -> recount(); // the list unset: rare, and counted afresh
            }
        }

        private void each(Object links, boolean add) {
            for (Object link : (List<?>) links) {
                if (add) {
                    added((MappingLink) link);
                } else {
                    removed((MappingLink) link);
                }
            }
        }
    }
}

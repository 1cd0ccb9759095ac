// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.function.Consumer;

import org.curriculum.core.review.ReviewThreads;
import org.curriculum.model.GapReview;
import org.curriculum.model.Reviewable;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Beside the rationale: the review of the selected cell's link (or of the selected uncovered standard's
 * gap): its state, reviewer and date, the comment thread (who, when, text), and a field to add a comment.
 */
final class ReviewThreadField {

    /** The hint of the new comment field. */
    static final String COMMENT_HINT = "Add a comment to the thread";
    /** The text of the button that adds it. */
    static final String ADD_COMMENT = "Add comment";

    private final Label state;
    private final Text thread;
    private final Text comment;
    private final Button add;

    ReviewThreadField(Composite bar, Consumer<String> added) {
        // Two rows, so that the grid below keeps its height: the thread (two lines) on the left, the
        // state above the new comment field on the right.
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        thread = new Text(bar, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
        GridData threadData = new GridData(SWT.FILL, SWT.FILL, true, false, 1, 2);
        threadData.heightHint = 2 * thread.getLineHeight();
        threadData.widthHint = 200;
        thread.setLayoutData(threadData);
        state = new Label(bar, SWT.NONE);
        state.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        comment = new Text(bar, SWT.BORDER | SWT.SINGLE);
        comment.setMessage(COMMENT_HINT);
        GridData commentData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        commentData.widthHint = 160;
        comment.setLayoutData(commentData);
        // Enter adds, like the button; the field is emptied once the comment is in the thread.
        comment.addListener(SWT.DefaultSelection, e -> added.accept(comment.getText()));
        add = new Button(bar, SWT.PUSH);
        add.setText(ADD_COMMENT);
        add.addListener(SWT.Selection, e -> added.accept(comment.getText()));
    }

    boolean isDisposed() {
        return thread.isDisposed();
    }

    /** Empties the new comment field (after its comment was added). */
    void clearComment() {
        comment.setText("");
    }

    /** Shows a link's or gap's review and thread; or a hint, disabled, when the cell has nothing to review. */
    void show(Reviewable reviewable) {
        comment.setEnabled(reviewable != null);
        add.setEnabled(reviewable != null);
        state.setText(reviewable == null ? "Review: select a linked cell"
                : "Review: " + describeState(reviewable));
        String shown = reviewable == null ? "" : describeThread(reviewable);
        if (!thread.getText().equals(shown)) {
            thread.setText(shown);
        }
        state.getParent().layout();
    }

    /** "queried by Ann Smith on 2026-12-04", "accepted gap: why ...", or "proposed (not reviewed yet)". */
    static String describeState(Reviewable reviewable) {
        StringBuilder text = new StringBuilder(ElementLabels.reviewState(reviewable));
        if (reviewable instanceof GapReview gap) {
            text.append(" gap").append(gap.getJustification() == null ? "" : ": " + gap.getJustification());
        }
        if (reviewable.getReviewer() == null && reviewable.getReviewedOn() == null) {
            return text.append(reviewable.isSetReviewState() ? "" : " (not reviewed yet)").toString();
        }
        if (reviewable.getReviewer() != null) {
            text.append(" by ").append(reviewable.getReviewer());
        }
        if (reviewable.getReviewedOn() != null) {
            text.append(" on ").append(ReviewThreads.day(reviewable.getReviewedOn()));
        }
        return text.toString();
    }

    /** One line per comment (when, who, text), as the review report and the exported workbook write them. */
    static String describeThread(Reviewable reviewable) {
        String thread = ReviewThreads.text(reviewable);
        return thread == null ? "(no comments)" : thread;
    }
}

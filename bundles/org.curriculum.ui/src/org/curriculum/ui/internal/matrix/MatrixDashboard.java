// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.matrix.ReviewFigures;
import org.curriculum.core.matrix.ReviewTally;
import org.curriculum.core.review.CoverageFigures;
import org.curriculum.model.MappingSet;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/**
 * The dashboard above the matrix: the coverage figures of the shown mapping (standards covered fully,
 * partially, not at all, and on every pathway) and its review progress (share reviewed, links per review
 * state, gaps justified), each as a labelled line beside a stacked bar. The figures come
 * from the view's tracked {@link CoverageMatrix} and a {@link ReviewTally} of the mapping's links, both kept
 * up to date as the model changes, so a refresh reads them without counting 400,000 links again; the pathway
 * guarantee is computed by a background job, because at national scale it takes seconds.
 */
final class MatrixDashboard {

    /** The start of the coverage line. */
    static final String COVERAGE = "Coverage: ";
    /** The start of the review line. */
    static final String REVIEW = "Review: ";
    /** The text shown for the guarantee while the background job runs. */
    static final String COMPUTING = ", on every pathway: computing...";
    /** The text shown for the guarantee when its computation failed. */
    static final String FAILED = ", on every pathway: not computed (see the error log)";

    private final Label coverageLine;
    private final Canvas coverageBar;
    private final Label reviewLine;
    private final Canvas reviewBar;
    private CoverageFigures figures;
    private ReviewFigures review;
    /** The review states of the shown mapping's links, followed from the model; null while nothing is shown. */
    private ReviewTally tally;
    /** The last guarantee count computed (-1: none, the source has no rules), for the mapping it was computed for. */
    private int guaranteed = -1;
    private MappingSet guaranteedFor;
    private boolean guaranteePending;
    /** Whether the last computation of the guarantee failed (its cause is in the error log). */
    private boolean guaranteeFailed;
    /** Counts the refreshes, so that a guarantee computed for an older state is not shown as current. */
    private long generation;
    private Job guaranteeJob;

    MatrixDashboard(Composite bar) {
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        bar.setLayout(layout);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        coverageBar = new Canvas(bar, SWT.NONE);
        coverageBar.setLayoutData(new GridData(160, 14));
        coverageBar.addPaintListener(event -> paintCoverage(event.gc, coverageBar.getClientArea()));
        coverageLine = new Label(bar, SWT.NONE);
        coverageLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        reviewBar = new Canvas(bar, SWT.NONE);
        reviewBar.setLayoutData(new GridData(160, 14));
        reviewBar.addPaintListener(event -> paintReview(event.gc, reviewBar.getClientArea()));
        reviewLine = new Label(bar, SWT.NONE);
        reviewLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
    }

    boolean isDisposed() {
        return coverageLine.isDisposed();
    }

    /**
     * Shows the figures of a matrix (or clears the dashboard for null) and, when the mapping's source has
     * rules of combination, starts computing the pathway guarantee again.
     *
     * @param mapping      the mapping shown; read by the background job, which drops its answer when a newer
     *                     change has come meanwhile
     * @param modelChanged whether the model changed since the last call (else only filters did, and the
     *                     guarantee, which ignores them, stays)
     */
    void show(CoverageMatrix matrix, MappingSet mapping, boolean modelChanged) {
        if (matrix == null || mapping == null) {
            generation++;
            figures = null;
            review = null;
            guaranteed = -1;
            guaranteedFor = null;
            guaranteePending = false;
            follow(null);
        } else {
            follow(mapping);
            figures = CoverageFigures.of(matrix, -1);
            review = tally.figures(matrix);
            if (!modelChanged && guaranteedFor == mapping) {
                showText();
                return;
            }
            generation++;
            if (guaranteedFor != mapping) {
                guaranteed = -1;
                guaranteedFor = mapping;
            }
            guaranteePending = GoverningQualification.of(mapping) != null;
            guaranteeFailed = false;
            if (guaranteePending) {
                scheduleGuarantee(mapping, generation);
            } else {
                guaranteed = -1;
            }
        }
        showText();
    }

    /** Counts the links of a newly shown mapping once (and stops following the one shown before). */
    private void follow(MappingSet mapping) {
        if (tally != null && tally.mapping() != mapping) {
            tally.dispose();
            tally = null;
        }
        if (tally == null && mapping != null) {
            tally = ReviewTally.follow(mapping);
        }
    }

    private void scheduleGuarantee(MappingSet mapping, long wanted) {
        if (guaranteeJob != null) {
            guaranteeJob.cancel();
        }
        guaranteeJob = Job.create("Coverage on every pathway", (IProgressMonitor monitor) -> {
            int count;
            RuntimeException failure = null;
            try {
                count = CoverageFigures.guaranteed(mapping);
            } catch (RuntimeException e) {
                // Most likely the model changed under the job, and the edit that changed it has scheduled
                // another run; if no edit came since, the figure is said to be missing and the cause logged.
                count = -1;
                failure = e;
            }
            int answer = count;
            RuntimeException failed = failure;
            if (!monitor.isCanceled() && !coverageLine.isDisposed()) {
                coverageLine.getDisplay().asyncExec(() -> {
                    if (wanted == generation && !coverageLine.isDisposed()) {
                        guaranteed = answer;
                        guaranteePending = false;
                        guaranteeFailed = failed != null;
                        if (failed != null) {
                            ILog.of(MatrixDashboard.class).error("The coverage on every pathway could not be computed", failed);
                        }
                        showText();
                    }
                });
            }
            return Status.OK_STATUS;
        });
        guaranteeJob.setSystem(true);
        // A short delay: a burst of edits computes the guarantee once.
        guaranteeJob.schedule(200);
    }

    private void showText() {
        if (figures == null) {
            coverageLine.setText("");
            reviewLine.setText("");
        } else {
            coverageLine.setText(describe(figures, guaranteePending ? -1 : guaranteed)
                    + (guaranteePending ? COMPUTING : guaranteeFailed ? FAILED : ""));
            reviewLine.setText(REVIEW + review.describe());
        }
        coverageBar.redraw();
        reviewBar.redraw();
        coverageLine.getParent().layout();
    }

    /** The coverage line: every figure with its label; the guarantee only when there is one (-1: no rules). */
    static String describe(CoverageFigures figures, int guaranteed) {
        return COVERAGE + figures.standards() + " standards: " + figures.full() + " covered fully, " + figures.partial()
                + " partially, " + figures.uncovered() + " uncovered"
                + (guaranteed < 0 ? "" : ", " + guaranteed + " on every pathway");
    }

    private void paintCoverage(GC gc, Rectangle area) {
        if (figures != null) {
            paintBar(gc, area, new int[] { figures.full(), figures.partial(), figures.uncovered() },
                    CoverageMatrixStyles.FULL_COLOUR, CoverageMatrixStyles.PARTIAL_COLOUR, CoverageMatrixStyles.GAP_COLOUR);
        }
    }

    private void paintReview(GC gc, Rectangle area) {
        if (review != null) {
            paintBar(gc, area, new int[] { review.accepted(), review.queried(), review.rejected(), review.proposed() },
                    CoverageMatrixStyles.ACCEPTED_COLOUR, CoverageMatrixStyles.QUERIED_COLOUR,
                    CoverageMatrixStyles.REJECTED_COLOUR, CoverageMatrixStyles.PROPOSED_COLOUR);
        }
    }

    /** A stacked bar: each count as wide as its share of their sum, in its colour, framed; nothing for no counts. */
    private static void paintBar(GC gc, Rectangle area, int[] counts, Color... colours) {
        int total = 0;
        for (int count : counts) {
            total += count;
        }
        if (total == 0) {
            return;
        }
        int x = area.x;
        for (int i = 0; i < counts.length; i++) {
            x = segment(gc, area, x, counts[i], total, colours[i]);
        }
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW));
        gc.drawRectangle(area.x, area.y, area.width - 1, area.height - 1);
    }

    /** One part of a stacked bar, as wide as its share of the total; returns where the next part starts. */
    private static int segment(GC gc, Rectangle area, int x, int count, int total, Color colour) {
        int width = (int) Math.round((double) area.width * count / total);
        width = Math.min(width, area.x + area.width - x);
        if (width > 0) {
            gc.setBackground(colour);
            gc.fillRectangle(x, area.y, width, area.height);
        }
        return x + width;
    }

    void dispose() {
        if (guaranteeJob != null) {
            guaranteeJob.cancel();
        }
        follow(null);
    }
}

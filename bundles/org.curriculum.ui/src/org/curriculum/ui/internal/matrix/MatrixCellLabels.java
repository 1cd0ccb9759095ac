// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.ReviewState;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

/**
 * The config labels the matrix's cells carry, read from the layout's cell marks: the styles in
 * {@link CoverageMatrixStyles} are registered against them.
 */
public final class MatrixCellLabels {

    /** A partially covered cell. */
    public static final String PARTIAL = "PARTIAL";
    /** A fully covered cell. */
    public static final String FULL = "FULL";
    /** A total. */
    public static final String TOTAL = "TOTAL";
    /** A standard no item covers: its header and total are highlighted. */
    public static final String GAP = "GAP";
    /** A cell whose own link a reviewer accepted (a corner mark). */
    public static final String ACCEPTED = "REVIEW_ACCEPTED";
    /** A cell whose own link a reviewer queried. */
    public static final String QUERIED = "REVIEW_QUERIED";
    /** A cell whose own link a reviewer rejected. */
    public static final String REJECTED = "REVIEW_REJECTED";

    private MatrixCellLabels() {
    }

    /** Labels of body cells and totals. */
    static IConfigLabelAccumulator body(MatrixLayout layout) {
        return (labels, column, row) -> {
            switch (layout.getCellMark(column, row)) {
            case PARTIAL -> labels.add(PARTIAL);
            case FULL -> labels.add(FULL);
            case TOTAL -> labels.add(TOTAL);
            case UNCOVERED_TOTAL -> {
                labels.add(TOTAL);
                labels.add(GAP);
            }
            default -> {
                // no coverage: the default style
            }
            }
            String review = reviewLabel(layout.getReviewState(column, row));
            if (review != null) {
                labels.add(review);
            }
        };
    }

    /** The label of a review state; none for a proposed link (not reviewed yet) or no link. */
    public static String reviewLabel(ReviewState state) {
        if (state == null) {
            return null;
        }
        return switch (state) {
        case ACCEPTED -> ACCEPTED;
        case QUERIED -> QUERIED;
        case REJECTED -> REJECTED;
        default -> null;
        };
    }

    /** Labels of the column headers: a standard nothing covers. */
    static IConfigLabelAccumulator columnHeader(MatrixLayout layout) {
        return (labels, column, row) -> {
            if (layout.isUncoveredColumn(column)) {
                labels.add(GAP);
            }
        };
    }

    /** Labels of the row headers: a standard nothing covers, when standards are in rows. */
    static IConfigLabelAccumulator rowHeader(MatrixLayout layout) {
        return (labels, column, row) -> {
            if (layout.isUncoveredRow(row)) {
                labels.add(GAP);
            }
        };
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.curriculum.core.matrix.MatrixLayout;
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

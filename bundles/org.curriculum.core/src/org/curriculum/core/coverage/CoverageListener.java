// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

/**
 * Told when a tracked {@link CoverageMatrix} has applied a link change, so that a view can redraw the
 * cells concerned (and the totals of their rows, their column and the summaries).
 */
@FunctionalInterface
public interface CoverageListener {

    /**
     * Cells of one column changed or may have changed.
     *
     * @param matrix  the matrix, already up to date
     * @param column  the column of the changed cells
     * @param rows    the rows of the changed cells: the link's row and every row above it, innermost first
     */
    void coverageChanged(CoverageMatrix matrix, int column, int[] rows);
}

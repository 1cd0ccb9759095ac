// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

/** What a cell of the matrix layout stands for, so that a view can style it without reading the model. */
public enum CellMark {
    /** A body cell with no coverage. */
    NONE,
    /** A body cell covered partially. */
    PARTIAL,
    /** A body cell covered fully. */
    FULL,
    /** A total (of an item, of a standard, or of the whole grid). */
    TOTAL,
    /** The total of a standard nothing covers: a gap to stand out. */
    UNCOVERED_TOTAL;
}

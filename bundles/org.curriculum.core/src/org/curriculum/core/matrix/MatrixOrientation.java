// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.matrix;

/** Which axis of a coverage grid holds the items (units, modules) and which the standards. */
public enum MatrixOrientation {
    /** Items down, standards across: how the matrix opens. */
    ITEMS_IN_ROWS,
    /** Standards down, items across: how the published annexes lay out a grid. */
    STANDARDS_IN_ROWS;
}

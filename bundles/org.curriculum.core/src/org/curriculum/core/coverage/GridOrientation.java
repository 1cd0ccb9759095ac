// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

/**
 * What runs down the rows of a coverage grid: the one name for the axis that the matrix view, the
 * grid export and the command line's {@code --transpose} all use.
 */
public enum GridOrientation {

    /** One row per standard, one column per item: the layout of the published annexes. */
    STANDARDS_IN_ROWS,

    /** One row per item (unit or module), one column per standard. */
    ITEMS_IN_ROWS;

    /** The other orientation. */
    public GridOrientation transposed() {
        return this == STANDARDS_IN_ROWS ? ITEMS_IN_ROWS : STANDARDS_IN_ROWS;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import org.curriculum.model.StandardSection;

/**
 * A run of adjacent columns of a {@link CoverageMatrix} that belong to one section of the target
 * framework, e.g. "Mathematics – representing"; a column header groups them under one title.
 *
 * @param index        the group's position among the matrix's groups
 * @param section      the section holding these standards, or {@code null} for the implicit group of a
 *                     framework's standards that sit in no section (the only group of a flat framework)
 * @param title        the section's title, or the framework's title for the implicit group
 * @param firstColumn  the index of the group's first column
 * @param columnCount  how many columns the group spans
 */
public record ColumnGroup(int index, StandardSection section, String title, int firstColumn, int columnCount) {

    /** The index one past the group's last column. */
    public int endColumn() {
        return firstColumn + columnCount;
    }

    /** Whether a column belongs to this group. */
    public boolean contains(int column) {
        return column >= firstColumn && column < endColumn();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.List;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappableItem;

/**
 * The plain matrix the coverage view draws: items down, standards across, a coverage level (or none)
 * in each cell. The NatTable data providers read only this, never the mapping model itself, so the
 * source of the numbers can be replaced by the headless coverage model without touching the grid.
 */
public interface CoverageGrid {

    /** The items (rows), in document order. */
    List<MappableItem> items();

    /** The standards (columns), in document order. */
    List<MappableItem> standards();

    /** How far an item covers a standard; null for no coverage. */
    CoverageLevel coverage(MappableItem item, MappableItem standard);

    /** The number of standards an item covers at all. */
    default int coveredStandards(MappableItem item) {
        return (int) standards().stream().filter(standard -> coverage(item, standard) != null).count();
    }

    /** The number of items covering a standard at all. */
    default int coveringItems(MappableItem standard) {
        return (int) items().stream().filter(item -> coverage(item, standard) != null).count();
    }
}

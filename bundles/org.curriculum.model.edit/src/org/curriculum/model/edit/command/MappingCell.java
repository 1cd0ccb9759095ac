// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.edit.command;

import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;

/**
 * One cell of a mapping grid to edit: an item, a standard, and the link that joins exactly these two
 * (null when there is none). The caller finds the link, usually from an index it already holds.
 *
 * @param item     the unit, module, outcome or criterion
 * @param standard the standard or its element
 * @param link     the link from item to standard, or null
 */
public record MappingCell(MappableItem item, MappableItem standard, MappingLink link) {

    /** The cell of an item and a standard, with its link looked up in the mapping set (a scan of its links). */
    public static MappingCell of(MappingSet mapping, MappableItem item, MappableItem standard) {
        return new MappingCell(item, standard, MappingEditCommands.findLink(mapping, item, standard));
    }
}

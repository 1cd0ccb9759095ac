// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.List;

import org.curriculum.model.MappableItem;

/**
 * Two items of different frameworks related through the standards they both cover, e.g. BTEC unit 308
 * and an NVQ unit that both cover "Manage resource planning ...".
 *
 * @param first            the item of the first mapping set's source framework
 * @param second           the item of the second mapping set's source framework
 * @param sharedStandards  the standards of the shared framework both items cover (the evidence), in the
 *                         shared framework's order
 */
public record ItemRelation(MappableItem first, MappableItem second, List<MappableItem> sharedStandards) {

    /** The number of shared standards: a rough strength of the relation. */
    public int strength() {
        return sharedStandards.size();
    }
}

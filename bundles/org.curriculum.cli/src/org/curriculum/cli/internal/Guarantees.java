// SPDX-License-Identifier: EPL-2.0
package org.curriculum.cli.internal;

import java.util.Map;

import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;

/**
 * Pathway-guaranteed coverage per standard (does every valid pathway through the qualification cover
 * it?). Empty until the rules service (org.curriculum.core.rules, issue 3) is in this build: then the
 * JSON field "guaranteed" is null rather than a guess.
 */
final class Guarantees {

    private Guarantees() {
    }

    static Map<MappableItem, Boolean> of(MappingSet mapping) {
        return Map.of();
    }
}

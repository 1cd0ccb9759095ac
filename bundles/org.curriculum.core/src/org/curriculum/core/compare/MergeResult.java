// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.List;

/**
 * What a three-way merge did.
 *
 * @param theirsApplied how many of their changes (features set, elements added, moved or removed) were
 *                      brought into ours
 * @param conflicts     the changes made both ways, each left as ours
 */
public record MergeResult(int theirsApplied, List<MergeConflict> conflicts) {

    public boolean hasConflicts() {
        return !conflicts.isEmpty();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.compare;

import java.util.List;

/**
 * What changed between two versions of one model file, as {@link ModelComparison#compare} found it.
 *
 * @param root          the label of the compared model, e.g. {@code Curriculum 600/1636/X "..."}
 * @param matchedByCode true when the ids did not correspond (regenerated) and elements were matched by
 *                      code and number instead
 * @param changes       the changes, elements first, then rules of combination, then mapping cells
 * @param warnings      what the user should know about the comparison itself
 */
public record ModelDifference(String root, boolean matchedByCode, List<ModelChange> changes, List<String> warnings) {

    /** True when the two versions hold the same content. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The number of changes of one kind. */
    public long count(ModelChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }
}

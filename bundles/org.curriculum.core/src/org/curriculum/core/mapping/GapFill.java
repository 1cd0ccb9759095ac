// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.mapping;

import java.util.List;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.model.MappableItem;

/**
 * A standard of the shared framework that the second mapping set covers better than the first: what
 * the second framework's items would add to the first's coverage.
 *
 * @param standard     the standard
 * @param byFirst      the best coverage the first mapping set gives it ({@link Coverage#NONE} for a gap)
 * @param bySecond     the best coverage the second mapping set gives it, better than {@code byFirst}
 * @param secondItems  the items of the second source framework that cover it at that best level
 */
public record GapFill(MappableItem standard, Coverage byFirst, Coverage bySecond, List<MappableItem> secondItems) {

    /** Whether the first mapping set leaves the standard uncovered altogether. */
    public boolean fillsGap() {
        return byFirst == Coverage.NONE;
    }
}

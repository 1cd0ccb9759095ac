// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import org.curriculum.model.CoverageLevel;

/**
 * How far an item covers a standard as a matrix cell shows it: not at all, partially or fully.
 *
 * <p>The model's {@link CoverageLevel} has no "none" because no coverage is the absence of a link; a
 * matrix needs the third value for its empty cells. Constants are ordered from weakest to strongest,
 * so {@code compareTo} tells which of two levels is better.
 */
public enum Coverage {
    /** No link covers the pair. */
    NONE,
    /** The best link covering the pair is partial. */
    PARTIAL,
    /** At least one link covering the pair is full. */
    FULL;

    /** The matrix value of a link's coverage level; an unset level counts as partial, as the model's default. */
    public static Coverage of(CoverageLevel level) {
        return level == CoverageLevel.FULL ? FULL : PARTIAL;
    }

    /** Whether this level is at least as good as another. */
    public boolean atLeast(Coverage other) {
        return compareTo(other) >= 0;
    }

    /** The better of two levels. */
    public static Coverage best(Coverage a, Coverage b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

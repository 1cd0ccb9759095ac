// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

/**
 * How deep the rows of a {@link CoverageMatrix} go into the source framework.
 *
 * <p>Whatever the detail, a link always counts for the row of its item or, when that item has no row of
 * its own, for the row of its nearest ancestor that has one; every row above that counts it too,
 * marked as derived.
 */
public enum RowDetail {
    /** One row per component (unit, module, unit of competency) or, for a standards framework, per standard. */
    COMPONENTS(0),
    /**
     * Components and the mappable items directly inside them: learning outcomes, topics, practical skills,
     * performance requirements, work activities, a module's own assessment criteria, a standard's elements.
     */
    OUTCOMES(1),
    /** Every mappable item at any depth, down to assessment criteria, topic elements and requirement items. */
    CRITERIA(Integer.MAX_VALUE);

    private final int maximumDepth;

    RowDetail(int maximumDepth) {
        this.maximumDepth = maximumDepth;
    }

    /** The deepest row depth shown: 0 for components only. */
    public int maximumDepth() {
        return maximumDepth;
    }
}

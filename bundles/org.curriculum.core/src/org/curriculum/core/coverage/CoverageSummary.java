// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

/**
 * How many standards of a framework, or of one group of it, are covered at all and how many fully.
 *
 * @param standardCount      the standards counted
 * @param coveredCount       those covered by at least one item at any level
 * @param fullyCoveredCount  those covered fully by at least one item
 */
public record CoverageSummary(int standardCount, int coveredCount, int fullyCoveredCount) {

    /** Covered standards (any level) in percent of all; 0 when there are no standards. */
    public double coveredPercent() {
        return percent(coveredCount);
    }

    /** Fully covered standards in percent of all; 0 when there are no standards. */
    public double fullyCoveredPercent() {
        return percent(fullyCoveredCount);
    }

    /** Standards covered by nothing. */
    public int uncoveredCount() {
        return standardCount - coveredCount;
    }

    private double percent(int count) {
        return standardCount == 0 ? 0 : 100.0 * count / standardCount;
    }
}

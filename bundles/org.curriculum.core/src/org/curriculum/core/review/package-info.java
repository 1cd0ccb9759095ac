// SPDX-License-Identifier: EPL-2.0
/**
 * A council's review of a coverage grid, read headlessly: {@link org.curriculum.core.review.ReviewReport}
 * (counts per state, the queried and rejected cells with their comments, the unjustified gaps, the share
 * reviewed) and {@link org.curriculum.core.review.CoverageFigures} (the at-a-glance figures a dashboard
 * and a chart show). Both read coverage from {@link org.curriculum.core.coverage.CoverageGrid}.
 */
package org.curriculum.core.review;

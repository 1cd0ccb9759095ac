// SPDX-License-Identifier: EPL-2.0
/**
 * Coverage analysis of a mapping set: the one coverage model that the matrix view, the Excel export,
 * the coverage report and the command line read.
 *
 * <p>Start with {@link org.curriculum.core.coverage.CoverageMatrix#compute(org.curriculum.model.MappingSet,
 * CoverageOptions)}; call {@link org.curriculum.core.coverage.CoverageMatrix#track()} to keep it up to date
 * with edits, and read cells, totals and summaries by int row and column index.
 */
package org.curriculum.core.coverage;

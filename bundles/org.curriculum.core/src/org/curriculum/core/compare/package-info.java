// SPDX-License-Identifier: EPL-2.0
/**
 * Semantic compare and three-way merge of model files: elements matched by their stable ids (or, when the
 * ids were regenerated, by code and number), changes named by the path a user reads
 * ({@code Unit 304 > LO 2 > AC 2.3}) and mapping changes as grid cells ({@code 304 x CC09}).
 *
 * <p>Start with {@link org.curriculum.core.compare.ModelComparison#compare} or
 * {@link org.curriculum.core.compare.ModelMerge#merge}.
 */
package org.curriculum.core.compare;

// SPDX-License-Identifier: EPL-2.0
/**
 * Rules of combination and pathways, headless: {@link org.curriculum.core.rules.CombinationChecker} checks a
 * proposed selection of components against a qualification's rules and names every broken rule;
 * {@link org.curriculum.core.rules.PathwayAnalysis} counts the valid and minimal pathways, lists the minimal ones,
 * finds the shortest route by guided learning hours or by credit, and says for each standard whether every valid
 * pathway covers it (with a witness pathway when not). Both read the rules through the same internal form, so
 * they always agree on what a valid selection is.
 */
package org.curriculum.core.rules;

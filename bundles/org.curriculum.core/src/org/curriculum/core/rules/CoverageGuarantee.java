// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappableItem;
import org.curriculum.model.labels.ElementLabels;

/**
 * Whether every valid pathway through a qualification covers one standard, and if not, a pathway that misses it:
 * the answer to "can a learner achieve this qualification without ever meeting this standard?".
 *
 * @param standard   the standard (or other target item) asked about
 * @param coveredBy  the qualification's components that cover it (after rolling links up to their components)
 * @param guaranteed true when every valid pathway contains at least one of {@code coveredBy}; also true, vacuously,
 *                   when the qualification has no valid pathway at all
 * @param witness    when not guaranteed, the valid pathway with the least guided learning hours that contains none
 *                   of {@code coveredBy}; empty when guaranteed
 */
public record CoverageGuarantee(MappableItem standard, Set<CurriculumComponent> coveredBy, boolean guaranteed,
        Optional<Pathway> witness) {

    /** Copies the set so that the answer cannot change afterwards. */
    public CoverageGuarantee {
        coveredBy = Set.copyOf(coveredBy);
    }

    /** The answer in a sentence, naming the standard and, when it is not guaranteed, the witness pathway. */
    public String message() {
        String name = ElementLabels.describe(standard);
        if (!guaranteed) {
            return "A learner can achieve the qualification without meeting " + name + ", e.g. by taking "
                    + witness.map(Pathway::describe).orElse("?") + ".";
        }
        if (coveredBy.isEmpty()) {
            return "No valid pathway exists, so no learner can miss " + name + ".";
        }
        return "Every valid pathway covers " + name + " (through "
                + coveredBy.stream().map(ElementLabels::identifier).sorted().collect(Collectors.joining(", ")) + ").";
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.labels.ElementLabels;

/**
 * One set of components that achieves a qualification: its mandatory components plus a choice of optional ones.
 *
 * @param components          every component of the pathway, mandatory ones included, in the order the rules of
 *                            combination list them
 * @param optionalComponents  the optional components chosen, in the same order
 * @param credits             the total credit
 * @param guidedLearningHours the total guided learning hours (a component without GLH counts as 0)
 */
public record Pathway(List<CurriculumComponent> components, List<CurriculumComponent> optionalComponents, int credits,
        int guidedLearningHours) {

    /** Copies the lists so that the pathway cannot change afterwards. */
    public Pathway {
        components = List.copyOf(components);
        optionalComponents = List.copyOf(optionalComponents);
    }

    /** The numbers (or codes) of the components, as a user would list them, e.g. [301, 302, 303, 306, 307]. */
    public List<String> numbers() {
        return components.stream().map(ElementLabels::identifier).toList();
    }

    /** E.g. {@code 301, 302, 303, 306, 307 (16 credits, 106 GLH)}. */
    public String describe() {
        return components.stream().map(ElementLabels::identifier).collect(Collectors.joining(", ")) + " ("
                + credits + " credits, " + guidedLearningHours + " GLH)";
    }

    @Override
    public String toString() {
        return describe();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.curriculum.model.CurriculumComponent;

/**
 * The outcome of checking a proposed selection of components against a qualification's rules of combination.
 *
 * @param selection           the components checked, each once, in the order given
 * @param totalCredits        the selection's total credit
 * @param guidedLearningHours the selection's total guided learning hours
 * @param violations          every rule the selection breaks, in the order: mandatory, unlisted, barred, then the
 *                            credit rules in the order the rules declare them; empty when the selection is valid
 */
public record CombinationCheck(List<CurriculumComponent> selection, int totalCredits, int guidedLearningHours,
        List<RuleViolation> violations) {

    /** Copies the lists so that the outcome cannot change afterwards. */
    public CombinationCheck {
        selection = List.copyOf(selection);
        violations = List.copyOf(violations);
    }

    /** Whether the selection achieves the qualification, i.e. breaks no rule. */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /** The violations of one kind, e.g. every barred pair taken together. */
    public List<RuleViolation> violations(RuleViolation.Kind kind) {
        return violations.stream().filter(violation -> violation.kind() == kind).toList();
    }

    /** One line per violation, or a sentence saying the selection is valid. */
    public String summary() {
        if (isValid()) {
            return "The selection meets every rule of combination (" + totalCredits + " credits, "
                    + guidedLearningHours + " GLH).";
        }
        return violations.stream().map(RuleViolation::message).collect(Collectors.joining("\n"));
    }
}

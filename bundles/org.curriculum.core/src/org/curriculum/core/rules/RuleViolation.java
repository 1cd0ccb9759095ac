// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.List;

import org.curriculum.model.CurriculumComponent;

/**
 * One rule of combination that a proposed selection of components breaks, with the message a user reads.
 *
 * @param kind       which rule is broken
 * @param message    the sentence shown to the user; it names the components, the figures and the rule
 * @param components the components the message is about (the missing mandatory unit, the barred pair, the
 *                   unlisted unit); empty for credit totals
 */
public record RuleViolation(Kind kind, String message, List<CurriculumComponent> components) {

    /** The kinds of rule a selection can break. */
    public enum Kind {
        /** A component of a mandatory group is not in the selection. */
        MISSING_MANDATORY,
        /** The selection's credit is below the qualification's credit value. */
        TOTAL_CREDIT_TOO_LOW,
        /** The credit at (or at and above) a level is below the minimum for that level. */
        LEVEL_CREDIT_TOO_LOW,
        /** Two components that are barred from being taken together are both selected. */
        BARRED_COMBINATION,
        /** A selected component is not listed in any group while the rules allow only listed components. */
        NOT_LISTED,
        /** The credit taken from a group is below the group's minimum. */
        GROUP_CREDIT_TOO_LOW,
        /** The credit taken from a group is above the group's maximum. */
        GROUP_CREDIT_TOO_HIGH,
        /** Fewer components are taken from a group than the group's minimum number. */
        GROUP_TOO_FEW_COMPONENTS
    }

    /** Copies the component list so that the violation cannot change afterwards. */
    public RuleViolation {
        components = List.copyOf(components);
    }

    @Override
    public String toString() {
        return message;
    }
}

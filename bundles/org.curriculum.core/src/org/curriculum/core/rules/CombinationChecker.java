// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.curriculum.core.rules.CombinationRules.BarredPair;
import org.curriculum.core.rules.CombinationRules.Constraint;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.Qualification;
import org.curriculum.model.labels.ElementLabels;

/**
 * Checks a proposed selection of components against a qualification's rules of combination and names every
 * rule it breaks.
 *
 * <p>The rules checked: every component of a mandatory group is selected; the total credit reaches the rules'
 * total credit (or, when the rules give none, the qualification's credit value); the credit at each constrained
 * level reaches its minimum (counting higher levels too when the rule says "at or above"); no two components of a
 * barred combination are selected together; when the rules allow only listed components, every selected
 * component is listed in a group; and each group's minimum credit, maximum credit and minimum number of
 * components where the group sets them. A component without a credit value counts as 0 credits.
 */
public final class CombinationChecker {

    private CombinationChecker() {
    }

    /**
     * Checks a selection against the qualification's rules.
     *
     * @param qualification the qualification whose rules apply
     * @param selection     the components a learner proposes to take; duplicates are ignored
     * @return the totals and every violated rule, each with a message naming the components and figures
     */
    public static CombinationCheck check(Qualification qualification,
            Collection<? extends CurriculumComponent> selection) {
        return check(CombinationRules.of(qualification), selection);
    }

    static CombinationCheck check(CombinationRules rules, Collection<? extends CurriculumComponent> selection) {
        Set<CurriculumComponent> selected = new LinkedHashSet<>(selection);
        List<RuleViolation> violations = new ArrayList<>();
        for (CurriculumComponent required : rules.mandatory) {
            if (!selected.contains(required)) {
                violations.add(new RuleViolation(RuleViolation.Kind.MISSING_MANDATORY,
                        "Mandatory " + lowerFirst(ElementLabels.describe(required)) + " is missing.",
                        List.of(required)));
            }
        }
        if (rules.onlyListedComponents) {
            for (CurriculumComponent component : selected) {
                if (!rules.listed.contains(component)) {
                    violations.add(new RuleViolation(RuleViolation.Kind.NOT_LISTED,
                            ElementLabels.describe(component) + " is not listed in the rules of combination of "
                                    + ElementLabels.describe(rules.qualification)
                                    + "; all credits must come from the listed components.",
                            List.of(component)));
                }
            }
        }
        for (BarredPair pair : rules.barredPairs) {
            if (selected.contains(pair.first()) && selected.contains(pair.second())) {
                String reason = pair.rule().getReason();
                violations.add(new RuleViolation(RuleViolation.Kind.BARRED_COMBINATION,
                        ElementLabels.describe(pair.first()) + " and " + lowerFirst(ElementLabels.describe(pair.second()))
                                + " cannot be taken together"
                                + (reason == null || reason.isBlank() ? "." : " (" + reason.trim() + ")."),
                        List.of(pair.first(), pair.second())));
            }
        }
        for (Constraint constraint : rules.constraints) {
            int sum = 0;
            for (CurriculumComponent component : selected) {
                sum += constraint.contribution().applyAsInt(component);
            }
            boolean broken = constraint.upperBound() ? sum > constraint.bound() : sum < constraint.bound();
            if (broken) {
                violations.add(new RuleViolation(constraint.kind(), message(constraint, sum), List.of()));
            }
        }
        int credits = 0;
        int hours = 0;
        for (CurriculumComponent component : selected) {
            credits += CombinationRules.credits(component);
            hours += CombinationRules.guidedLearningHours(component);
        }
        return new CombinationCheck(List.copyOf(selected), credits, hours, violations);
    }

    private static String message(Constraint constraint, int sum) {
        int bound = constraint.bound();
        switch (constraint.kind()) {
        case TOTAL_CREDIT_TOO_LOW:
            return "Total credit is " + sum + "; the qualification needs at least " + credits(bound) + " ("
                    + (bound - sum) + " more).";
        case LEVEL_CREDIT_TOO_LOW: {
            LevelCreditRule rule = (LevelCreditRule) constraint.source();
            String where = "at level " + rule.getLevel() + (rule.isAtOrAbove() ? " or above" : "");
            return "Credit " + where + " is " + sum + "; at least " + credits(bound) + " must be " + where + " ("
                    + (bound - sum) + " more).";
        }
        case GROUP_CREDIT_TOO_LOW:
            return "Group " + groupName(constraint) + " gives " + credits(sum) + "; at least " + credits(bound)
                    + " must come from it.";
        case GROUP_CREDIT_TOO_HIGH:
            return "Group " + groupName(constraint) + " gives " + credits(sum) + "; at most " + credits(bound)
                    + " may come from it.";
        case GROUP_TOO_FEW_COMPONENTS:
            return "Group " + groupName(constraint) + " has " + sum + (sum == 1 ? " component" : " components")
                    + " selected; at least " + bound + " must be taken from it.";
        default:
            throw new IllegalStateException("no message for " + constraint.kind());
        }
    }

    private static String credits(int amount) {
        return amount + (amount == 1 ? " credit" : " credits");
    }

    private static String groupName(Constraint constraint) {
        String title = ((ComponentGroup) constraint.source()).getTitle();
        return title == null || title.isBlank() ? "(untitled)" : "\"" + title + "\"";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;

/**
 * A qualification's rules of combination read once into the plain form that both the checker and the
 * pathway analysis use, so that the two can never disagree about what a valid selection is.
 *
 * <p>Every numeric rule becomes a {@link Constraint}: a sum over the selected components compared with a
 * bound (total credit, credit at a level, credit or component count within a group).
 */
final class CombinationRules {

    /** A sum over selected components that must reach (or, for an upper bound, not exceed) a bound. */
    record Constraint(RuleViolation.Kind kind, boolean upperBound, int bound, Object source,
            ToIntFunction<CurriculumComponent> contribution) {
    }

    /** Two components that may not both be selected, and the rule that says so. */
    record BarredPair(CurriculumComponent first, CurriculumComponent second, BarredCombination rule) {
    }

    final Qualification qualification;
    /** The components of all groups, in the order the groups list them, each once. */
    final List<CurriculumComponent> listed;
    /** The components of the mandatory groups, in listing order. */
    final Set<CurriculumComponent> mandatory;
    final boolean onlyListedComponents;
    /** The total credit a selection needs, or null when neither the rules nor the qualification give one. */
    final Integer requiredTotalCredits;
    final List<Constraint> constraints;
    final List<BarredPair> barredPairs;

    private CombinationRules(Qualification qualification) {
        this.qualification = qualification;
        RulesOfCombination rules = qualification.getRules();
        Set<CurriculumComponent> listedSet = new LinkedHashSet<>();
        Set<CurriculumComponent> mandatorySet = new LinkedHashSet<>();
        List<Constraint> constraintList = new ArrayList<>();
        List<BarredPair> pairs = new ArrayList<>();

        requiredTotalCredits = rules != null && rules.getTotalCredits() != null ? rules.getTotalCredits()
                : qualification.getCreditValue();
        if (requiredTotalCredits != null) {
            constraintList.add(new Constraint(RuleViolation.Kind.TOTAL_CREDIT_TOO_LOW, false, requiredTotalCredits,
                    null, CombinationRules::credits));
        }
        if (rules != null) {
            for (ComponentGroup group : rules.getGroups()) {
                listedSet.addAll(group.getComponents());
                if (group.isMandatory()) {
                    mandatorySet.addAll(group.getComponents());
                }
            }
            for (LevelCreditRule levelRule : rules.getLevelMinimums()) {
                constraintList.add(new Constraint(RuleViolation.Kind.LEVEL_CREDIT_TOO_LOW, false,
                        levelRule.getMinimumCredits(), levelRule,
                        component -> countsTowards(levelRule, component) ? credits(component) : 0));
            }
            for (ComponentGroup group : rules.getGroups()) {
                Set<CurriculumComponent> members = Set.copyOf(group.getComponents());
                if (group.getMinimumCredits() != null) {
                    constraintList.add(new Constraint(RuleViolation.Kind.GROUP_CREDIT_TOO_LOW, false,
                            group.getMinimumCredits(), group, c -> members.contains(c) ? credits(c) : 0));
                }
                if (group.getMinimumComponents() != null) {
                    constraintList.add(new Constraint(RuleViolation.Kind.GROUP_TOO_FEW_COMPONENTS, false,
                            group.getMinimumComponents(), group, c -> members.contains(c) ? 1 : 0));
                }
                if (group.getMaximumCredits() != null) {
                    constraintList.add(new Constraint(RuleViolation.Kind.GROUP_CREDIT_TOO_HIGH, true,
                            group.getMaximumCredits(), group, c -> members.contains(c) ? credits(c) : 0));
                }
            }
            for (BarredCombination barred : rules.getBarredCombinations()) {
                // "cannot be used in combination" is read pairwise: no two of the named components together.
                List<CurriculumComponent> named = new ArrayList<>(new LinkedHashSet<>(barred.getComponents()));
                for (int i = 0; i < named.size(); i++) {
                    for (int j = i + 1; j < named.size(); j++) {
                        pairs.add(new BarredPair(named.get(i), named.get(j), barred));
                    }
                }
            }
        }
        listed = List.copyOf(listedSet);
        mandatory = Collections.unmodifiableSet(mandatorySet);
        onlyListedComponents = rules != null && rules.isOnlyListedComponents();
        constraints = List.copyOf(constraintList);
        barredPairs = List.copyOf(pairs);
    }

    static CombinationRules of(Qualification qualification) {
        if (qualification == null) {
            throw new IllegalArgumentException("no qualification given");
        }
        return new CombinationRules(qualification);
    }

    /** A component's credit value; a component without one counts for nothing. */
    static int credits(CurriculumComponent component) {
        Integer credits = component.getCredits();
        return credits == null ? 0 : Math.max(0, credits);
    }

    /** A component's guided learning hours; a component without any counts for nothing. */
    static int guidedLearningHours(CurriculumComponent component) {
        Integer hours = component.getGuidedLearningHours();
        return hours == null ? 0 : Math.max(0, hours);
    }

    static boolean countsTowards(LevelCreditRule rule, CurriculumComponent component) {
        Integer level = component.getLevel();
        if (level == null) {
            return false;
        }
        return rule.isAtOrAbove() ? level >= rule.getLevel() : level == rule.getLevel();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.PartQualification;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * Constraints on qualifications and their rules of combination. Errors where the rules cannot be
 * applied as stated (a part qualification outside its full qualification, a barred combination naming
 * a unit that is not optional, credit that cannot be reached); warnings where the printed figures and
 * tables disagree with the components (credit value against TQT or the rules, the rules table against
 * the units, a unit of another level in a group titled for one level).
 */
public final class QualificationConstraints {

    private static final Pattern LEVEL_IN_TITLE = Pattern.compile("(?i)\\blevel\\s+(\\d+)\\b");

    private QualificationConstraints() {
    }

    /** The credit value agrees with the TQT (1 credit = 10 hours) and with the rules' total credit. */
    public static boolean validateCreditValue(Qualification qualification, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.QUALIFICATION__VALIDATE_CREDIT_VALUE);
        Integer credits = qualification.getCreditValue();
        Integer tqt = qualification.getTotalQualificationTime();
        if (credits != null && tqt != null && credits * DocumentConstraints.HOURS_PER_CREDIT != tqt) {
            findings.warning(ElementLabels.describe(qualification) + " has a credit value of " + credits
                    + " but a total qualification time of " + tqt + " hours; at " + DocumentConstraints.HOURS_PER_CREDIT
                    + " hours per credit they should agree: correct one of them.", qualification,
                    CurriculumPackage.Literals.QUALIFICATION__CREDIT_VALUE);
        }
        RulesOfCombination rules = qualification.getRules();
        if (credits != null && rules != null && rules.getTotalCredits() != null
                && !credits.equals(rules.getTotalCredits())) {
            findings.warning(ElementLabels.describe(qualification) + " has a credit value of " + credits
                    + " but its rules of combination require " + rules.getTotalCredits()
                    + " credits: correct the credit value or the rules.", qualification,
                    CurriculumPackage.Literals.QUALIFICATION__CREDIT_VALUE);
        }
        return findings.valid();
    }

    /** A part qualification contains only components of its full qualification. */
    public static boolean validatePartQualification(PartQualification part, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.PART_QUALIFICATION__VALIDATE_SUBSET_OF_FULL_QUALIFICATION);
        Qualification full = part.getFullQualification();
        if (full == null || full.eIsProxy() || full.getRules() == null) {
            return true;
        }
        Set<CurriculumComponent> inFull = new LinkedHashSet<>(components(full.getRules()));
        for (CurriculumComponent component : components(part.getRules())) {
            if (!inFull.contains(component)) {
                findings.error(ElementLabels.describe(part) + " contains " + ElementLabels.describeInSentence(component)
                        + ", which " + ElementLabels.describeInSentence(full) + ", its full qualification, does not"
                        + " contain: a part qualification may only hold components of its full qualification; add the "
                        + ElementLabels.inSentence(ElementLabels.kind(component))
                        + " to the full qualification or remove it from the part qualification.",
                        part, component, full);
            }
        }
        return findings.valid();
    }

    /**
     * The total credit, each level's minimum credit and each group's minimum credit and number of
     * components can be reached from the listed components; components the rules count have credits.
     */
    public static boolean validateCreditsAchievable(RulesOfCombination rules, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.RULES_OF_COMBINATION__VALIDATE_CREDITS_ACHIEVABLE);
        String name = ElementLabels.describe(rules);
        List<CurriculumComponent> listed = components(rules);
        boolean countsCredits = rules.getTotalCredits() != null || !rules.getLevelMinimums().isEmpty()
                || rules.getGroups().stream().anyMatch(g -> g.getMinimumCredits() != null);
        if (countsCredits) {
            for (CurriculumComponent component : listed) {
                if (component.getCredits() == null) {
                    findings.warning(ElementLabels.describe(component) + " has no credit value, but the rules of"
                            + " combination that list it count credits: enter its credits.", component, rules);
                }
            }
        }
        if (rules.getTotalCredits() != null) {
            int available = credits(listed);
            if (available < rules.getTotalCredits()) {
                findings.error(name + " require " + rules.getTotalCredits() + " credits, but all the listed"
                        + " components together carry only " + available + ": list more components or correct the"
                        + " total.", rules,
                        CurriculumPackage.Literals.RULES_OF_COMBINATION__TOTAL_CREDITS);
            }
        }
        for (LevelCreditRule minimum : rules.getLevelMinimums()) {
            List<CurriculumComponent> atLevel = new ArrayList<>();
            for (CurriculumComponent component : listed) {
                Integer level = component.getLevel();
                if (level == null) {
                    findings.warning(ElementLabels.describe(component) + " has no level, but the rules of combination"
                            + " that list it require credit at level " + minimum.getLevel() + ": enter its level.",
                            component, rules);
                } else if (level == minimum.getLevel() || minimum.isAtOrAbove() && level > minimum.getLevel()) {
                    atLevel.add(component);
                }
            }
            int available = credits(atLevel);
            if (available < minimum.getMinimumCredits()) {
                findings.error(name + " require " + minimum.getMinimumCredits() + " credits at level "
                        + minimum.getLevel() + (minimum.isAtOrAbove() ? " or above" : "") + ", but the listed"
                        + " components at that level carry only " + available + ": list more components at that"
                        + " level or correct the minimum.", minimum, rules);
            }
        }
        for (ComponentGroup group : rules.getGroups()) {
            List<CurriculumComponent> members = PrintedTable.distinct(group.getComponents());
            String groupName = "group \"" + group.getTitle() + "\" of "
                    + ElementLabels.describeInSentence(rules.eContainer());
            if (group.getMinimumCredits() != null && credits(members) < group.getMinimumCredits()) {
                findings.error("The " + groupName + " requires " + group.getMinimumCredits() + " credits, but its"
                        + " components carry only " + credits(members) + ": add components or correct the minimum.",
                        group, CurriculumPackage.Literals.COMPONENT_GROUP__MINIMUM_CREDITS);
            }
            if (group.getMinimumComponents() != null && members.size() < group.getMinimumComponents()) {
                findings.error("The " + groupName + " requires " + group.getMinimumComponents() + " components, but"
                        + " holds only " + members.size() + ": add components or correct the minimum.", group,
                        CurriculumPackage.Literals.COMPONENT_GROUP__MINIMUM_COMPONENTS);
            }
        }
        return findings.valid();
    }

    /**
     * The group's table as printed agrees with its components (numbers and titles), and a group whose
     * title names a level ("Optional Level 2 units") holds only components of that level.
     */
    public static boolean validatePrintedTable(ComponentGroup group, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.COMPONENT_GROUP__VALIDATE_PRINTED_TABLE);
        String owner = group.eContainer() != null && group.eContainer().eContainer() != null
                ? " of " + ElementLabels.describeInSentence(group.eContainer().eContainer())
                : "";
        String tableName = "the table \"" + group.getTitle() + "\"" + owner;
        if (!group.getEntries().isEmpty()) {
            new PrintedTable(group, tableName, "the group", group.getEntries(),
                    PrintedTable.distinct(group.getComponents())).compare(findings);
        }
        Matcher level = LEVEL_IN_TITLE.matcher(group.getTitle() == null ? "" : group.getTitle());
        if (level.find()) {
            int titleLevel = Integer.parseInt(level.group(1));
            for (CurriculumComponent component : PrintedTable.distinct(group.getComponents())) {
                if (component.getLevel() != null && component.getLevel() != titleLevel) {
                    findings.warning(ElementLabels.describe(component) + " is at level " + component.getLevel()
                            + ", but it is in " + tableName + ", which is for level " + titleLevel
                            + " components: move it to the group for its level or correct its level.",
                            group, component);
                }
            }
        }
        return findings.valid();
    }

    /** A barred combination names only components that are optional in its qualification. */
    public static boolean validateBarredCombination(BarredCombination barred, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.BARRED_COMBINATION__VALIDATE_ONLY_OPTIONAL_COMPONENTS);
        if (!(barred.eContainer() instanceof RulesOfCombination rules)) {
            return true;
        }
        String label = ElementLabels.describe(barred);
        for (CurriculumComponent component : barred.getComponents()) {
            if (component.eIsProxy()) {
                continue;
            }
            List<ComponentGroup> groups = rules.getGroups().stream().filter(g -> g.getComponents().contains(component))
                    .toList();
            if (groups.isEmpty()) {
                findings.error(label + " names " + ElementLabels.describeInSentence(component) + ", which no group of "
                        + ElementLabels.describeInSentence(rules.eContainer()) + " lists: a learner cannot take it,"
                        + " so barring it means nothing; add it to an optional group or remove it from the barred"
                        + " combination.", barred, component);
            } else {
                for (ComponentGroup group : groups) {
                    if (group.isMandatory()) {
                        findings.error(label + " names " + ElementLabels.describeInSentence(component) + ", which is"
                                + " mandatory (group \"" + group.getTitle() + "\"): only optional components can be"
                                + " barred, since every learner takes the mandatory ones; remove it from the barred"
                                + " combination or make it optional.", barred, component, group);
                    }
                }
            }
        }
        return findings.valid();
    }

    private static List<CurriculumComponent> components(RulesOfCombination rules) {
        Set<CurriculumComponent> components = new LinkedHashSet<>();
        if (rules != null) {
            for (ComponentGroup group : rules.getGroups()) {
                components.addAll(group.getComponents());
            }
        }
        return new ArrayList<>(components);
    }

    private static int credits(List<CurriculumComponent> components) {
        int sum = 0;
        for (CurriculumComponent component : components) {
            if (component.getCredits() != null) {
                sum += component.getCredits();
            }
        }
        return sum;
    }
}

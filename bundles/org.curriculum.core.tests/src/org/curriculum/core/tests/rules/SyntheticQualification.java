// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import java.util.ArrayList;
import java.util.List;

import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Unit;

/** Builds small in-memory qualifications with rules of combination for tests that need shapes no seed has. */
final class SyntheticQualification {

    private static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;

    final Curriculum curriculum = FACTORY.createCurriculum();
    final Qualification qualification = FACTORY.createQualification();
    final RulesOfCombination rules = FACTORY.createRulesOfCombination();
    final ComponentGroup mandatory = group("Mandatory units", true);
    final List<CurriculumComponent> units = new ArrayList<>();

    SyntheticQualification(int totalCredits) {
        curriculum.getQualifications().add(qualification);
        qualification.setCode("SYN");
        qualification.setTitle("Synthetic qualification");
        qualification.setRules(rules);
        rules.setTotalCredits(totalCredits);
    }

    /** A new unit numbered in creation order (U1, U2, ...), in the curriculum but in no group yet. */
    Unit unit(int level, int credits, int guidedLearningHours) {
        Unit unit = FACTORY.createUnit();
        unit.setNumber("U" + (units.size() + 1));
        unit.setTitle("Unit " + (units.size() + 1));
        unit.setLevel(level);
        unit.setCredits(credits);
        unit.setGuidedLearningHours(guidedLearningHours);
        curriculum.getComponents().add(unit);
        units.add(unit);
        return unit;
    }

    ComponentGroup group(String title, boolean isMandatory) {
        ComponentGroup group = FACTORY.createComponentGroup();
        group.setTitle(title);
        group.setMandatory(isMandatory);
        rules.getGroups().add(group);
        return group;
    }

    void levelMinimum(int level, int minimumCredits, boolean atOrAbove) {
        LevelCreditRule rule = FACTORY.createLevelCreditRule();
        rule.setLevel(level);
        rule.setMinimumCredits(minimumCredits);
        rule.setAtOrAbove(atOrAbove);
        rules.getLevelMinimums().add(rule);
    }

    void bar(CurriculumComponent... components) {
        BarredCombination barred = FACTORY.createBarredCombination();
        barred.getComponents().addAll(List.of(components));
        barred.setReason("barred in the test");
        rules.getBarredCombinations().add(barred);
    }
}

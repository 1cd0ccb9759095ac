// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.validation;

import java.util.List;

import org.curriculum.core.validation.ModelValidation;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.ComponentKind;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.eclipse.emf.ecore.EObject;

/** Small hand-built models for the constraint tests, and the problems as a user reads them. */
final class ValidationFixtures {

    static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;

    private ValidationFixtures() {
    }

    /** Each problem as one line: {@code SEVERITY: message}. */
    static List<String> problems(EObject root) {
        return ModelValidation.validate(root).stream().map(p -> p.severity() + ": " + p.message()).toList();
    }

    static Curriculum curriculum() {
        Curriculum curriculum = FACTORY.createCurriculum();
        curriculum.setCode("C1");
        curriculum.setTitle("Test curriculum");
        return curriculum;
    }

    /** Adds a component with a number, title, level and credits (level and credits may be null). */
    static <T extends CurriculumComponent> T add(Curriculum curriculum, T component, String number, String title,
            Integer level, Integer credits) {
        component.setNumber(number);
        component.setTitle(title);
        component.setLevel(level);
        component.setCredits(credits);
        curriculum.getComponents().add(component);
        return component;
    }

    static Qualification qualification(Curriculum curriculum, String code, String title) {
        Qualification qualification = FACTORY.createQualification();
        qualification.setCode(code);
        qualification.setTitle(title);
        qualification.setRules(FACTORY.createRulesOfCombination());
        curriculum.getQualifications().add(qualification);
        return qualification;
    }

    static ComponentGroup group(RulesOfCombination rules, String title, boolean mandatory,
            CurriculumComponent... components) {
        ComponentGroup group = FACTORY.createComponentGroup();
        group.setTitle(title);
        group.setMandatory(mandatory);
        group.getComponents().addAll(List.of(components));
        rules.getGroups().add(group);
        return group;
    }

    static ListingEntry entry(ComponentKind kind, String number, String title) {
        ListingEntry entry = FACTORY.createListingEntry();
        entry.setKind(kind);
        entry.setNumber(number);
        entry.setTitle(title);
        return entry;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.model.validation;

import java.util.Map;

import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.model.util.CurriculumValidator;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Traceability between the occupational profile and the modules: each responsibility has a practical
 * skills module, each context a work experience module, and each module traces back to a task. Only
 * checked where the curriculum has a profile with tasks (a qualification specification without one has
 * nothing to trace to). Knowledge modules are not required to trace to a task: in occupational
 * curricula they underpin the occupation as a whole, and the curriculum documents (seed 000) link no
 * knowledge module to a task. Gaps are warnings: the curriculum is incomplete, not broken.
 */
public final class TraceabilityConstraints {

    private TraceabilityConstraints() {
    }

    /** An occupational responsibility is covered by at least one practical skills module. */
    public static boolean validateResponsibility(OccupationalResponsibility responsibility, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.OCCUPATIONAL_RESPONSIBILITY__VALIDATE_HAS_PRACTICAL_SKILLS_MODULE);
        if (responsibility.getPracticalSkillsModules().isEmpty()) {
            findings.warning(ElementLabels.describeWithPlace(responsibility) + " is covered by no practical skills"
                    + " module: link the module that teaches it, or add one.", responsibility,
                    CurriculumPackage.Literals.OCCUPATIONAL_RESPONSIBILITY__PRACTICAL_SKILLS_MODULES);
        }
        return findings.valid();
    }

    /** An occupational context is covered by at least one work experience module. */
    public static boolean validateContext(OccupationalContext occupationalContext, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics,
                CurriculumValidator.OCCUPATIONAL_CONTEXT__VALIDATE_HAS_WORK_EXPERIENCE_MODULE);
        if (occupationalContext.getWorkExperienceModules().isEmpty()) {
            findings.warning(ElementLabels.describeWithPlace(occupationalContext) + " is covered by no work"
                    + " experience module: link the module that gives this experience, or add"
                    + " one.", occupationalContext,
                    CurriculumPackage.Literals.OCCUPATIONAL_CONTEXT__WORK_EXPERIENCE_MODULES);
        }
        return findings.valid();
    }

    /**
     * In a curriculum with an occupational profile, a module (other than a knowledge module) traces to a
     * task, a practical skills module covers a responsibility and a work experience module a context.
     */
    public static boolean validateComponent(CurriculumComponent component, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        Findings findings = new Findings(diagnostics, CurriculumValidator.CURRICULUM_COMPONENT__VALIDATE_TRACEABILITY);
        OccupationalProfile profile = component.eContainer() instanceof Curriculum curriculum ? curriculum.getProfile()
                : null;
        if (profile == null || profile.getTasks().isEmpty() || component instanceof KnowledgeModule) {
            return true;
        }
        if (component.getTasks().isEmpty()) {
            findings.warning(ElementLabels.describe(component) + " traces to no occupational task: link it to the"
                    + " task it prepares the learner for, or remove it if the occupation does not call for"
                    + " it.", component,
                    CurriculumPackage.Literals.CURRICULUM_COMPONENT__TASKS);
        }
        if (component instanceof PracticalSkillsModule && !coveredByResponsibility(profile, component)) {
            findings.warning(ElementLabels.describe(component) + " covers no occupational responsibility: link it"
                    + " from the responsibility it teaches, or remove it.", component);
        }
        if (component instanceof WorkExperienceModule && !coveredByContext(profile, component)) {
            findings.warning(ElementLabels.describe(component) + " matches no occupational context: link it from the"
                    + " context it gives experience of (adding the context to its task if the profile lacks it), or"
                    + " remove it.", component);
        }
        return findings.valid();
    }

    private static boolean coveredByResponsibility(OccupationalProfile profile, EObject module) {
        for (OccupationalTask task : profile.getTasks()) {
            for (OccupationalResponsibility responsibility : task.getResponsibilities()) {
                if (responsibility.getPracticalSkillsModules().contains(module)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean coveredByContext(OccupationalProfile profile, EObject module) {
        for (OccupationalTask task : profile.getTasks()) {
            for (OccupationalContext occupationalContext : task.getContexts()) {
                if (occupationalContext.getWorkExperienceModules().contains(module)) {
                    return true;
                }
            }
        }
        return false;
    }
}

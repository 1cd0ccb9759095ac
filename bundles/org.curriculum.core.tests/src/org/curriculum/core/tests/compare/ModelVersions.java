// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import java.io.IOException;
import java.nio.file.Path;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.resources.ModelLoadException;
import org.curriculum.core.resources.ModelSaveException;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** Versions of the shipped examples, each a copy in its own folder that a test edits and saves. */
final class ModelVersions {

    private ModelVersions() {
    }

    /** A fresh copy of every example in {@code folder}, loaded together. */
    static LoadedExamples copy(Path folder) throws IOException, ModelLoadException {
        return LoadedExamples.load(folder);
    }

    /** Saves the files of a version that the test edited. */
    static void save(EObject... roots) throws ModelSaveException {
        for (EObject root : roots) {
            Resource resource = root.eResource();
            ModelFiles.save(resource);
        }
    }

    static LearningOutcome outcome(CurriculumComponent component, String code) {
        return ((Unit) component).getLearningOutcomes().stream().filter(o -> code.equals(o.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("no LO " + code + " in " + ElementLabels.describe(component)));
    }

    static AssessmentCriterion criterion(CurriculumComponent component, String outcome, String code) {
        return outcome(component, outcome).getAssessmentCriteria().stream().filter(c -> code.equals(c.getCode()))
                .findFirst().orElseThrow(() -> new AssertionError("no AC " + code));
    }

    static MappingLink link(LoadedExamples examples, String unit, String standard) {
        MappingSet mapping = examples.nosMapping();
        return mapping.getLinks().stream()
                .filter(l -> l.getItem() == examples.unit(unit) && l.getStandard() == examples.nos(standard))
                .findFirst().orElseThrow(() -> new AssertionError("no link " + unit + " x " + standard));
    }
}

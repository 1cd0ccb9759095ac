// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.MergeConflict;
import org.curriculum.core.compare.MergeResult;
import org.curriculum.core.compare.ModelMerge;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three-way merge by id of the BTEC example and its NOS mapping, edited on two sides. */
class ModelMergeTest {

    @TempDir
    Path folder;

    private LoadedExamples base;
    private LoadedExamples ours;
    private LoadedExamples theirs;

    private void versions() throws Exception {
        base = ModelVersions.copy(folder.resolve("base"));
        ours = ModelVersions.copy(folder.resolve("ours"));
        theirs = ModelVersions.copy(folder.resolve("theirs"));
    }

    /** Merges the saved files the way the command line does: each loaded alone, nothing resolved. */
    private MergeResult merge(String file) throws Exception {
        EObject baseRoot = ModelFiles.loadRoot(folder.resolve("base").resolve(file));
        EObject ourRoot = ModelFiles.loadRoot(folder.resolve("ours").resolve(file));
        EObject theirRoot = ModelFiles.loadRoot(folder.resolve("theirs").resolve(file));
        MergeResult result = ModelMerge.merge(baseRoot, ourRoot, theirRoot);
        ModelMerge.recordConflicts(ourRoot, result.conflicts());
        ModelFiles.save(ourRoot.eResource());
        return result;
    }

    /** The merged mapping, loaded with the curriculum and standards beside it. */
    private MappingSet mergedMapping() throws Exception {
        Path file = folder.resolve("ours").resolve(LoadedExamples.NOS_MAPPING);
        return (MappingSet) ModelFiles.load(ModelFiles.loadAll(List.of(file)), file).getContents().get(0);
    }

    private static List<MappingLink> cell(MappingSet mapping, String item, String standard) {
        return mapping.getLinks().stream().filter(l -> item.equals(ElementLabels.identifier(l.getItem()))
                && standard.equals(ElementLabels.identifier(l.getStandard()))).toList();
    }

    private static List<ValidationProblem> errors(EObject root) {
        return ModelValidation.validate(root).stream()
                .filter(p -> p.severity() == ValidationProblem.Severity.ERROR).toList();
    }

    @Test
    void editsOfDifferentUnitsAndDifferentFieldsCombine() throws Exception {
        versions();
        ours.unit("301").setTitle("Personal Effectiveness in a Contact Centre");
        ours.unit("304").setCredits(5);
        theirs.unit("302").setTitle("Health and Safety in a Contact Centre");
        theirs.unit("304").setGuidedLearningHours(40);
        AssessmentCriterion added = CurriculumFactory.eINSTANCE.createAssessmentCriterion();
        added.setCode("1.9");
        added.setTitle("Describe how a contact centre records near misses");
        ModelVersions.outcome(theirs.unit("302"), "1").getAssessmentCriteria().add(added);
        ModelVersions.save(ours.btec(), theirs.btec());

        MergeResult result = merge(LoadedExamples.BTEC);

        assertEquals(List.of(), result.conflicts());
        assertEquals(3, result.theirsApplied());
        Curriculum merged = (Curriculum) ModelFiles.loadAll(List.of(folder.resolve("ours").resolve(LoadedExamples.BTEC)))
                .getResources().get(0).getContents().get(0);
        assertEquals("Personal Effectiveness in a Contact Centre", LoadedExamples.component(merged, "301").getTitle());
        assertEquals("Health and Safety in a Contact Centre", LoadedExamples.component(merged, "302").getTitle());
        assertEquals(5, LoadedExamples.component(merged, "304").getCredits());
        assertEquals(40, LoadedExamples.component(merged, "304").getGuidedLearningHours());
        assertEquals("Describe how a contact centre records near misses",
                ModelVersions.criterion(LoadedExamples.component(merged, "302"), "1", "1.9").getTitle());
        assertEquals(List.of(), errors(merged));
    }

    @Test
    void theSameFieldChangedBothWaysIsOneConflictKeepingOursAndRecordingTheirs() throws Exception {
        versions();
        ours.unit("303").setTitle("Own Performance at Work (ours)");
        theirs.unit("303").setTitle("Own Performance at Work (theirs)");
        theirs.unit("305").setCredits(3);
        ModelVersions.save(ours.btec(), theirs.btec());

        MergeResult result = merge(LoadedExamples.BTEC);

        assertEquals(1, result.conflicts().size());
        MergeConflict conflict = result.conflicts().get(0);
        assertEquals("Unit 303: title: ours \"Own Performance at Work (ours)\", theirs \"Own Performance at Work (theirs)\"",
                conflict.describe());
        EObject merged = ModelFiles.loadRoot(folder.resolve("ours").resolve(LoadedExamples.BTEC));
        Curriculum curriculum = (Curriculum) merged;
        assertEquals("Own Performance at Work (ours)", LoadedExamples.component(curriculum, "303").getTitle());
        assertEquals(3, LoadedExamples.component(curriculum, "305").getCredits());
        List<String> recorded = ModelMerge.recordedConflicts(merged);
        assertEquals(1, recorded.size());
        assertTrue(recorded.get(0).endsWith("Unit 303 :: title\nours: Own Performance at Work (ours)\n"
                + "theirs: Own Performance at Work (theirs)"), recorded.get(0));
    }

    @Test
    void mappingCellsChangedOnEachSideCombine() throws Exception {
        versions();
        ModelVersions.link(ours, "304", "CC08").setCoverage(CoverageLevel.FULL);
        theirs.nosMapping().getLinks().add(LoadedExamples.link(theirs.unit("303"), theirs.nos("CC10"), CoverageLevel.PARTIAL));
        EcoreUtil.remove(ModelVersions.link(theirs, "302", "CC04"));
        ModelVersions.save(ours.nosMapping(), theirs.nosMapping());

        MergeResult result = merge(LoadedExamples.NOS_MAPPING);

        assertEquals(List.of(), result.conflicts());
        MappingSet mapping = mergedMapping();
        assertEquals(70, mapping.getLinks().size());
        assertEquals(CoverageLevel.FULL, cell(mapping, "304", "CC08").get(0).getCoverage());
        assertEquals(1, cell(mapping, "303", "CC10").size());
        assertEquals(0, cell(mapping, "302", "CC04").size());
        assertEquals(List.of(), errors(mapping));
    }

    @Test
    void withAnEmptyBaseBothSidesAreKeptAndEveryValueTheySetDifferentlyIsAConflict() throws Exception {
        versions();
        ours.unit("303").setTitle("Own Performance at Work (ours)");
        theirs.unit("303").setTitle("Own Performance at Work (theirs)");
        theirs.unit("305").setCredits(3);
        AssessmentCriterion added = CurriculumFactory.eINSTANCE.createAssessmentCriterion();
        added.setCode("1.9");
        added.setTitle("Describe how a contact centre records near misses");
        ModelVersions.outcome(theirs.unit("302"), "1").getAssessmentCriteria().add(added);
        ModelVersions.save(ours.btec(), theirs.btec());
        EObject ourRoot = ModelFiles.loadRoot(folder.resolve("ours").resolve(LoadedExamples.BTEC));
        EObject theirRoot = ModelFiles.loadRoot(folder.resolve("theirs").resolve(LoadedExamples.BTEC));

        MergeResult result = ModelMerge.mergeAdded(ourRoot, theirRoot);

        assertEquals(List.of("Unit 303: title: ours \"Own Performance at Work (ours)\", theirs \"Own Performance at Work (theirs)\"",
                "Unit 305: credits: ours \"" + ours.unit("305").getCredits() + "\", theirs \"3\""),
                result.conflicts().stream().map(MergeConflict::describe).toList());
        assertEquals(1, result.theirsApplied());
        Curriculum merged = (Curriculum) ourRoot;
        assertEquals("Describe how a contact centre records near misses",
                ModelVersions.criterion(LoadedExamples.component(merged, "302"), "1", "1.9").getTitle());
        assertEquals("Own Performance at Work (ours)", LoadedExamples.component(merged, "303").getTitle());
    }

    @Test
    void withAnEmptyBaseTwoFilesCreatedEachOnItsOwnAreRefusedWithAReason() throws Exception {
        versions();
        EObject ourRoot = ModelFiles.loadRoot(folder.resolve("ours").resolve(LoadedExamples.BTEC));
        EObject theirRoot = ModelFiles.loadRoot(folder.resolve("theirs").resolve(LoadedExamples.BTEC));
        ((org.eclipse.emf.ecore.xmi.XMLResource) theirRoot.eResource()).setID(theirRoot, "another-id");
        org.curriculum.core.compare.IncomparableModelsException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.curriculum.core.compare.IncomparableModelsException.class,
                () -> ModelMerge.mergeAdded(ourRoot, theirRoot));
        assertTrue(e.getMessage().contains("both sides added this file, each on its own"), e.getMessage());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.compare.IncomparableModelsException;
import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelComparison;
import org.curriculum.core.compare.ModelDifference;
import org.curriculum.core.resources.ModelFiles;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappingLink;
import org.curriculum.model.RulesOfCombination;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The semantic compare of the BTEC example and its NOS mapping against copies this test edits. */
class ModelComparisonTest {

    @TempDir
    Path folder;

    private ModelDifference compare(String file, Path oldFolder, Path newFolder) throws Exception {
        EObject before = ModelFiles.loadRoot(oldFolder.resolve(file));
        EObject after = ModelFiles.loadRoot(newFolder.resolve(file));
        return ModelComparison.compare(before, after);
    }

    private static List<String> lines(ModelDifference difference) {
        return difference.changes().stream().map(ModelChange::describe).sorted().toList();
    }

    @Test
    void listsExactlyTheEditsMadeToTheBtecQualification() throws Exception {
        ModelVersions.copy(folder.resolve("old"));
        LoadedExamples edited = ModelVersions.copy(folder.resolve("new"));
        AssessmentCriterion ac23 = ModelVersions.criterion(edited.unit("304"), "2", "2.3");
        String oldTitle = ac23.getTitle();
        ac23.setTitle("Explain how systems and technology support remote working");
        Integer oldCredits = edited.unit("301").getCredits();
        edited.unit("301").setCredits(oldCredits + 1);
        AssessmentCriterion added = CurriculumFactory.eINSTANCE.createAssessmentCriterion();
        added.setCode("2.6");
        added.setTitle("Explain how to handle a complaint made on social media");
        ModelVersions.outcome(edited.unit("305"), "2").getAssessmentCriteria().add(added);
        AssessmentCriterion removed = ModelVersions.criterion(edited.unit("205"), "1", "1.2");
        String removedTitle = removed.getTitle();
        EcoreUtil.remove(removed);
        AssessmentCriterion moved = ModelVersions.criterion(edited.unit("306"), "1", "1.1");
        LearningOutcome lo2 = ModelVersions.outcome(edited.unit("306"), "2");
        lo2.getAssessmentCriteria().add(moved);
        RulesOfCombination rules = edited.btecQualification().getRules();
        BarredCombination barred = rules.getBarredCombinations().get(1);
        EcoreUtil.remove(barred);
        ComponentGroup optional = rules.getGroups().stream().filter(g -> g.getTitle().equals("Optional units"))
                .findFirst().orElseThrow();
        optional.setMinimumCredits(6);
        ModelVersions.save(edited.btec());

        ModelDifference difference = compare(LoadedExamples.BTEC, folder.resolve("old"), folder.resolve("new"));

        assertFalse(difference.matchedByCode());
        assertEquals(List.of(), difference.warnings());
        assertEquals(List.of(
                "added    Unit 305 > LO 2 > AC 2.6: Assessment criterion 2.6 \"Explain how to handle a complaint made on social media\"",
                "changed  Qualification 600/1636/X > Rules of combination > Group \"Optional units\": minimumCredits (none) -> 6",
                "changed  Unit 301: credits " + oldCredits + " -> " + (oldCredits + 1),
                "changed  Unit 304 > LO 2 > AC 2.3: title \"" + oldTitle
                        + "\" -> \"Explain how systems and technology support remote working\"",
                "moved    Unit 306 > LO 2 > AC 1.1: from Unit 306 > LO 1 to Unit 306 > LO 2",
                "removed  Qualification 600/1636/X > Rules of combination > Barred combination 305 + 205: Barred combination 305 + 205",
                "removed  Unit 205 > LO 1 > AC 1.2: Assessment criterion 1.2 \"" + removedTitle + "\""),
                lines(difference));
        assertEquals(2, difference.changes().stream().filter(c -> c.category() == ModelChange.Category.RULES).count());
        // rules of combination come after the elements in a report
        assertEquals(ModelChange.Category.RULES, difference.changes().get(difference.changes().size() - 1).category());
    }

    @Test
    void listsMappingChangesAsCells() throws Exception {
        ModelVersions.copy(folder.resolve("old"));
        LoadedExamples edited = ModelVersions.copy(folder.resolve("new"));
        ModelVersions.link(edited, "304", "CC08").setCoverage(CoverageLevel.FULL);
        ModelVersions.link(edited, "301", "CC01").setRationale("LO 1 covers the personal effectiveness knowledge");
        EcoreUtil.remove(ModelVersions.link(edited, "302", "CC04"));
        MappingLink added = LoadedExamples.link(edited.unit("303"), edited.nos("CC10"), CoverageLevel.PARTIAL);
        edited.nosMapping().getLinks().add(added);
        ModelVersions.save(edited.nosMapping());

        ModelDifference difference = compare(LoadedExamples.NOS_MAPPING, folder.resolve("old"), folder.resolve("new"));

        assertEquals(List.of(
                "added    303 x CC10: partial",
                "changed  301 x CC01: rationale (none) -> \"LO 1 covers the personal effectiveness knowledge\"",
                "changed  304 x CC08: partial -> full",
                "removed  302 x CC04: partial"), lines(difference));
        assertTrue(difference.changes().stream().allMatch(c -> c.category() == ModelChange.Category.MAPPING));
    }

    @Test
    void matchesByCodeAndNumberWhenTheIdsWereRegenerated() throws Exception {
        ModelVersions.copy(folder.resolve("old"));
        LoadedExamples edited = ModelVersions.copy(folder.resolve("new"));
        XMLResource resource = (XMLResource) edited.btec().eResource();
        for (var it = EcoreUtil.getAllContents(resource, true); it.hasNext();) {
            resource.setID((EObject) it.next(), EcoreUtil.generateUUID());
        }
        edited.unit("301").setTitle("Personal and Organisational Effectiveness in a Contact Centre");
        ModelVersions.save(edited.btec());

        ModelDifference difference = compare(LoadedExamples.BTEC, folder.resolve("old"), folder.resolve("new"));

        assertTrue(difference.matchedByCode());
        assertEquals(1, difference.warnings().size());
        assertTrue(difference.warnings().get(0).contains("matched by their codes and numbers"),
                difference.warnings().get(0));
        assertEquals(List.of("changed  Unit 301: title \"Principles of Personal and Organisational Effectiveness in a "
                + "Contact Centre\" -> \"Personal and Organisational Effectiveness in a Contact Centre\""),
                lines(difference));
    }

    @Test
    void anUnchangedFileHasNoChanges() throws Exception {
        ModelVersions.copy(folder.resolve("old"));
        ModelVersions.copy(folder.resolve("new"));
        ModelDifference difference = compare(LoadedExamples.BTEC, folder.resolve("old"), folder.resolve("new"));
        assertTrue(difference.isEmpty());
    }

    @Test
    void refusesFilesOfDifferentKinds() throws Exception {
        ModelVersions.copy(folder);
        EObject curriculum = ModelFiles.loadRoot(folder.resolve(LoadedExamples.BTEC));
        EObject mapping = ModelFiles.loadRoot(folder.resolve(LoadedExamples.NOS_MAPPING));
        IncomparableModelsException refused = assertThrows(IncomparableModelsException.class,
                () -> ModelComparison.compare(curriculum, mapping));
        assertEquals("the files hold different kinds of model (Curriculum and Mapping set): give two versions of "
                + "the same file", refused.getMessage());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.templates.ModelTemplates;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingSet;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The skeletons the New wizards and {@code workbench new} start from, built with the seed documents' own values. */
class ModelTemplatesTest {

    @TempDir
    Path folder;

    @Test
    void contactCentreManagerSkeletonHasTheSeedsProfileAndOneModuleOfEachKindPerTask() throws Exception {
        Curriculum curriculum = ModelTemplates.occupationalCurriculum("143905", "Contact Centre Manager", 6);

        // seed 000 prints exactly this heading and code
        Curriculum seed = LoadedExamples.load(folder.resolve("examples")).root("contact-centre-manager.curriculum",
                Curriculum.class);
        assertEquals(seed.getTitle(), curriculum.getTitle());
        assertEquals("Occupational Profile and Curriculum Summary: Contact Centre Manager", curriculum.getTitle());
        assertEquals(seed.getCode(), curriculum.getCode());
        assertEquals("143905", curriculum.getProfile().getOfoCode());
        assertEquals("Contact Centre Manager", curriculum.getProfile().getOccupation());
        assertEquals(PublicationStatus.DRAFT, curriculum.getStatus());

        List<OccupationalTask> tasks = curriculum.getProfile().getTasks();
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), tasks.stream().map(OccupationalTask::getNumber).toList());
        // KM first, then PM, then WM, as the QCTO document lists them: 1 + 6 + 6
        assertEquals(List.of("KM-01", "PM-01", "PM-02", "PM-03", "PM-04", "PM-05", "PM-06", "WM-01", "WM-02", "WM-03",
                "WM-04", "WM-05", "WM-06"), curriculum.getComponents().stream().map(CurriculumComponent::getCode).toList());
        assertEquals(tasks, curriculum.getComponents().get(0).getTasks());
        OccupationalTask task4 = tasks.get(3);
        PracticalSkillsModule pm4 = task4.getResponsibilities().get(0).getPracticalSkillsModules().get(0);
        WorkExperienceModule wm4 = task4.getContexts().get(0).getWorkExperienceModules().get(0);
        assertEquals("PM-04", pm4.getCode());
        assertEquals(List.of(task4), pm4.getTasks());
        assertEquals("WM-04", wm4.getCode());
        assertEquals(List.of(task4), wm4.getTasks());
    }

    @Test
    void btecQualificationSkeletonPutsTheFirstUnitsInTheMandatoryGroup() {
        // seed 004: QN 600/1636/X, level 3, 16 credits, 106 GLH, 14 units of which 3 (301-303) mandatory
        Curriculum curriculum = ModelTemplates.qualification(
                "Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", "600/1636/X", 3, 16, 106, 14, 3);

        assertEquals("600/1636/X", curriculum.getCode());
        Qualification qualification = curriculum.getQualifications().get(0);
        assertEquals("600/1636/X", qualification.getQualificationNumber());
        assertEquals(3, qualification.getLevel());
        assertEquals(16, qualification.getCreditValue());
        assertEquals(106, qualification.getGuidedLearningHours());
        assertEquals(16, qualification.getRules().getTotalCredits());
        assertEquals(14, curriculum.getComponents().size());
        assertTrue(curriculum.getComponents().stream().allMatch(c -> ((Unit) c).getLevel() == 3));
        List<ComponentGroup> groups = qualification.getRules().getGroups();
        assertEquals(2, groups.size());
        assertEquals("Mandatory units", groups.get(0).getTitle());
        assertTrue(groups.get(0).isMandatory());
        assertEquals(List.of("1", "2", "3"), groups.get(0).getComponents().stream().map(c -> ((Unit) c).getNumber()).toList());
        assertEquals("Optional units", groups.get(1).getTitle());
        assertEquals(11, groups.get(1).getComponents().size());

        // every unit mandatory: no optional group at all
        Curriculum allMandatory = ModelTemplates.qualification("All mandatory", "600/1636/X", 3, 16, 106, 3, 3);
        assertEquals(1, allMandatory.getQualifications().get(0).getRules().getGroups().size());
    }

    @Test
    void nosFrameworkSkeletonNumbersItsStandardsLikeTheShippedNos() throws Exception {
        StandardsFramework framework = ModelTemplates.standardsFramework("Contact Centre National Occupational Standards",
                "1.0", "CfA", "CC", 41);

        StandardsFramework nos = LoadedExamples.load(folder.resolve("examples")).root(LoadedExamples.NOS,
                StandardsFramework.class);
        // the shipped NOS are coded CC01..CC41 by row order; the skeleton gives the same codes
        assertEquals(nos.getStandards().stream().map(Standard::getCode).toList(),
                framework.getStandards().stream().map(Standard::getCode).toList());
        assertEquals("CfA", framework.getPublisher());
        assertEquals("1.0", framework.getVersion());
        assertEquals("Standard 41 (title)", framework.getStandards().get(40).getTitle());
    }

    @Test
    void mappingSkeletonRefersToItsCurriculumAndFrameworkAndLoadsBackFromDisk() throws Exception {
        LoadedExamples examples = LoadedExamples.load(folder.resolve("examples"));
        Curriculum btec = examples.root(LoadedExamples.BTEC, Curriculum.class);
        StandardsFramework nos = examples.root(LoadedExamples.NOS, StandardsFramework.class);

        MappingSet mapping = ModelTemplates.mappingSet(btec, nos);
        assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) mapped to "
                + "Contact Centre National Occupational Standards", mapping.getTitle());
        assertSame(btec, mapping.getSource());
        assertTrue(mapping.getLinks().isEmpty());

        Path file = folder.resolve("examples").resolve("new.mapping");
        examples.resourceSet.createResource(ModelFiles.uri(file)).getContents().add(mapping);
        ModelFiles.save(mapping.eResource());
        MappingSet loaded = (MappingSet) ModelFiles.loadAll(List.of(file)).getResources().get(0).getContents().get(0);
        assertEquals("600/1636/X", ((Curriculum) loaded.getSource()).getCode());
        assertEquals(41, ((StandardsFramework) loaded.getTarget()).getStandards().size());
    }
}

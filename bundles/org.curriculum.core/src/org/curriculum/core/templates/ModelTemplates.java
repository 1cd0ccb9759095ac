// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.curriculum.model.ComponentGroup;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingSet;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.model.WorkExperienceModule;

/**
 * The skeletons the New wizards start a user off with: placeholders shaped like the documents they
 * will be filled from (a QCTO occupational curriculum, a regulated qualification, a standards
 * framework), so that the editor shows where each piece of text goes.
 */
public final class ModelTemplates {

    /** An OFO code: six digits, optionally after the four-digit year of the OFO version (2021-143905). */
    public static final Pattern OFO_CODE = Pattern.compile("(\\d{4}-)?\\d{6}");

    /** A regulated qualification number of the form 600/1636/X: three digits, four digits, a check character. */
    public static final Pattern QUALIFICATION_NUMBER = Pattern.compile("\\d{3}/\\d{4}/[0-9A-Za-z]");

    /** The prefix of generated standard codes (CC for CC01, CC02, ...): a letter and up to nine letters or digits. */
    public static final Pattern STANDARD_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,9}");

    /** The largest counts and values a template is made with; the wizards and the command line check them. */
    public static final int MAX_TASKS = 50;
    public static final int MAX_LEVEL = 8;
    public static final int MAX_CREDITS = 999;
    public static final int MAX_GLH = 9999;
    public static final int MAX_UNITS = 100;
    public static final int MAX_STANDARDS = 999;

    private static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;

    private ModelTemplates() {
    }

    /**
     * An occupational curriculum: the profile with its tasks, one responsibility and one context
     * placeholder per task, one knowledge module, a practical skills module per responsibility and a
     * work experience module per context, already linked to what they cover.
     */
    public static Curriculum occupationalCurriculum(String ofoCode, String occupation, int tasks) {
        Curriculum curriculum = FACTORY.createCurriculum();
        curriculum.setCode(ofoCode);
        curriculum.setTitle("Occupational Profile and Curriculum Summary: " + occupation);
        curriculum.setStatus(PublicationStatus.DRAFT);
        OccupationalProfile profile = FACTORY.createOccupationalProfile();
        profile.setOfoCode(ofoCode);
        profile.setOccupation(occupation);
        curriculum.setProfile(profile);
        KnowledgeModule knowledge = FACTORY.createKnowledgeModule();
        knowledge.setCode("KM-01");
        knowledge.setNumber("1");
        knowledge.setTitle("Knowledge module 1 for " + occupation);
        curriculum.getComponents().add(knowledge);
        List<PracticalSkillsModule> practical = new ArrayList<>();
        List<WorkExperienceModule> work = new ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            OccupationalTask task = FACTORY.createOccupationalTask();
            task.setNumber(String.valueOf(i));
            task.setTitle("Task " + i + " (describe the task)");
            task.setProductOrService("Product or service of task " + i);
            profile.getTasks().add(task);

            OccupationalResponsibility responsibility = FACTORY.createOccupationalResponsibility();
            responsibility.setNumber("i");
            responsibility.setTitle("Responsibility i of task " + i);
            task.getResponsibilities().add(responsibility);
            PracticalSkillsModule skills = FACTORY.createPracticalSkillsModule();
            skills.setCode(String.format("PM-%02d", i));
            skills.setNumber(String.valueOf(i));
            skills.setTitle("Practical skills for task " + i);
            skills.getTasks().add(task);
            responsibility.getPracticalSkillsModules().add(skills);
            practical.add(skills);

            OccupationalContext context = FACTORY.createOccupationalContext();
            context.setNumber("i");
            context.setTitle("Workplace context i of task " + i);
            task.getContexts().add(context);
            WorkExperienceModule experience = FACTORY.createWorkExperienceModule();
            experience.setCode(String.format("WM-%02d", i));
            experience.setNumber(String.valueOf(i));
            experience.setTitle("Work experience for task " + i);
            experience.getTasks().add(task);
            context.getWorkExperienceModules().add(experience);
            work.add(experience);
        }
        knowledge.getTasks().addAll(profile.getTasks());
        // KM, then PM, then WM: the order the QCTO curriculum document lists them in
        curriculum.getComponents().addAll(practical);
        curriculum.getComponents().addAll(work);
        return curriculum;
    }

    /**
     * A regulated qualification with its units: the first {@code mandatory} units form the
     * mandatory group of the rules of combination, the others the optional group.
     */
    public static Curriculum qualification(String title, String qualificationNumber, int level, int creditValue,
            int guidedLearningHours, int units, int mandatory) {
        Curriculum curriculum = FACTORY.createCurriculum();
        curriculum.setCode(qualificationNumber);
        curriculum.setTitle(title);
        curriculum.setStatus(PublicationStatus.DRAFT);
        Qualification qualification = FACTORY.createQualification();
        qualification.setCode(qualificationNumber);
        qualification.setQualificationNumber(qualificationNumber);
        qualification.setTitle(title);
        qualification.setLevel(level);
        qualification.setCreditValue(creditValue);
        qualification.setGuidedLearningHours(guidedLearningHours);
        curriculum.getQualifications().add(qualification);
        RulesOfCombination rules = FACTORY.createRulesOfCombination();
        rules.setTotalCredits(creditValue);
        qualification.setRules(rules);
        ComponentGroup mandatoryGroup = FACTORY.createComponentGroup();
        mandatoryGroup.setTitle("Mandatory units");
        mandatoryGroup.setMandatory(true);
        ComponentGroup optionalGroup = FACTORY.createComponentGroup();
        optionalGroup.setTitle("Optional units");
        for (int i = 1; i <= units; i++) {
            Unit unit = FACTORY.createUnit();
            unit.setNumber(String.valueOf(i));
            unit.setTitle("Unit " + i + " (title)");
            unit.setLevel(level);
            curriculum.getComponents().add(unit);
            (i <= mandatory ? mandatoryGroup : optionalGroup).getComponents().add(unit);
        }
        rules.getGroups().add(mandatoryGroup);
        if (units > mandatory) {
            rules.getGroups().add(optionalGroup);
        }
        return curriculum;
    }

    /** A standards framework with numbered standards {@code prefix01}, {@code prefix02}, ... */
    public static StandardsFramework standardsFramework(String title, String version, String publisher, String prefix,
            int standards) {
        StandardsFramework framework = FACTORY.createStandardsFramework();
        framework.setCode(prefix);
        framework.setTitle(title);
        framework.setVersion(version);
        framework.setPublisher(publisher);
        framework.setStatus(PublicationStatus.DRAFT);
        for (int i = 1; i <= standards; i++) {
            Standard standard = FACTORY.createStandard();
            standard.setCode(String.format("%s%02d", prefix, i));
            standard.setTitle("Standard " + i + " (title)");
            framework.getStandards().add(standard);
        }
        return framework;
    }

    /** An empty mapping set from a curriculum to a standards framework. */
    public static MappingSet mappingSet(Framework source, Framework target) {
        MappingSet mapping = FACTORY.createMappingSet();
        mapping.setTitle(source.getTitle() + " mapped to " + target.getTitle());
        mapping.setSource(source);
        mapping.setTarget(target);
        return mapping;
    }
}

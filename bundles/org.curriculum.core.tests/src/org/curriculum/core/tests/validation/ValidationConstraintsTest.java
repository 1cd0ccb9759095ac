// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.validation;

import static org.curriculum.core.tests.validation.ValidationFixtures.FACTORY;
import static org.curriculum.core.tests.validation.ValidationFixtures.add;
import static org.curriculum.core.tests.validation.ValidationFixtures.curriculum;
import static org.curriculum.core.tests.validation.ValidationFixtures.entry;
import static org.curriculum.core.tests.validation.ValidationFixtures.group;
import static org.curriculum.core.tests.validation.ValidationFixtures.problems;
import static org.curriculum.core.tests.validation.ValidationFixtures.qualification;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.curriculum.core.resources.ModelFiles;
import org.curriculum.core.validation.ModelValidation;
import org.curriculum.core.validation.ValidationProblem;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.ComponentKind;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.KnowledgeTopic;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.model.WorkExperienceModule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One small hand-built model per constraint, and the exact problems a user is shown for it. */
class ValidationConstraintsTest {

    @TempDir
    Path folder;

    private static void assertProblems(EObject root, String... expected) {
        assertEquals(new TreeSet<>(List.of(expected)), new TreeSet<>(problems(root)));
        assertEquals(expected.length, problems(root).size(), () -> String.join("\n", problems(root)));
    }

    @Test
    void twoKnowledgeModulesNumbered3AreAnErrorButAPracticalSkillsModule3IsNot() {
        Curriculum curriculum = curriculum();
        add(curriculum, FACTORY.createKnowledgeModule(), "3", "Operational Supervision", null, null);
        add(curriculum, FACTORY.createKnowledgeModule(), "3", "Operational management", null, null);
        add(curriculum, FACTORY.createPracticalSkillsModule(), "3", "Supervise personnel", null, null);
        assertProblems(curriculum, "ERROR: Knowledge module 3 \"Operational management\" has the same number (3) as"
                + " knowledge module 3 \"Operational Supervision\" in curriculum C1 \"Test curriculum\": give each"
                + " knowledge module its own number.");
    }

    @Test
    void twoCriteria11InOneOutcomeAreAnErrorNamingTheOutcomeAndUnit() {
        Curriculum curriculum = curriculum();
        Unit unit = add(curriculum, FACTORY.createUnit(), "301", "Unit A", 3, 2);
        LearningOutcome first = outcome(unit, "1", "Know things");
        criterion(first, "1.1", "Describe A");
        criterion(first, "1.1", "Describe B");
        LearningOutcome second = outcome(unit, "2", "Understand more");
        criterion(second, "2.1", "Describe A");
        assertProblems(curriculum, "ERROR: Assessment criterion 1.1 \"Describe B\" has the same code (1.1) as"
                + " assessment criterion 1.1 \"Describe A\" in learning outcome 1 \"Know things\" in unit 301"
                + " \"Unit A\": give each assessment criterion its own code.");
    }

    @Test
    void standardCodesAreUniqueAcrossTheSectionsOfAFramework() {
        StandardsFramework framework = framework("NOS", "Test standards");
        framework.getSections().add(section("A", "Section A", standard("CC01", "First")));
        framework.getSections().add(section("B", "Section B", standard("CC01", "Second")));
        assertProblems(framework, "ERROR: Standard CC01 \"Second\" has the same code (CC01) as standard CC01"
                + " \"First\" in standards framework NOS \"Test standards\": give each standard its own code.");
    }

    @Test
    void missingTitlesAndStandardCodesAreErrors() {
        Curriculum curriculum = curriculum();
        Unit unit = add(curriculum, FACTORY.createUnit(), "301", null, 3, 2);
        criterion(outcome(unit, "1", "Know"), "1.1", " ");
        assertProblems(curriculum, "ERROR: Unit 301 has no title: enter its title as the document prints it.",
                "ERROR: Assessment criterion 1.1 in learning outcome 1 \"Know\" in unit 301 has no title: enter its"
                        + " title as the document prints it.");
        StandardsFramework framework = framework("NOS", "Test standards");
        framework.getStandards().add(standard(null, "Handle calls"));
        assertProblems(framework, "ERROR: Standard \"Handle calls\" has no code: enter the code its framework gives"
                + " it, so that mappings, the matrix and reports can name it.");
    }

    @Test
    void aLinkToAMissingFileIsAnErrorThatSaysWhatToDo() {
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Curriculum curriculum = curriculum();
        Unit unit = add(curriculum, FACTORY.createUnit(), "301", "Mine", 3, 2);
        StandardsFramework framework = framework("NOS", "Test standards");
        Standard standard = standard("CC01", "Std");
        framework.getStandards().add(standard);
        MappingSet set = mappingSet("M1", "Test mapping", curriculum, framework);
        Unit lost = FACTORY.createUnit();
        URI missing = ModelFiles.uri(folder.resolve("missing.curriculum")).appendFragment("_gone");
        ((InternalEObject) lost).eSetProxyURI(missing);
        link(set, lost, standard, CoverageLevel.PARTIAL);
        link(set, unit, standard, CoverageLevel.PARTIAL);
        store(resourceSet, "a.curriculum", curriculum);
        store(resourceSet, "n.standards", framework);
        store(resourceSet, "m.mapping", set);
        assertProblems(set, "ERROR: Mapping link (missing) \u2192 CC01: its item refers to unit"
                + " missing.curriculum#_gone, which cannot be found: the file that holds it may be missing, renamed"
                + " or moved, or the element was deleted. Put the file back beside this one, or delete the link.");
    }

    @Test
    void aPartQualificationWithAModuleTheFullOneLacksIsAnError() {
        Curriculum curriculum = curriculum();
        KnowledgeModule km = add(curriculum, FACTORY.createKnowledgeModule(), "1", "Know", null, null);
        WorkExperienceModule wm = add(curriculum, FACTORY.createWorkExperienceModule(), "1", "Do", null, null);
        Qualification full = qualification(curriculum, "Q-F", "Full");
        group(full.getRules(), "Knowledge Modules", true, km);
        PartQualification part = FACTORY.createPartQualification();
        part.setCode("Q-P");
        part.setTitle("Part");
        part.setRules(FACTORY.createRulesOfCombination());
        part.setFullQualification(full);
        curriculum.getQualifications().add(part);
        group(part.getRules(), "Modules", true, km, wm);
        assertProblems(curriculum, "ERROR: Part qualification Q-P \"Part\" contains work experience module 1"
                + " \"Do\", which qualification Q-F \"Full\", its full qualification, does not contain: a part"
                + " qualification may only hold components of its full qualification; add the work experience"
                + " module to the full qualification or remove it from the part qualification.");
    }

    @Test
    void traceabilityGapsAreWarningsAndKnowledgeModulesNeedNoTask() {
        Curriculum curriculum = curriculum();
        OccupationalProfile profile = FACTORY.createOccupationalProfile();
        curriculum.setProfile(profile);
        OccupationalTask task = FACTORY.createOccupationalTask();
        task.setNumber("1");
        task.setTitle("Manage costs");
        profile.getTasks().add(task);
        add(curriculum, FACTORY.createKnowledgeModule(), "1", "Know", null, null);
        PracticalSkillsModule reporting = add(curriculum, FACTORY.createPracticalSkillsModule(), "1", "Report on costs",
                null, null);
        PracticalSkillsModule orphan = add(curriculum, FACTORY.createPracticalSkillsModule(), "2", "Orphan", null,
                null);
        orphan.getTasks().add(task);
        WorkExperienceModule monitoring = add(curriculum, FACTORY.createWorkExperienceModule(), "1", "Monitor", null,
                null);
        monitoring.getTasks().add(task);
        add(curriculum, FACTORY.createWorkExperienceModule(), "2", "Lonely", null, null);
        task.getResponsibilities().add(responsibility("i", "Budget"));
        OccupationalResponsibility reports = responsibility("ii", "Report");
        reports.getPracticalSkillsModules().add(reporting);
        task.getResponsibilities().add(reports);
        task.getContexts().add(context("i", "Monitor costs"));
        OccupationalContext managing = context("ii", "Manage costs");
        managing.getWorkExperienceModules().add(monitoring);
        task.getContexts().add(managing);
        assertProblems(curriculum,
                "WARNING: Occupational responsibility i \"Budget\" in occupational task 1 \"Manage costs\" is"
                        + " covered by no practical skills module: link the module that teaches it, or add one.",
                "WARNING: Occupational context i \"Monitor costs\" in occupational task 1 \"Manage costs\" is"
                        + " covered by no work experience module: link the module that gives this experience, or"
                        + " add one.",
                "WARNING: Practical skills module 1 \"Report on costs\" traces to no occupational task: link it to"
                        + " the task it prepares the learner for, or remove it if the occupation does not call for it.",
                "WARNING: Practical skills module 2 \"Orphan\" covers no occupational responsibility: link it from"
                        + " the responsibility it teaches, or remove it.",
                "WARNING: Work experience module 2 \"Lonely\" traces to no occupational task: link it to the task"
                        + " it prepares the learner for, or remove it if the occupation does not call for it.",
                "WARNING: Work experience module 2 \"Lonely\" matches no occupational context: link it from the"
                        + " context it gives experience of (adding the context to its task if the profile lacks"
                        + " it), or remove it.");
        curriculum.setProfile(null);
        assertProblems(curriculum);
    }

    @Test
    void topicWeightingsMustAddUpTo100WhenAnyIsGiven() {
        Curriculum curriculum = curriculum();
        weighted(add(curriculum, FACTORY.createKnowledgeModule(), "1", "A", null, null), 40, 50);
        weighted(add(curriculum, FACTORY.createKnowledgeModule(), "2", "B", null, null), 40, 60);
        weighted(add(curriculum, FACTORY.createKnowledgeModule(), "3", "C", null, null), null, null);
        weighted(add(curriculum, FACTORY.createKnowledgeModule(), "4", "D", null, null), 100, null);
        assertProblems(curriculum,
                "WARNING: The topic weightings of knowledge module 1 \"A\" add up to 90%, not 100%: correct them so"
                        + " that they add up to 100%.",
                "WARNING: The topic weightings of knowledge module 4 \"D\" add up to 100%, but topic T2 has no"
                        + " weighting: give every topic of the module a weighting, adding up to 100%.");
    }

    @Test
    void creditsAndNotionalHoursDisagreeingIsAWarning() {
        Curriculum curriculum = curriculum();
        add(curriculum, FACTORY.createUnit(), "301", "A", 3, 3).setNotionalHours(35);
        add(curriculum, FACTORY.createUnit(), "302", "B", 3, 3).setNotionalHours(30);
        add(curriculum, FACTORY.createUnit(), "303", "C", 3, 3);
        assertProblems(curriculum, "WARNING: Unit 301 \"A\" has 3 credits but 35 notional hours; at 10 hours per"
                + " credit that is 30 hours (or 3.5 credits): correct the credits or the notional hours.");
    }

    @Test
    void theRulesTableMustAgreeWithTheUnitsButCaseAloneIsNoDifference() {
        Curriculum curriculum = curriculum();
        Unit u301 = add(curriculum, FACTORY.createUnit(), "301", "Principles of Incident Management through a"
                + " Contact Centre",
                3, 4);
        Unit u302 = add(curriculum, FACTORY.createUnit(), "302", "B", 3, 3);
        Unit u303 = add(curriculum, FACTORY.createUnit(), "303", "C", 3, 2);
        Unit u305 = add(curriculum, FACTORY.createUnit(), "305", "F", 3, 2);
        Unit u204 = add(curriculum, FACTORY.createUnit(), "204", "D", 2, 3);
        Qualification qualification = qualification(curriculum, "Q", "Qual");
        ComponentGroup level2 = group(qualification.getRules(), "Optional Level 2 units", false, u204, u301);
        level2.getEntries().add(entry(ComponentKind.UNIT, "204", "D"));
        level2.getEntries().add(entry(ComponentKind.UNIT, "301", "Principles of Incident Management Through a"
                + " Contact Centre"));
        ComponentGroup optional = group(qualification.getRules(), "Optional units", false, u302, u303, u305);
        optional.getEntries().add(entry(ComponentKind.UNIT, "302", "Something else"));
        optional.getEntries().add(entry(ComponentKind.UNIT, "304", "C"));
        optional.getEntries().add(entry(ComponentKind.UNIT, "306", "G"));
        String table = "the table \"Optional units\" of qualification Q \"Qual\"";
        assertProblems(curriculum,
                "WARNING: Unit 301 \"Principles of Incident Management through a Contact Centre\" is at level 3,"
                        + " but it is in the table \"Optional Level 2 units\" of qualification Q \"Qual\", which is"
                        + " for level 2 components: move it to the group for its level or correct its level.",
                "WARNING: The table \"Optional units\" of qualification Q \"Qual\" titles unit 302 \"Something"
                        + " else\", but the unit is titled \"B\": make the two titles agree.",
                "WARNING: The table \"Optional units\" of qualification Q \"Qual\" prints unit 303 \"C\" as unit"
                        + " 304: correct the number in " + table + " (the unit is numbered 303).",
                "WARNING: The table \"Optional units\" of qualification Q \"Qual\" lists unit 306 \"G\", but the"
                        + " group has no such unit: add the unit or remove the entry.",
                "WARNING: Unit 305 \"F\" is missing from " + table + ", which lists 2 of the 3 units of the group:"
                        + " add an entry for it.");
    }

    @Test
    void creditsTheRulesRequireButTheUnitsCannotGiveAreErrors() {
        Curriculum curriculum = curriculum();
        Unit u301 = add(curriculum, FACTORY.createUnit(), "301", "A", 3, 4);
        Unit u204 = add(curriculum, FACTORY.createUnit(), "204", "D", 2, 3);
        Unit u205 = add(curriculum, FACTORY.createUnit(), "205", "E", 2, null);
        Qualification qualification = qualification(curriculum, "Q", "Qual");
        qualification.getRules().setTotalCredits(10);
        LevelCreditRule level3 = FACTORY.createLevelCreditRule();
        level3.setLevel(3);
        level3.setMinimumCredits(5);
        level3.setAtOrAbove(true);
        qualification.getRules().getLevelMinimums().add(level3);
        group(qualification.getRules(), "Mandatory units", true, u301);
        ComponentGroup optional = group(qualification.getRules(), "Optional units", false, u204, u205);
        optional.setMinimumCredits(8);
        optional.setMinimumComponents(3);
        String rules = "Rules of combination of qualification Q \"Qual\"";
        assertProblems(curriculum,
                "WARNING: Unit 205 \"E\" has no credit value, but the rules of combination that list it count"
                        + " credits: enter its credits.",
                "ERROR: " + rules + " require 10 credits, but all the listed components together carry only 7: list"
                        + " more components or correct the total.",
                "ERROR: " + rules + " require 5 credits at level 3 or above, but the listed components at that"
                        + " level carry only 4: list more components at that level or correct the minimum.",
                "ERROR: The group \"Optional units\" of qualification Q \"Qual\" requires 8 credits, but its"
                        + " components carry only 3: add components or correct the minimum.",
                "ERROR: The group \"Optional units\" of qualification Q \"Qual\" requires 3 components, but holds"
                        + " only 2: add components or correct the minimum.");
    }

    @Test
    void aCreditValueDisagreeingWithTheTimeOrTheRulesIsAWarning() {
        Curriculum curriculum = curriculum();
        Qualification qualification = qualification(curriculum, "Q", "Qual");
        qualification.setCreditValue(12);
        qualification.setTotalQualificationTime(100);
        qualification.getRules().setTotalCredits(10);
        Unit unit = add(curriculum, FACTORY.createUnit(), "301", "A", 3, 12);
        group(qualification.getRules(), "Mandatory units", true, unit);
        assertProblems(curriculum,
                "WARNING: Qualification Q \"Qual\" has a credit value of 12 but a total qualification time of 100"
                        + " hours; at 10 hours per credit they should agree: correct one of them.",
                "WARNING: Qualification Q \"Qual\" has a credit value of 12 but its rules of combination require 10"
                        + " credits: correct the credit value or the rules.");
    }

    @Test
    void aBarredCombinationMayNameOnlyOptionalUnits() {
        Curriculum curriculum = curriculum();
        Unit u301 = add(curriculum, FACTORY.createUnit(), "301", "A", 3, 2);
        Unit u304 = add(curriculum, FACTORY.createUnit(), "304", "B", 3, 4);
        Unit u305 = add(curriculum, FACTORY.createUnit(), "305", "F", 3, 4);
        Unit u204 = add(curriculum, FACTORY.createUnit(), "204", "D", 2, 3);
        Qualification qualification = qualification(curriculum, "Q", "Qual");
        group(qualification.getRules(), "Mandatory units", true, u301);
        group(qualification.getRules(), "Optional units", false, u304, u204);
        barred(qualification, u304, u204);
        barred(qualification, u301, u204);
        barred(qualification, u304, u305);
        assertProblems(curriculum,
                "ERROR: Barred combination 301 + 204 names unit 301 \"A\", which is mandatory (group \"Mandatory"
                        + " units\"): only optional components can be barred, since every learner takes the"
                        + " mandatory ones; remove it from the barred combination or make it optional.",
                "ERROR: Barred combination 304 + 305 names unit 305 \"F\", which no group of qualification Q"
                        + " \"Qual\" lists: a learner cannot take it, so barring it means nothing; add it to an"
                        + " optional group or remove it from the barred combination.");
    }

    @Test
    void aListingMustNameEveryComponentOfItsKindsByNumberAndTitle() {
        Curriculum curriculum = curriculum();
        add(curriculum, FACTORY.createKnowledgeModule(), "1", "A", null, null);
        add(curriculum, FACTORY.createKnowledgeModule(), "2", "B", null, null);
        add(curriculum, FACTORY.createKnowledgeModule(), "3", "C", null, null);
        add(curriculum, FACTORY.createPracticalSkillsModule(), "1", "P", null, null);
        add(curriculum, FACTORY.createWorkExperienceModule(), "1", "Not listed at all", null, null);
        DocumentListing contents = FACTORY.createDocumentListing();
        contents.setTitle("Contents");
        contents.getEntries().add(entry(ComponentKind.KNOWLEDGE_MODULE, "1", "A"));
        contents.getEntries().add(entry(ComponentKind.KNOWLEDGE_MODULE, "2", "C"));
        contents.getEntries().add(entry(ComponentKind.KNOWLEDGE_MODULE, "4", "D"));
        contents.getEntries().add(entry(ComponentKind.PRACTICAL_SKILLS_MODULE, "1", "P."));
        curriculum.getListings().add(contents);
        assertProblems(curriculum,
                "WARNING: The listing \"Contents\" prints knowledge module 3 \"C\" as KM 2: correct the number in"
                        + " the listing \"Contents\" (the knowledge module is numbered 3).",
                "WARNING: The listing \"Contents\" lists knowledge module 4 \"D\", but the curriculum has no such"
                        + " knowledge module: add the knowledge module or remove the entry.",
                "WARNING: Knowledge module 2 \"B\" is missing from the listing \"Contents\", which lists 2 of the 3"
                        + " knowledge modules of the curriculum: add an entry for it.");
    }

    @Test
    void linksOutsideTheSetsFrameworksAndRepeatedLinksAreErrors() {
        ResourceSet resourceSet = ModelFiles.newResourceSet();
        Curriculum mine = curriculum();
        mine.setCode("A");
        mine.setTitle("Curriculum A");
        Unit unit = add(mine, FACTORY.createUnit(), "301", "Mine", 3, 2);
        Curriculum other = curriculum();
        other.setCode("B");
        other.setTitle("Other curriculum");
        Unit foreign = add(other, FACTORY.createUnit(), "401", "Other", 3, 2);
        StandardsFramework framework = framework("NOS", "Test standards");
        Standard standard = standard("CC01", "Std");
        framework.getStandards().add(standard);
        MappingSet set = mappingSet("M1", "Test mapping", mine, framework);
        link(set, unit, standard, CoverageLevel.PARTIAL);
        link(set, foreign, standard, CoverageLevel.PARTIAL);
        link(set, unit, unit, CoverageLevel.PARTIAL);
        link(set, unit, standard, CoverageLevel.FULL);
        MappingSet untargeted = mappingSet("M2", "Untargeted", mine, null);
        store(resourceSet, "a.curriculum", mine);
        store(resourceSet, "b.curriculum", other);
        store(resourceSet, "n.standards", framework);
        store(resourceSet, "m.mapping", set);
        store(resourceSet, "m2.mapping", untargeted);
        assertProblems(set,
                "ERROR: Mapping link 401 \u2192 CC01: its item unit 401 \"Other\" belongs to curriculum B \"Other"
                        + " curriculum\", not to the mapping set's source curriculum A \"Curriculum A\": link an"
                        + " item of curriculum A \"Curriculum A\" instead, or move the link to a mapping set for"
                        + " the right frameworks.",
                "ERROR: Mapping link 301 \u2192 301: its standard unit 301 \"Mine\" belongs to curriculum A"
                        + " \"Curriculum A\", not to the mapping set's target standards framework NOS \"Test"
                        + " standards\": link an item of standards framework NOS \"Test standards\" instead, or"
                        + " move the link to a mapping set for the right frameworks.",
                "ERROR: Mapping link 301 \u2192 CC01 (link 4) repeats link 1 from unit 301 \"Mine\" to standard"
                        + " CC01 \"Std\": delete one of them (they record different coverage, partial and full:"
                        + " keep the right one).");
        assertProblems(untargeted, "ERROR: Mapping set M2 \"Untargeted\" has no target framework: choose the"
                + " standards framework the items are mapped against.");
    }

    @Test
    void emfsOwnRequiredValueCheckIsWordedForTheUser() {
        Curriculum curriculum = curriculum();
        Unit unit = add(curriculum, FACTORY.createUnit(), "304", "B", 3, 4);
        Qualification qualification = qualification(curriculum, "Q", "Qual");
        group(qualification.getRules(), "Optional units", false, unit);
        barred(qualification, unit);
        assertProblems(curriculum, "ERROR: Barred combination 304 in qualification Q \"Qual\" needs at least 2"
                + " components but has 1: add the missing ones or delete the barred combination.");
        StandardsFramework framework = framework("NOS", "Test standards");
        MappingSet set = mappingSet("M1", "Test mapping", curriculum, framework);
        link(set, unit, null, CoverageLevel.FULL);
        assertProblems(set, "ERROR: Mapping link 304 \u2192 (none) has no standard, which is required: set it or"
                + " delete the mapping link.");
    }

    @Test
    void eachProblemNamesTheElementToGoTo() {
        Curriculum curriculum = curriculum();
        add(curriculum, FACTORY.createKnowledgeModule(), "3", "Operational Supervision", null, null);
        KnowledgeModule second = add(curriculum, FACTORY.createKnowledgeModule(), "3", "Operational management", null,
                null);
        List<ValidationProblem> found = ModelValidation.validate(curriculum);
        assertEquals(1, found.size());
        assertEquals(second, found.get(0).element());
        assertEquals("Knowledge module 3 \"Operational management\"", found.get(0).elementLabel());
        assertEquals(ValidationProblem.Severity.ERROR, found.get(0).severity());
        assertEquals(Set.of(), Set.copyOf(ModelValidation.validate(FACTORY.createCurriculum())));
    }

    // ------------------------------------------------------------------ small builders

    private static LearningOutcome outcome(Unit unit, String code, String title) {
        LearningOutcome outcome = FACTORY.createLearningOutcome();
        outcome.setCode(code);
        outcome.setTitle(title);
        unit.getLearningOutcomes().add(outcome);
        return outcome;
    }

    private static AssessmentCriterion criterion(LearningOutcome outcome, String code, String title) {
        AssessmentCriterion criterion = FACTORY.createAssessmentCriterion();
        criterion.setCode(code);
        criterion.setTitle(title);
        outcome.getAssessmentCriteria().add(criterion);
        return criterion;
    }

    private static StandardsFramework framework(String code, String title) {
        StandardsFramework framework = FACTORY.createStandardsFramework();
        framework.setCode(code);
        framework.setTitle(title);
        return framework;
    }

    private static StandardSection section(String code, String title, Standard... standards) {
        StandardSection section = FACTORY.createStandardSection();
        section.setCode(code);
        section.setTitle(title);
        section.getStandards().addAll(List.of(standards));
        return section;
    }

    private static Standard standard(String code, String title) {
        Standard standard = FACTORY.createStandard();
        standard.setCode(code);
        standard.setTitle(title);
        return standard;
    }

    private static MappingSet mappingSet(String code, String title, Curriculum source, StandardsFramework target) {
        MappingSet set = FACTORY.createMappingSet();
        set.setCode(code);
        set.setTitle(title);
        set.setSource(source);
        set.setTarget(target);
        return set;
    }

    private static MappingLink link(MappingSet set, MappableItem item, MappableItem standard, CoverageLevel coverage) {
        MappingLink link = FACTORY.createMappingLink();
        link.setItem(item);
        link.setStandard(standard);
        link.setCoverage(coverage);
        set.getLinks().add(link);
        return link;
    }

    private void store(ResourceSet resourceSet, String fileName, EObject root) {
        URI uri = ModelFiles.uri(folder.resolve(fileName));
        resourceSet.createResource(uri).getContents().add(root);
    }

    private static OccupationalResponsibility responsibility(String number, String title) {
        OccupationalResponsibility responsibility = FACTORY.createOccupationalResponsibility();
        responsibility.setNumber(number);
        responsibility.setTitle(title);
        return responsibility;
    }

    private static OccupationalContext context(String number, String title) {
        OccupationalContext context = FACTORY.createOccupationalContext();
        context.setNumber(number);
        context.setTitle(title);
        return context;
    }

    private static void weighted(KnowledgeModule module, Integer first, Integer second) {
        int index = 1;
        for (Integer weighting : new Integer[] { first, second }) {
            KnowledgeTopic topic = FACTORY.createKnowledgeTopic();
            topic.setCode("T" + index++);
            topic.setTitle("Topic");
            topic.setWeighting(weighting);
            module.getTopics().add(topic);
        }
    }

    private static void barred(Qualification qualification, Unit... units) {
        BarredCombination barred = FACTORY.createBarredCombination();
        barred.getComponents().addAll(List.of(units));
        qualification.getRules().getBarredCombinations().add(barred);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.curriculum.testsupport.LoadedExamples.CONTACT_CENTRE_MANAGER;
import static org.curriculum.testsupport.LoadedExamples.component;
import static org.curriculum.testsupport.LoadedExamples.components;
import static org.curriculum.testsupport.LoadedExamples.contentsOfType;
import static org.curriculum.testsupport.LoadedExamples.entryNumbers;
import static org.curriculum.testsupport.LoadedExamples.group;
import static org.curriculum.testsupport.LoadedExamples.listing;
import static org.curriculum.testsupport.LoadedExamples.numbers;
import static org.curriculum.testsupport.LoadedExamples.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.model.ComponentKind;
import org.curriculum.model.Curriculum;
import org.curriculum.model.DocumentListing;
import org.curriculum.model.KnowledgeModule;
import org.curriculum.model.ListingEntry;
import org.curriculum.model.OccupationalContext;
import org.curriculum.model.OccupationalProfile;
import org.curriculum.model.OccupationalResponsibility;
import org.curriculum.model.OccupationalTask;
import org.curriculum.model.PartQualification;
import org.curriculum.model.PracticalSkillsModule;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.Unit;
import org.curriculum.model.WorkActivity;
import org.curriculum.model.WorkActivityMode;
import org.curriculum.model.WorkExperienceModule;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;

/**
 * Seed 000, the occupational profile and curriculum summary for a Contact Centre Manager, as the
 * example holds it: every task, responsibility, context and module, the qualification tables, and
 * the document's own contradictions kept as printed.
 */
class ContactCentreManagerExampleTest {

    private final Curriculum curriculum = LoadedExamples.curriculum(CONTACT_CENTRE_MANAGER);
    private final OccupationalProfile profile = curriculum.getProfile();

    @Test
    void theProfileIsTheContactCentreManagerPresentedForComment() {
        assertEquals("143905", curriculum.getCode());
        assertEquals("Occupational Profile and Curriculum Summary: Contact Centre Manager", curriculum.getTitle());
        assertEquals(PublicationStatus.FOR_COMMENT, curriculum.getStatus());
        assertEquals("143905", profile.getOfoCode());
        assertEquals("Contact Centre Manager", profile.getOccupation());
        assertEquals("Contact Centre Managers manages and optimises quality contact centre operations and practices.",
                profile.getPurpose());
        assertTrue(profile.getScope().startsWith("The curriculum development process will investigate the design of an"
                + " Occupational Certificate for Contact Centre Managers"), profile.getScope());
        assertTrue(profile.getScope().endsWith("focused at Supervisory related roles in the contact centre industry."),
                profile.getScope());
    }

    @Test
    void sixTasksEachWithItsProductOrService() {
        assertEquals(List.of(
                "Managing and controlling costs of a contact centre",
                "Managing and controlling operational planning and the achievement of operational targets",
                "Managing personnel employed in a contact centre",
                "Managing customer and supplier relations",
                "Managing and assuring the achievement of contact centre quality standards",
                "Managing and controlling the efficiency of contact centre processes and technology"),
                titles(profile.getTasks()));
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), profile.getTasks().stream().map(OccupationalTask::getNumber).toList());
        assertEquals(List.of(
                "Financial targets are met",
                "Operations targets and standards are achieved",
                "People and staffing targets and standards are met",
                "Sound customer and supplier relationships",
                "Quality standards are assured",
                "Processes and technology are efficient"),
                profile.getTasks().stream().map(OccupationalTask::getProductOrService).toList());
    }

    @Test
    void twentyResponsibilitiesAndEightContextsAcrossTheTasks() {
        assertEquals(List.of(3, 4, 4, 3, 3, 3),
                profile.getTasks().stream().map(t -> t.getResponsibilities().size()).toList());
        assertEquals(20, responsibilities().size());
        assertEquals(List.of(2, 2, 1, 1, 1, 1), profile.getTasks().stream().map(t -> t.getContexts().size()).toList());
        assertEquals(8, contexts().size());

        OccupationalResponsibility manageSlas = task("2").getResponsibilities().get(3);
        assertEquals("iv", manageSlas.getNumber());
        assertEquals("Manage service level agreements", manageSlas.getTitle());

        // "Occupational Context 1: Contact Centre Supervisor" appears only under tasks 1 and 2
        assertEquals(2, contexts().stream().filter(c -> Integer.valueOf(1).equals(c.getRoleLevel())).count());
        assertEquals(6, contexts().stream().filter(c -> Integer.valueOf(2).equals(c.getRoleLevel())).count());
        OccupationalContext supervisor = task("1").getContexts().get(0);
        assertEquals("Contact Centre Supervisor", supervisor.getRole());
        assertEquals("Monitor costs against budgets for a operational unit in a contact centre", supervisor.getTitle());
        assertEquals("Contact Centre Manager", task("6").getContexts().get(0).getRole());
    }

    @Test
    void tenKnowledgeModulesWithTheirTopics() {
        List<KnowledgeModule> modules = components(curriculum, KnowledgeModule.class);
        assertEquals(List.of(
                "Introductory studies for Contact Centre Managers", "Communication", "Operational Supervision",
                "Operational management", "People Management", "Industrial Relations Management",
                "Contact Centre Technology, Systems and Processes", "Contact Centre Quality Management",
                "Supplier management", "Customer management"),
                titles(modules));
        assertEquals(List.of(4, 3, 6, 5, 4, 6, 2, 2, 2, 2), modules.stream().map(m -> m.getTopics().size()).toList());

        KnowledgeModule introductory = component(curriculum, KnowledgeModule.class, "1");
        // module 1 prints no "demonstrate an understanding of" list: its first focus bullet is its purpose
        assertEquals("Introduce the learner to the contact centre industry, the business environment and concepts of"
                + " time management, Quality and business ethics.", introductory.getPurpose());
        assertEquals(List.of("Contact centre careers and qualifications", "Contact Centre business environment",
                "Safety, Health and Environmental protection", "Business ethics"), titles(introductory.getTopics()));

        KnowledgeModule quality = component(curriculum, KnowledgeModule.class, "8");
        assertEquals("KM-08", quality.getCode());
        assertEquals("KM-08-T1", quality.getTopics().get(0).getCode());
        assertEquals("SABS Standard (BPS&O standard) and Benchmarking", quality.getTopics().get(0).getTitle());
        assertEquals("CCMA Dispute Resolution", component(curriculum, KnowledgeModule.class, "6").getTopics().get(5).getTitle());
        // the document links no knowledge module to a task
        assertTrue(modules.stream().allMatch(m -> m.getTasks().isEmpty()));
    }

    @Test
    void twentyPracticalSkillsModulesWithTheirSkills() {
        List<PracticalSkillsModule> modules = components(curriculum, PracticalSkillsModule.class);
        assertEquals(20, modules.size());
        assertEquals(List.of(2, 2, 4, 2, 3, 5, 2, 4, 5, 7, 5, 4, 4, 3, 5, 4, 4, 3, 2, 3),
                modules.stream().map(m -> m.getSkills().size()).toList());
        assertEquals(73, modules.stream().mapToInt(m -> m.getSkills().size()).sum());

        PracticalSkillsModule industrialRelations = component(curriculum, PracticalSkillsModule.class, "10");
        assertEquals("PM-10", industrialRelations.getCode());
        assertEquals("Attend to IR management and control", industrialRelations.getTitle());
        assertEquals("PM-10-S7", industrialRelations.getSkills().get(6).getCode());
        assertEquals("Prepare for CCMA arbitration procedures", industrialRelations.getSkills().get(6).getTitle());
        assertEquals(List.of("Develop a project plan", "Implement the project plan", "Perform a project closeout evaluation"),
                titles(component(curriculum, PracticalSkillsModule.class, "20").getSkills()));
    }

    @Test
    void nineWorkExperienceModulesEachObservedThenSupervised() {
        List<WorkExperienceModule> modules = components(curriculum, WorkExperienceModule.class);
        assertEquals(9, modules.size());
        for (WorkExperienceModule module : modules) {
            assertEquals(List.of(WorkActivityMode.OBSERVE_AND_ASSIST, WorkActivityMode.UNDER_SUPERVISION),
                    module.getActivities().stream().map(WorkActivity::getMode).toList(), module.getCode());
        }
        WorkExperienceModule costs = component(curriculum, WorkExperienceModule.class, "1");
        assertEquals("Observe and assist an experienced contact centre supervisor with a range of cost control activities",
                costs.getActivities().get(0).getTitle());
        assertEquals("Attend to a range of cost control activities under close supervision of an experience contact"
                + " supervisor", costs.getActivities().get(1).getTitle());
    }

    @Test
    void theContentsListAndTheSummaryTablesAreKeptAsPrinted() {
        DocumentListing contents = listing(curriculum, "Table of Content");
        assertEquals(38, contents.getEntries().size());
        assertEquals(9, kindCount(contents, ComponentKind.KNOWLEDGE_MODULE));
        assertEquals(20, kindCount(contents, ComponentKind.PRACTICAL_SKILLS_MODULE));
        assertEquals(9, kindCount(contents, ComponentKind.WORK_EXPERIENCE_MODULE));
        DocumentListing knowledgeSummary = listing(curriculum, "Curriculum Summary: Knowledge Modules");
        assertEquals(10, knowledgeSummary.getEntries().size());
        assertEquals(20, listing(curriculum, "Curriculum Summary: Practical Skills Modules").getEntries().size());
        assertEquals(9, listing(curriculum, "Curriculum Summary: Work Experience Modules").getEntries().size());

        // the contents list leaves out "Operational Supervision", so its module 3 is the body's module 4
        assertEquals("Operational management", entry(contents, ComponentKind.KNOWLEDGE_MODULE, "3").getTitle());
        assertEquals("Operational Supervision", entry(knowledgeSummary, ComponentKind.KNOWLEDGE_MODULE, "3").getTitle());
        // dot leaders and page numbers are gone, the typographic apostrophe stays
        assertEquals("Customer management", entry(contents, ComponentKind.KNOWLEDGE_MODULE, "9").getTitle());
        assertEquals("Attend to customer and supplier relation\u2019s management processes in a contact centre environment",
                entry(contents, ComponentKind.WORK_EXPERIENCE_MODULE, "7").getTitle());
    }

    @Test
    void theOccupationalCertificateListsEveryKnowledgeAndSkillsModuleButOnlyTheManagersWorkExperience() {
        Qualification certificate = qualification("Occupational Certificate: Contact Centre Manager");
        assertEquals(numbersFrom(1, 10), numbers(group(certificate, "Knowledge Modules").getComponents()));
        assertEquals(numbersFrom(1, 20), numbers(group(certificate, "Practical Skills Modules").getComponents()));
        assertEquals(List.of("2", "4", "6", "7", "8", "9"), numbers(group(certificate, "Work Experience Modules").getComponents()));
        for (String title : List.of("Knowledge Modules", "Practical Skills Modules", "Work Experience Modules")) {
            assertEquals(numbers(group(certificate, title).getComponents()), entryNumbers(group(certificate, title).getEntries()),
                    "every printed row of " + title + " names a module");
        }
        // the tables copy the summary titles, not the module bodies
        assertEquals("Attend to customer/client communication",
                entry(group(certificate, "Practical Skills Modules").getEntries(), "13").getTitle());
        assertEquals("Attend to customer and supplier relation's management processes in a contact centre environment.",
                entry(group(certificate, "Work Experience Modules").getEntries(), "7").getTitle());
    }

    @Test
    void thePartQualificationListsWorkExperienceThatTheFullCertificateDoesNot() {
        Qualification certificate = qualification("Occupational Certificate: Contact Centre Manager");
        PartQualification part = assertInstanceOf(PartQualification.class,
                qualification("Part Qualification: Occupational Certificate: Contact Centre Supervisor"));
        assertSame(certificate, part.getFullQualification());
        assertEquals(List.of("1", "2", "3", "7"), numbers(group(part, "Knowledge Modules").getComponents()));
        assertEquals(List.of("1", "3", "4", "8", "14"), numbers(group(part, "Practical Skills Modules").getComponents()));
        assertEquals(List.of("1", "3", "5"), numbers(group(part, "Work Experience Modules").getComponents()));
        assertEquals("Attend to personnel management and first line discipline for a operational unit in a contact centre"
                + " at supervisory level", entry(group(part, "Work Experience Modules").getEntries(), "5").getTitle());
        // as written: none of the part qualification's work experience is in the full certificate
        assertTrue(Collections.disjoint(group(part, "Work Experience Modules").getComponents(),
                group(certificate, "Work Experience Modules").getComponents()));
    }

    @Test
    void eachResponsibilityBecomesThePracticalSkillsModuleOfTheSameRank() {
        List<OccupationalResponsibility> responsibilities = responsibilities();
        for (int n = 1; n <= responsibilities.size(); n++) {
            OccupationalResponsibility responsibility = responsibilities.get(n - 1);
            assertEquals(List.of(String.valueOf(n)), numbers(responsibility.getPracticalSkillsModules()),
                    responsibility.getTitle());
        }
        assertEquals("PM-07", task("2").getResponsibilities().get(3).getPracticalSkillsModules().get(0).getCode());
        Map<String, String> taskOfModule = new LinkedHashMap<>();
        for (PracticalSkillsModule module : components(curriculum, PracticalSkillsModule.class)) {
            taskOfModule.put(module.getNumber(), String.join(",", module.getTasks().stream().map(OccupationalTask::getNumber).toList()));
        }
        assertEquals(List.of("1", "1", "1", "2", "2", "2", "2", "3", "3", "3", "3", "4", "4", "4", "5", "5", "5", "6", "6", "6"),
                new ArrayList<>(taskOfModule.values()));
    }

    @Test
    void eachContextBecomesAWorkExperienceModuleExceptThatModuleFiveHasNoContext() {
        Map<String, List<String>> moduleOfContext = new LinkedHashMap<>();
        for (OccupationalTask task : profile.getTasks()) {
            for (OccupationalContext context : task.getContexts()) {
                moduleOfContext.put(task.getNumber() + "." + context.getNumber(), numbers(context.getWorkExperienceModules()));
            }
        }
        assertEquals(Map.of("1.i", List.of("1"), "1.ii", List.of("2"), "2.i", List.of("3"), "2.ii", List.of("4"),
                "3.i", List.of("6"), "4.i", List.of("7"), "5.i", List.of("8"), "6.i", List.of("9")), moduleOfContext);

        WorkExperienceModule supervision = component(curriculum, WorkExperienceModule.class, "5");
        assertEquals("WM-05", supervision.getCode());
        assertEquals("Attend to personnel supervision and first line discipline for a operational unit in a contact centre",
                supervision.getTitle());
        assertTrue(supervision.getTasks().isEmpty());
        assertEquals(List.of("1", "1", "2", "2", "", "3", "4", "5", "6"), components(curriculum, WorkExperienceModule.class)
                .stream().map(m -> String.join(",", m.getTasks().stream().map(OccupationalTask::getNumber).toList())).toList());
    }

    @Test
    void theDocumentsContradictionsAreKeptAsWritten() {
        // bodies vs summary tables
        assertEquals("Attend to customer/client/supplier communication", component(curriculum, PracticalSkillsModule.class, "13").getTitle());
        assertEquals("Attend to customer/client communication",
                entry(listing(curriculum, "Curriculum Summary: Practical Skills Modules"), ComponentKind.PRACTICAL_SKILLS_MODULE, "13").getTitle());
        assertEquals("Define and manage a customer contact process", component(curriculum, PracticalSkillsModule.class, "19").getTitle());
        assertEquals("Provide operational target and standard setting procedures in a contact centre environment.",
                component(curriculum, WorkExperienceModule.class, "4").getTitle());
        assertEquals("Maintain productive and effective work teams for a operational unit in a contact centre.",
                component(curriculum, WorkExperienceModule.class, "3").getTitle());
        assertEquals("Provide personnel management services in a contact centre environment",
                component(curriculum, WorkExperienceModule.class, "6").getTitle());
        assertEquals("Attend to line management personnel management processes in a contact centre environment",
                task("3").getContexts().get(0).getTitle());
        // responsibilities vs modules
        assertEquals("Assure process efficiency, effectiveness and optimization", task("5").getResponsibilities().get(1).getTitle());
        assertEquals("Assure process efficiency, effectiveness and optimisation", component(curriculum, PracticalSkillsModule.class, "16").getTitle());
        assertEquals("Manage a customer contact process", task("6").getResponsibilities().get(1).getTitle());
        // contexts vs modules
        assertEquals("Assure quality standards in a contact centre environment.", task("5").getContexts().get(0).getTitle());
        assertNotEquals(task("5").getContexts().get(0).getTitle(), component(curriculum, WorkExperienceModule.class, "8").getTitle());
        assertEquals("ii", task("1").getContexts().get(1).getNumber());
        assertEquals("i", task("3").getContexts().get(0).getNumber());
    }

    @Test
    void theFileHoldsNothingElse() {
        int elements = 1 // the curriculum
                + 1 + 6 + 20 + 8 // profile, tasks, responsibilities, contexts
                + 10 + 36 + 20 + 73 + 9 + 18 // modules with their topics, skills and activities
                + 2 + 2 + 6 + (10 + 20 + 6) + (4 + 5 + 3) // qualifications, rules, groups, table rows
                + 4 + (38 + 10 + 20 + 9); // listings and their entries
        assertEquals(elements, LoadedExamples.elementCount(curriculum));
        assertEquals(2, curriculum.getQualifications().size());
        assertEquals(39, curriculum.getComponents().size());
        assertTrue(contentsOfType(curriculum, Unit.class).isEmpty());
    }

    private OccupationalTask task(String number) {
        return profile.getTasks().stream().filter(t -> number.equals(t.getNumber())).findFirst().orElseThrow();
    }

    private List<OccupationalResponsibility> responsibilities() {
        return profile.getTasks().stream().flatMap(t -> t.getResponsibilities().stream()).toList();
    }

    private List<OccupationalContext> contexts() {
        return profile.getTasks().stream().flatMap(t -> t.getContexts().stream()).toList();
    }

    private Qualification qualification(String title) {
        return curriculum.getQualifications().stream().filter(q -> title.equals(q.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("no qualification " + title));
    }

    private static long kindCount(DocumentListing listing, ComponentKind kind) {
        return listing.getEntries().stream().filter(e -> e.getKind() == kind).count();
    }

    private static ListingEntry entry(DocumentListing listing, ComponentKind kind, String number) {
        return entry(listing.getEntries().stream().filter(e -> e.getKind() == kind).toList(), number);
    }

    private static ListingEntry entry(List<ListingEntry> entries, String number) {
        return entries.stream().filter(e -> number.equals(e.getNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + number));
    }

    private static List<String> numbersFrom(int first, int last) {
        List<String> numbers = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            numbers.add(String.valueOf(n));
        }
        return numbers;
    }
}

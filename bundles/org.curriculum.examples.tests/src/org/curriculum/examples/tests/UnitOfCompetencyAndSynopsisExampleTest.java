// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.curriculum.testsupport.LoadedExamples.TOPIC_SYNOPSIS;
import static org.curriculum.testsupport.LoadedExamples.UNIT_OF_COMPETENCY;
import static org.curriculum.testsupport.LoadedExamples.titles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.curriculum.model.Curriculum;
import org.curriculum.model.GuidanceDocument;
import org.curriculum.model.GuidanceKind;
import org.curriculum.model.GuidanceSection;
import org.curriculum.model.GuidanceSectionKind;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.Unit;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;

/**
 * Seeds 003 (unit of competency 105569L5, Manage call centre operations) and 002 (the topic
 * synopsis of a unit on contact centre systems and technology) as their own examples.
 */
class UnitOfCompetencyAndSynopsisExampleTest {

    private final Curriculum competencyFile = LoadedExamples.curriculum(UNIT_OF_COMPETENCY);
    private final Curriculum synopsisFile = LoadedExamples.curriculum(TOPIC_SYNOPSIS);

    @Test
    void theUnitOfCompetencyHeaderAsPrinted() {
        assertEquals("105569L5", competencyFile.getCode());
        assertEquals("Manage call centre operations", competencyFile.getTitle());
        assertEquals(1, competencyFile.getComponents().size());
        UnitOfCompetency unit = unitOfCompetency();
        assertEquals("105569L5", unit.getCode());
        assertEquals("105569L5", unit.getNumber());
        assertEquals("Manage call centre operations", unit.getTitle());
        assertEquals("Policy Service", unit.getFunctionalArea());
        assertEquals(Integer.valueOf(5), unit.getLevel());
        // "6 (for reference only)": the number is the credit, the remark a property
        assertEquals(Integer.valueOf(6), unit.getCredits());
        assertEquals("creditNote", unit.getProperties().get(0).getKey());
        assertEquals("for reference only", unit.getProperties().get(0).getValue());
        assertTrue(unit.getRange().startsWith("This unit of competency is applicable to those who are responsible for managing"
                + " call centre operations."), unit.getRange());
        assertTrue(unit.getRange().endsWith("managing the human resources and financial aspects of operations."), unit.getRange());
        assertEquals("This unit of competency is also applicable to general insurers and life insurers.", unit.getRemark());
        assertEquals("The integrated outcome requirements of this unit of competency are:", unit.getDescription());
    }

    @Test
    void fourPerformanceRequirementsWithNineteenItems() {
        List<PerformanceRequirement> requirements = unitOfCompetency().getPerformanceRequirements();
        assertEquals(List.of("1", "2(a)", "2(b)", "3"), requirements.stream().map(PerformanceRequirement::getCode).toList());
        assertEquals(List.of("Possess knowledge in call centre operations", "Establish call centre operations",
                "Manage call centre operations", "Ensure call centre operations support corporate development"),
                titles(requirements));
        assertEquals(List.of(4, 5, 7, 3), requirements.stream().map(r -> r.getItems().size()).toList());
        List<RequirementItem> manage = requirements.get(2).getItems();
        assertEquals("2(b).6", manage.get(5).getCode());
        assertEquals("Manage financial aspects of operations, e.g. budgeting", manage.get(5).getTitle());
        assertEquals("Comprehend company's product terms and features", requirements.get(0).getItems().get(1).getTitle());
        // the last item keeps its final stop, the others have none
        assertEquals("Coordinate and organize responsible personnel to perform call service.",
                requirements.get(3).getItems().get(2).getTitle());
        assertEquals("3.3", requirements.get(3).getItems().get(2).getCode());
    }

    @Test
    void fiveAssessmentCriteriaWithTheirStopsAsPrinted() {
        UnitOfCompetency unit = unitOfCompetency();
        assertEquals(List.of("1", "2", "3", "4", "5"), unit.getAssessmentCriteria().stream().map(c -> c.getCode()).toList());
        assertEquals(List.of(
                "Able to establish call centre operation system through assessment of service requirement and predicted call flow",
                "Able to manage call centre operations in accordance with corporate development and relevant regulatory requirements.",
                "Able to monitor calls to facilitate performance evaluation",
                "Able to generate call statistics to facilitate future statistical analysis",
                "Able to develop new facilities to enhance operational efficiencies."),
                titles(unit.getAssessmentCriteria()));
    }

    @Test
    void theSynopsisBelongsToAUnitWhoseTitleIsInferred() {
        assertEquals("Topic Synopsis: Manage contact centre systems and technology", synopsisFile.getTitle());
        assertEquals(1, synopsisFile.getComponents().size());
        Unit unit = assertInstanceOf(Unit.class, synopsisFile.getComponents().get(0));
        assertEquals("Manage contact centre systems and technology", unit.getTitle());
        assertEquals("titleSource", unit.getProperties().get(0).getKey());
        assertEquals("not named in the source; inferred from the synopsis", unit.getProperties().get(0).getValue());
        assertTrue(unit.getLearningOutcomes().isEmpty());
        assertEquals(1, unit.getGuidanceDocuments().size());
        GuidanceDocument synopsis = unit.getGuidanceDocuments().get(0);
        assertEquals(GuidanceKind.TOPIC_SYNOPSIS, synopsis.getKind());
        assertEquals("Topic Synopsis", synopsis.getTitle());
    }

    @Test
    void fiveSectionsInTheOrderPrinted() {
        List<GuidanceSection> sections = synopsis().getSections();
        assertEquals(List.of(GuidanceSectionKind.SYNOPSIS, GuidanceSectionKind.KEY_CONCEPTS, GuidanceSectionKind.EXAM_TIPS,
                GuidanceSectionKind.MISCONCEPTIONS, GuidanceSectionKind.MARKING_POINTS),
                sections.stream().map(GuidanceSection::getKind).toList());
        assertEquals(List.of("Topic Synopsis", "Key Concepts & Core Principles", "Exam Tips & Revision Strategies",
                "Common Misconceptions & Mistakes to Avoid", "Examiner Marking Points"),
                sections.stream().map(GuidanceSection::getHeading).toList());
        assertEquals(List.of(0, 5, 4, 4, 5), sections.stream().map(s -> s.getPoints().size()).toList());

        // the truncated preview line above the heading is not a second synopsis
        String text = sections.get(0).getText();
        assertEquals(477, text.length());
        assertTrue(text.startsWith("This unit assesses the competence of contact centre managers in overseeing the effective"
                + " operation, optimisation, and strategic continuity of systems and technology."), text);
        assertTrue(text.endsWith("maintaining service levels in a dynamic customer contact environment."), text);
        assertTrue(sections.stream().skip(1).allMatch(s -> s.getText() == null));
    }

    @Test
    void samplePointsReadExactlyAsPrinted() {
        List<GuidanceSection> sections = synopsis().getSections();
        assertEquals("Compliance and regulatory requirements: Adhering to industry standards such as FCA guidelines, data"
                + " protection laws (GDPR), and health and safety regulations within the contact centre.",
                sections.get(1).getPoints().get(3));
        assertEquals("Use real workplace examples and screen captures or logs where possible; anonymous data is acceptable,"
                + " but authentic contexts add credibility to your portfolio.", sections.get(2).getPoints().get(3));
        assertEquals("Confusing system configuration changes with technical fault repair; management of technology involves"
                + " strategic adjustment, not just fixing broken components.", sections.get(3).getPoints().get(1));
        assertEquals("Award credit for demonstrating a systematic approach to monitoring real-time system performance, using"
                + " dashboards or reports to identify deviations from service level agreements.",
                sections.get(4).getPoints().get(0));
    }

    @Test
    void theFilesHoldNothingElse() {
        assertEquals(1 + 1 + 1 + 4 + 19 + 5, LoadedExamples.elementCount(competencyFile)); // + credit note
        assertEquals(1 + 1 + 1 + 1 + 5, LoadedExamples.elementCount(synopsisFile)); // + title note, guidance
        assertNull(competencyFile.getProfile());
        assertTrue(synopsisFile.getQualifications().isEmpty() && competencyFile.getQualifications().isEmpty());
    }

    private UnitOfCompetency unitOfCompetency() {
        return assertInstanceOf(UnitOfCompetency.class, competencyFile.getComponents().get(0));
    }

    private GuidanceDocument synopsis() {
        return ((Unit) synopsisFile.getComponents().get(0)).getGuidanceDocuments().get(0);
    }
}

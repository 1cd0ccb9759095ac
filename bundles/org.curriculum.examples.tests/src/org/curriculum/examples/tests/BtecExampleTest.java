// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.curriculum.testsupport.LoadedExamples.BTEC;
import static org.curriculum.testsupport.LoadedExamples.NOS;
import static org.curriculum.testsupport.LoadedExamples.NOS_MAPPING;
import static org.curriculum.testsupport.LoadedExamples.allStandards;
import static org.curriculum.testsupport.LoadedExamples.components;
import static org.curriculum.testsupport.LoadedExamples.entryNumbers;
import static org.curriculum.testsupport.LoadedExamples.group;
import static org.curriculum.testsupport.LoadedExamples.linksPerUnit;
import static org.curriculum.testsupport.LoadedExamples.numbers;
import static org.curriculum.testsupport.LoadedExamples.standard;
import static org.curriculum.testsupport.LoadedExamples.titles;
import static org.curriculum.testsupport.LoadedExamples.unit;
import static org.curriculum.testsupport.LoadedExamples.unitsLinkedTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.ComponentKind;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;

/**
 * Seed 004, the Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF): its 14 units
 * with every outcome and criterion, the qualification and its rules of combination as published,
 * and the Annexe B grid against the Contact Centre NOS.
 */
class BtecExampleTest {

    private final Curriculum curriculum = LoadedExamples.curriculum(BTEC);
    private final Qualification qualification = curriculum.getQualifications().get(0);
    private final RulesOfCombination rules = qualification.getRules();

    @Test
    void theSpecificationIsIssueTwoOfMarch2017() {
        assertEquals("600/1636/X", curriculum.getCode());
        assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF)", curriculum.getTitle());
        assertEquals("Issue 2", curriculum.getVersion());
        assertEquals("Pearson", curriculum.getPublisher());
        assertEquals("March 2017", curriculum.getPublished());
        assertEquals(PublicationStatus.PUBLISHED, curriculum.getStatus());
    }

    @Test
    void fourteenUnitsWithTheirCodesLevelsCreditsAndHours() {
        List<Unit> units = components(curriculum, Unit.class);
        assertEquals(List.of("204", "205", "206", "207", "208", "301", "302", "303", "304", "305", "306", "307", "308", "309"),
                numbers(units));
        // number -> unit code, level, credit value, guided learning hours, as each unit's header prints them
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("204", "Y/503/0365 L2 3cr 21h");
        expected.put("205", "L/503/0377 L2 2cr 12h");
        expected.put("206", "M/503/0386 L2 2cr 14h");
        expected.put("207", "M/503/0405 L2 3cr 18h");
        expected.put("208", "F/503/0411 L2 2cr 15h");
        expected.put("301", "F/503/0358 L3 2cr 14h");
        expected.put("302", "L/503/0363 L3 3cr 18h");
        expected.put("303", "D/601/7644 L3 4cr 32h");
        expected.put("304", "T/503/0373 L3 4cr 26h");
        expected.put("305", "F/503/0389 L3 4cr 26h");
        expected.put("306", "J/503/0393 L3 4cr 24h");
        expected.put("307", "Y/503/0396 L3 3cr 18h");
        expected.put("308", "K/503/0399 L3 5cr 35h");
        expected.put("309", "J/503/0409 L3 4cr 28h");
        Map<String, String> actual = new LinkedHashMap<>();
        for (Unit unit : units) {
            assertEquals(unit.getCode(), unit.getReferenceCode(), unit.getNumber());
            actual.put(unit.getNumber(), unit.getReferenceCode() + " L" + unit.getLevel() + " " + unit.getCredits() + "cr "
                    + unit.getGuidedLearningHours() + "h");
        }
        assertEquals(expected, actual);
        assertEquals(45, units.stream().mapToInt(Unit::getCredits).sum());
        assertEquals("Principles of Incident Management through a Contact Centre", unit(curriculum, "309").getTitle());
        assertTrue(unit(curriculum, "308").getAim().startsWith("This unit concerns understanding demand forecasting"),
                unit(curriculum, "308").getAim());
    }

    @Test
    void everyLearningOutcomeWithItsAssessmentCriteria() {
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("204", List.of(4, 4));
        expected.put("205", List.of(4, 5, 4));
        expected.put("206", List.of(4, 4, 6));
        expected.put("207", List.of(5, 2, 5));
        expected.put("208", List.of(6, 5));
        expected.put("301", List.of(3, 8));
        expected.put("302", List.of(4, 3, 4));
        expected.put("303", List.of(6, 2, 4, 4, 3, 2));
        expected.put("304", List.of(3, 4, 3));
        expected.put("305", List.of(4, 5, 5, 4));
        expected.put("306", List.of(9, 4, 6, 5));
        expected.put("307", List.of(5, 4));
        expected.put("308", List.of(5, 8));
        expected.put("309", List.of(7, 2));
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (Unit unit : components(curriculum, Unit.class)) {
            actual.put(unit.getNumber(), unit.getLearningOutcomes().stream().map(lo -> lo.getAssessmentCriteria().size()).toList());
            for (LearningOutcome outcome : unit.getLearningOutcomes()) {
                assertFalse(outcome.getContent() == null || outcome.getContent().isBlank(),
                        "unit " + unit.getNumber() + " outcome " + outcome.getCode() + " has its unit content");
            }
        }
        assertEquals(expected, actual);
        assertEquals(41, actual.values().stream().mapToInt(List::size).sum());
        assertEquals(184, actual.values().stream().flatMap(List::stream).mapToInt(Integer::intValue).sum());
    }

    @Test
    void assessmentCriteriaReadAsPrinted() {
        LearningOutcome systemsOptimisation = outcome("304", "2");
        assertEquals("2.1", systemsOptimisation.getAssessmentCriteria().get(0).getCode());
        assertEquals("Explain how coaching/buddying activities improve colleagues' use of systems and technology",
                systemsOptimisation.getAssessmentCriteria().get(0).getTitle());
        assertEquals("Describe what is meant by a \"service offer\"", outcome("206", "1").getAssessmentCriteria().get(2).getTitle());
        assertEquals("Describe what is meant by a service offer", outcome("205", "1").getAssessmentCriteria().get(2).getTitle());
        assertEquals("Describe the purpose of a contact distribution system and how it works",
                outcome("204", "1").getAssessmentCriteria().get(0).getTitle());
        // the outcome table hyphenates "decision-making", the unit content heading does not
        assertEquals("Understand the decision-making process", outcome("303", "6").getTitle());
        assertTrue(outcome("303", "6").getContent().contains("Stages in the decision making process"));
        assertTrue(outcome("204", "1").getContent().startsWith("Contact centre distribution systems: role of contact centres;"));
        assertEquals(List.of("unitContentNote"), unit(curriculum, "303").getProperties().stream().map(p -> p.getKey()).toList());
        assertTrue(unit(curriculum, "303").getProperties().get(0).getValue()
                .startsWith("This content has been written in an expanded format"));
    }

    @Test
    void theQualificationIsSixteenCreditsOfOneHundredAndSixtyHours() {
        assertEquals(1, curriculum.getQualifications().size());
        assertEquals("600/1636/X", qualification.getQualificationNumber());
        assertEquals("Pearson", qualification.getAwardingBody());
        assertEquals(Integer.valueOf(3), qualification.getLevel());
        assertEquals(Integer.valueOf(160), qualification.getTotalQualificationTime());
        assertEquals(Integer.valueOf(16), qualification.getCreditValue());
        assertEquals(Integer.valueOf(106), qualification.getGuidedLearningHours());
        assertEquals(1, qualification.getIdentifiers().size());
        assertEquals("QN", qualification.getIdentifiers().get(0).getScheme());
        assertEquals("600/1636/X", qualification.getIdentifiers().get(0).getValue());
    }

    @Test
    void theRulesOfCombinationAsPublished() {
        assertEquals(Integer.valueOf(16), rules.getTotalCredits());
        assertTrue(rules.isOnlyListedComponents(), "3 All credits must be achieved from the units listed");
        List<String> note = List.of(rules.getNote().split("\n"));
        assertEquals(4, note.size());
        assertEquals("2 Minimum credit to be achieved at the level of the qualification: 10 credits.", note.get(1));

        assertEquals(List.of("Mandatory units", "Optional units", "Optional Level 2 units"),
                rules.getGroups().stream().map(ComponentGroup::getTitle).toList());
        assertEquals(List.of(true, false, false), rules.getGroups().stream().map(ComponentGroup::isMandatory).toList());
        assertEquals(List.of("301", "302", "303"), numbers(group(qualification, "Mandatory units").getComponents()));
        assertEquals(List.of("304", "305", "306", "307", "308", "309"), numbers(group(qualification, "Optional units").getComponents()));
        assertEquals(List.of("204", "205", "206", "207", "208"), numbers(group(qualification, "Optional Level 2 units").getComponents()));
        for (ComponentGroup group : rules.getGroups()) {
            assertEquals(numbers(group.getComponents()), entryNumbers(group.getEntries()), group.getTitle());
            assertTrue(group.getEntries().stream().allMatch(e -> e.getKind() == ComponentKind.UNIT), group.getTitle());
        }
        // the table's capitals are kept: "Through", "A Contact Centre"
        assertEquals("Principles of Incident Management Through a Contact Centre",
                group(qualification, "Optional units").getEntries().get(5).getTitle());
        assertEquals("Principles of Legal, Regulatory and Ethical Requirements of A Contact Centre",
                group(qualification, "Optional Level 2 units").getEntries().get(4).getTitle());

        assertEquals(1, rules.getLevelMinimums().size());
        LevelCreditRule atLevelThree = rules.getLevelMinimums().get(0);
        assertEquals(3, atLevelThree.getLevel());
        assertEquals(10, atLevelThree.getMinimumCredits());
        assertTrue(atLevelThree.isAtOrAbove());

        assertEquals(List.of(List.of("304", "204"), List.of("305", "205"), List.of("306", "206"), List.of("309", "207")),
                rules.getBarredCombinations().stream().map(b -> numbers(b.getComponents())).toList());
        BarredCombination first = rules.getBarredCombinations().get(0);
        assertEquals("The following units cannot be used in combination: 304 and 204", first.getReason());
        assertSame(unit(curriculum, "304"), first.getComponents().get(0));
    }

    @Test
    void theContentsListNamesEveryUnitAsItsBodyDoes() {
        assertEquals(1, curriculum.getListings().size());
        assertEquals("Contents", curriculum.getListings().get(0).getTitle());
        assertEquals(numbers(components(curriculum, Unit.class)), entryNumbers(curriculum.getListings().get(0).getEntries()));
        assertEquals(titles(components(curriculum, Unit.class)),
                curriculum.getListings().get(0).getEntries().stream().map(e -> e.getTitle()).toList());
    }

    @Test
    void fortyOneContactCentreStandardsFromAnnexeB() {
        StandardsFramework nos = LoadedExamples.standards(NOS);
        assertEquals("Contact Centre National Occupational Standards", nos.getTitle());
        assertEquals("CfA", nos.getPublisher());
        assertEquals(41, nos.getStandards().size());
        assertEquals(41, allStandards(nos).size(), "the standards are not grouped in sections");
        assertEquals("CC01", nos.getStandards().get(0).getCode());
        assertEquals("Improve your personal effectiveness at work in a contact centre", nos.getStandards().get(0).getTitle());
        assertEquals("Use systems and technology during customer contact in a contact centre", standard(nos, "CC09").getTitle());
        assertEquals("Provide basic support through a contact centre for specified services and/or products",
                standard(nos, "CC30").getTitle());
        assertEquals("Coordinate and develop strategy for incident management by a contact centre", standard(nos, "CC41").getTitle());
        assertEquals("assigned by row order; Annexe B gives titles only", nos.getProperties().get(0).getValue());
    }

    @Test
    void everyTickOfAnnexeBIsAPartialCoverageLink() {
        MappingSet mapping = LoadedExamples.mapping(NOS_MAPPING);
        assertSame(curriculum, mapping.getSource());
        assertSame(LoadedExamples.standards(NOS), mapping.getTarget());
        assertEquals("tick indicates partial coverage of the NVQ unit; a blank space indicates no coverage of the"
                + " underpinning knowledge", mapping.getKey());
        assertEquals(70, mapping.getLinks().size());
        for (MappingLink link : mapping.getLinks()) {
            assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
            assertEquals("Pearson (Annexe B)", link.getAuthor());
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("301", 3);
        expected.put("302", 4);
        expected.put("304", 5);
        expected.put("305", 5);
        expected.put("306", 14);
        expected.put("307", 3);
        expected.put("308", 7);
        expected.put("309", 4);
        expected.put("204", 5);
        expected.put("205", 11);
        expected.put("206", 9);
        // 303, 207 and 208 have no tick at all
        assertEquals(expected, linksPerUnit(mapping));
        assertTrue(allStandards(LoadedExamples.standards(NOS)).stream()
                .allMatch(s -> !unitsLinkedTo(mapping, s.getCode()).isEmpty()), "every NOS row has a tick");
    }

    @Test
    void sampleCellsOfAnnexeB() {
        MappingSet mapping = LoadedExamples.mapping(NOS_MAPPING);
        assertEquals(List.of("301"), unitsLinkedTo(mapping, "CC01"));
        assertEquals(List.of("302"), unitsLinkedTo(mapping, "CC07"));
        assertEquals(List.of("304", "204", "205"), unitsLinkedTo(mapping, "CC09"));
        assertEquals(List.of("306", "205"), unitsLinkedTo(mapping, "CC23"));
        assertEquals(List.of("306"), unitsLinkedTo(mapping, "CC26"));
        assertEquals(List.of("308"), unitsLinkedTo(mapping, "CC35"));
        // the incident rows are ticked under 308, 309 and 206 where the grid prints them
        assertEquals(List.of("308", "309", "206"), unitsLinkedTo(mapping, "CC38"));
        assertEquals(List.of("308", "309", "206"), unitsLinkedTo(mapping, "CC41"));
    }

    @Test
    void theFilesHoldNothingElse() {
        int curriculumElements = 1 + 14 + 1 + 41 + 184 // curriculum, units, 303's note, outcomes, criteria
                + 1 + 1 + 1 + 3 + 14 + 1 + 4 // qualification, identifier, rules, groups, rows, level rule, barred pairs
                + 1 + 14; // contents list and its entries
        assertEquals(curriculumElements, LoadedExamples.elementCount(curriculum));
        assertEquals(1 + 1 + 41, LoadedExamples.elementCount(LoadedExamples.standards(NOS)));
        assertEquals(1 + 70, LoadedExamples.elementCount(LoadedExamples.mapping(NOS_MAPPING)));
    }

    private LearningOutcome outcome(String unitNumber, String code) {
        return unit(curriculum, unitNumber).getLearningOutcomes().stream().filter(lo -> code.equals(lo.getCode())).findFirst()
                .orElseThrow(() -> new AssertionError("unit " + unitNumber + " has no outcome " + code));
    }
}

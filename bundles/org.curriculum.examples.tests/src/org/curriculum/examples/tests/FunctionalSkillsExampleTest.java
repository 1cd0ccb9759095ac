// SPDX-License-Identifier: EPL-2.0
package org.curriculum.examples.tests;

import static org.curriculum.testsupport.LoadedExamples.BTEC;
import static org.curriculum.testsupport.LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1;
import static org.curriculum.testsupport.LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING;
import static org.curriculum.testsupport.LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2;
import static org.curriculum.testsupport.LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING;
import static org.curriculum.testsupport.LoadedExamples.allStandards;
import static org.curriculum.testsupport.LoadedExamples.linksPerUnit;
import static org.curriculum.testsupport.LoadedExamples.standard;
import static org.curriculum.testsupport.LoadedExamples.titles;
import static org.curriculum.testsupport.LoadedExamples.unitsLinkedTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.Test;

/**
 * Annexe C of seed 004: the level 1 and level 2 Functional Skills standards, section by section as
 * printed, and the grids that map the level 2 and level 3 units against them.
 */
class FunctionalSkillsExampleTest {

    private final StandardsFramework levelOne = LoadedExamples.standards(FUNCTIONAL_SKILLS_LEVEL_1);
    private final StandardsFramework levelTwo = LoadedExamples.standards(FUNCTIONAL_SKILLS_LEVEL_2);
    private final MappingSet levelOneMapping = LoadedExamples.mapping(FUNCTIONAL_SKILLS_LEVEL_1_MAPPING);
    private final MappingSet levelTwoMapping = LoadedExamples.mapping(FUNCTIONAL_SKILLS_LEVEL_2_MAPPING);

    @Test
    void levelOneHasNineStandardsInSixSections() {
        assertEquals("Functional Skills (Level 1)", levelOne.getTitle());
        assertEquals(List.of("English \u2013 Speaking, Listening and Communication", "English \u2013 Reading",
                "English \u2013 Writing", "Mathematics \u2013 representing", "Mathematics \u2013 analysing",
                "Mathematics \u2013 interpreting"), titles(levelOne.getSections()));
        assertEquals(List.of(1, 1, 1, 3, 2, 1), levelOne.getSections().stream().map(s -> s.getStandards().size()).toList());
        assertEquals(List.of("FS1-01", "FS1-02", "FS1-03", "FS1-04", "FS1-05", "FS1-06", "FS1-07", "FS1-08", "FS1-09"),
                allStandards(levelOne).stream().map(Standard::getCode).toList());
        assertTrue(allStandards(levelOne).stream().allMatch(s -> Integer.valueOf(1).equals(s.getLevel())));
        assertEquals("Identify and obtain necessary information to tackle the problem", standard(levelOne, "FS1-05").getTitle());
        assertEquals("assigned by row order; Annexe C gives titles only", levelOne.getProperties().get(0).getValue());
    }

    @Test
    void levelTwoHasTenStandardsAndKeepsThePrintedHyphens() {
        assertEquals("Functional Skills (Level 2)", levelTwo.getTitle());
        // the document prints "Mathematics - analysing" with a hyphen-minus, and "representing:" with a colon (dropped)
        assertEquals(List.of("English \u2013 Speaking, Listening and Communication", "English \u2013 Reading",
                "English \u2013 Writing", "Mathematics \u2013 representing", "Mathematics - analysing",
                "Mathematics - interpreting"), titles(levelTwo.getSections()));
        assertEquals(List.of(1, 1, 1, 3, 2, 2), levelTwo.getSections().stream().map(s -> s.getStandards().size()).toList());
        assertEquals(10, allStandards(levelTwo).size());
        assertTrue(allStandards(levelTwo).stream().allMatch(s -> Integer.valueOf(2).equals(s.getLevel())));
        assertEquals("Understand routine and non-routine problems in familiar and unfamiliar contexts and situations",
                standard(levelTwo, "FS2-04").getTitle());
        assertEquals("Draw conclusions and provide mathematical justifications", standard(levelTwo, "FS2-10").getTitle());
    }

    @Test
    void theLevelOneGridMapsLevelTwoUnits() {
        assertSame(LoadedExamples.curriculum(BTEC), levelOneMapping.getSource());
        assertSame(levelOne, levelOneMapping.getTarget());
        assertEquals(4, levelOneMapping.getLinks().size());
        assertEquals(Map.of("204", 1, "205", 2, "207", 1), linksPerUnit(levelOneMapping));
        assertEquals(List.of("205"), unitsLinkedTo(levelOneMapping, "FS1-01"));
        assertEquals(List.of("205"), unitsLinkedTo(levelOneMapping, "FS1-03"));
        assertEquals(List.of("204", "207"), unitsLinkedTo(levelOneMapping, "FS1-05"));
        assertEquals(List.of(), unitsLinkedTo(levelOneMapping, "FS1-02"));
        assertTrue(levelOneMapping.getLinks().stream().allMatch(l -> Integer.valueOf(2).equals(((Unit) l.getItem()).getLevel())));
        assertEveryLinkIsAPartialTickOfAnnexeC(levelOneMapping);
    }

    @Test
    void theLevelTwoGridMapsLevelThreeUnits() {
        assertSame(LoadedExamples.curriculum(BTEC), levelTwoMapping.getSource());
        assertSame(levelTwo, levelTwoMapping.getTarget());
        assertEquals(11, levelTwoMapping.getLinks().size());
        assertEquals(Map.of("301", 1, "302", 1, "303", 1, "304", 2, "307", 1, "308", 5), linksPerUnit(levelTwoMapping));
        assertEquals(List.of("301"), unitsLinkedTo(levelTwoMapping, "FS2-01"));
        assertEquals(List.of("302", "303"), unitsLinkedTo(levelTwoMapping, "FS2-02"));
        assertEquals(List.of("304", "307", "308"), unitsLinkedTo(levelTwoMapping, "FS2-04"));
        assertEquals(List.of("304", "308"), unitsLinkedTo(levelTwoMapping, "FS2-08"));
        assertEquals(List.of(), unitsLinkedTo(levelTwoMapping, "FS2-03"));
        assertTrue(levelTwoMapping.getLinks().stream().allMatch(l -> Integer.valueOf(3).equals(((Unit) l.getItem()).getLevel())));
        assertEveryLinkIsAPartialTickOfAnnexeC(levelTwoMapping);
    }

    @Test
    void theFilesHoldNothingElse() {
        assertEquals(1 + 1 + 6 + 9, LoadedExamples.elementCount(levelOne)); // framework, code note, sections, standards
        assertEquals(1 + 1 + 6 + 10, LoadedExamples.elementCount(levelTwo));
        assertEquals(1 + 4, LoadedExamples.elementCount(levelOneMapping));
        assertEquals(1 + 11, LoadedExamples.elementCount(levelTwoMapping));
    }

    private static void assertEveryLinkIsAPartialTickOfAnnexeC(MappingSet mapping) {
        // Annexe C prints no key, so the mapping has none
        assertNull(mapping.getKey());
        for (MappingLink link : mapping.getLinks()) {
            assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
            assertEquals("Pearson (Annexe C)", link.getAuthor());
        }
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.Pathway;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.core.rules.PathwayCount;
import org.curriculum.core.rules.RouteMeasure;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.Unit;
import org.curriculum.model.labels.ElementLabels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pathways through the BTEC Level 3 Certificate in Contact Centre Operations (seed 004), worked out by hand from
 * the unit table (EXPECTED-004.md) and checked against a brute force over all 2^11 choices of the 11 optional
 * units.
 *
 * <p>The hand analysis: the mandatory units 301 + 302 + 303 give 9 credits (all at level 3) and 64 GLH, so a
 * learner needs at least 7 more credits, at least 1 of them at level 3, i.e. at least one of the optional level 3
 * units 304-309. Optional units (credits/GLH): 304 4/26, 305 4/26, 306 4/24, 307 3/18, 308 5/35, 309 4/28,
 * 204 3/21, 205 2/12, 206 2/14, 207 3/18, 208 2/15.
 */
class PathwayAnalysisBtecTest {

    @TempDir
    static Path folder;

    private static BtecExample btec;
    private static PathwayAnalysis analysis;
    /** Every valid set of optional units, found by checking all 2^11 subsets with the checker. */
    private static List<Set<CurriculumComponent>> bruteForceValid;

    @BeforeAll
    static void loadExample() throws Exception {
        btec = BtecExample.load(folder);
        analysis = PathwayAnalysis.of(btec.qualification);
        List<CurriculumComponent> optional = analysis.optionalComponents();
        bruteForceValid = new ArrayList<>();
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            Set<CurriculumComponent> chosen = new HashSet<>();
            for (int i = 0; i < optional.size(); i++) {
                if ((mask >> i & 1) != 0) {
                    chosen.add(optional.get(i));
                }
            }
            if (isValid(chosen)) {
                bruteForceValid.add(chosen);
            }
        }
    }

    private static boolean isValid(Set<CurriculumComponent> optionalUnits) {
        List<CurriculumComponent> selection = new ArrayList<>(analysis.mandatoryComponents());
        selection.addAll(optionalUnits);
        return analysis.check(selection).isValid();
    }

    private static boolean isMinimal(Set<CurriculumComponent> optionalUnits) {
        for (CurriculumComponent unit : optionalUnits) {
            Set<CurriculumComponent> fewer = new HashSet<>(optionalUnits);
            fewer.remove(unit);
            if (isValid(fewer)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> numbers(Pathway pathway) {
        return pathway.numbers();
    }

    @Test
    void theRulesAreReadAsPublished() {
        assertEquals(btec.units("301", "302", "303"), analysis.mandatoryComponents());
        assertEquals(btec.units("304", "305", "306", "307", "308", "309", "204", "205", "206", "207", "208"),
                analysis.optionalComponents());
    }

    @Test
    void theShortestRouteByGuidedLearningHoursIs106HoursThroughUnits306And307() {
        // Every optional unit costs at least 6 GLH per credit (306 24/4, 307 18/3, 205 12/2 and 207 18/3 exactly 6,
        // the others more), so the 7 missing credits cost at least 42 GLH: 64 + 42 = 106. 306 + 307 (4 + 3
        // credits, 24 + 18 GLH) reaches it, and so does 306 + 207; the tie goes to the unit listed first (307 in
        // "Optional units" before 207 in "Optional Level 2 units"). 106 is also the qualification's published GLH.
        Pathway route = analysis.shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS).orElseThrow();
        assertEquals(List.of("301", "302", "303", "306", "307"), numbers(route));
        assertEquals(106, route.guidedLearningHours());
        assertEquals(16, route.credits());
        assertEquals(btec.qualification.getGuidedLearningHours().intValue(), route.guidedLearningHours());
        assertEquals(btec.units("306", "307"), route.optionalComponents());
        assertEquals("301, 302, 303, 306, 307 (16 credits, 106 GLH)", route.describe());
        assertTrue(analysis.check(route.components()).isValid());

        int bruteForceLeast = bruteForceValid.stream()
                .mapToInt(units -> 64 + units.stream().mapToInt(CurriculumComponent::getGuidedLearningHours).sum())
                .min().orElseThrow();
        assertEquals(106, bruteForceLeast);
    }

    @Test
    void theShortestRouteByCreditIsExactlySixteenCredits() {
        // 7 more credits with at least one level 3 unit: 16 credits exactly, e.g. 306 + 307; among the 16-credit
        // routes the least GLH (106) decides, which is the same route.
        Pathway route = analysis.shortestRoute(RouteMeasure.CREDITS).orElseThrow();
        assertEquals(16, route.credits());
        assertEquals(List.of("301", "302", "303", "306", "307"), numbers(route));
    }

    @Test
    void thereAre44MinimalPathways26PairsAnd18Triples() {
        // Pairs: any two of the six optional level 3 units (at least 3 + 4 = 7 credits): C(6,2) = 15; one 4-credit
        // level 3 unit (304, 305, 306, 309) with a 3-credit level 2 unit (204, 207) except the barred 304/204 and
        // 309/207: 8 - 2 = 6; 308 (5 credits) with any of the five level 2 units: 5. Total 26.
        // Triples need exactly one level 3 unit (two already make a pair) and two level 2 units, each needed:
        // 307 (3) with any two level 2 units (at least 4 more, and 3 + 3 alone is short): C(5,2) = 10; a 4-credit
        // level 3 unit with two 2-credit level 2 units (205, 206, 208), not barred: 304: 3, 305 (not 205): 1,
        // 306 (not 206): 1, 309: 3, i.e. 8; 308 cannot be in a triple (5 + 2 already reaches 7). Total 18.
        // Four or more units are never minimal (dropping a 2-credit unit still leaves at least 7 credits).
        assertEquals(new PathwayCount(BigInteger.valueOf(44), true), analysis.countMinimalPathways());
        assertEquals("44", analysis.countMinimalPathways().describe());
        List<Pathway> minimal = analysis.minimalPathways(1000);
        assertEquals(44, minimal.size());
        assertEquals(26, minimal.stream().filter(pathway -> pathway.optionalComponents().size() == 2).count());
        assertEquals(18, minimal.stream().filter(pathway -> pathway.optionalComponents().size() == 3).count());

        Set<Set<CurriculumComponent>> listed = new HashSet<>();
        for (Pathway pathway : minimal) {
            listed.add(Set.copyOf(pathway.optionalComponents()));
        }
        Set<Set<CurriculumComponent>> bruteForceMinimal = new HashSet<>();
        for (Set<CurriculumComponent> units : bruteForceValid) {
            if (isMinimal(units)) {
                bruteForceMinimal.add(units);
            }
        }
        assertEquals(bruteForceMinimal, listed);
        assertTrue(listed.contains(Set.copyOf(btec.units("205", "206", "307"))));
        assertFalse(listed.contains(Set.copyOf(btec.units("304", "204"))), "a barred pair is never a pathway");

        assertEquals(3, analysis.minimalPathways(3).size(), "the listing stops at the limit the caller gives");
    }

    @Test
    void theNumberOfValidPathwaysAgreesWithTheBruteForce() {
        // Supersets count: 306 + 307 + 308 is valid (if not minimal), and so is taking every unit of each barred
        // pair but one. The figure 595 is what the brute force over all 2^11 subsets gives.
        assertEquals(BigInteger.valueOf(bruteForceValid.size()), analysis.countValidPathways());
        assertEquals(BigInteger.valueOf(595), analysis.countValidPathways());
    }

    @Test
    void onlyTheNosCoveredByMandatoryUnitsAreGuaranteedByEveryPathway() {
        // Annexe B: CC01-CC03 are ticked only for 301 and CC04-CC07 only for 302; every other NOS row is ticked
        // only for optional units, and a pathway avoiding them always exists.
        List<CoverageGuarantee> answers = analysis.guaranteedCoverage(btec.nosMapping);
        assertEquals(41, answers.size());
        List<String> guaranteed = answers.stream().filter(CoverageGuarantee::guaranteed)
                .map(answer -> ElementLabels.identifier(answer.standard())).toList();
        assertEquals(List.of("CC01", "CC02", "CC03", "CC04", "CC05", "CC06", "CC07"), guaranteed);

        for (CoverageGuarantee answer : answers) {
            if (answer.guaranteed()) {
                continue;
            }
            Pathway witness = answer.witness().orElseThrow();
            assertTrue(analysis.check(witness.components()).isValid(), answer.message());
            assertTrue(Collections.disjoint(witness.components(), answer.coveredBy()), answer.message());
            // The brute force agrees that some valid pathway misses the standard.
            assertTrue(bruteForceValid.stream().anyMatch(units -> Collections.disjoint(units, answer.coveredBy())));
        }
    }

    @Test
    void theWitnessIsTheShortestPathwayThatMissesTheStandard() {
        Map<String, CoverageGuarantee> byCode = new java.util.HashMap<>();
        for (CoverageGuarantee answer : analysis.guaranteedCoverage(btec.nosMapping)) {
            byCode.put(ElementLabels.identifier(answer.standard()), answer);
        }
        // CC08 (204, 304): the overall shortest route avoids both.
        CoverageGuarantee cc08 = byCode.get("CC08");
        assertEquals(Set.copyOf(btec.units("204", "304")), cc08.coveredBy());
        assertEquals(List.of("301", "302", "303", "306", "307"), numbers(cc08.witness().orElseThrow()));
        assertEquals("A learner can achieve the qualification without meeting Standard CC08 \"Use specific features of"
                + " contact centre systems and technology\", e.g. by taking 301, 302, 303, 306, 307 (16 credits, 106 GLH).",
                cc08.message());
        // CC18 (206, 306): without 306 and 206 the 6-GLH-per-credit units left are 307, 205 and 207; 7 credits
        // from them alone need 307 + 205 + 207 (8 credits, 48 GLH), while 304 + 307, 305 + 307, 304 + 207 and
        // 305 + 207 give 7 credits for 44 GLH; the tie goes to the units listed first: 304 + 307, 108 GLH.
        Pathway cc18 = byCode.get("CC18").witness().orElseThrow();
        assertEquals(List.of("301", "302", "303", "304", "307"), numbers(cc18));
        assertEquals(108, cc18.guidedLearningHours());
        // CC27 (307 only): 306 + 207 is the other 42-GLH way to 7 credits.
        assertEquals(List.of("301", "302", "303", "306", "207"), numbers(byCode.get("CC27").witness().orElseThrow()));
        // CC01 (301, mandatory).
        assertEquals("Every valid pathway covers Standard CC01 \"Improve your personal effectiveness at work in a"
                + " contact centre\" (through 301).", byCode.get("CC01").message());
    }

    @Test
    void aLinkFromAnAssessmentCriterionCountsForItsUnitAndAMapCanBeGivenDirectly() {
        Unit unit305 = (Unit) btec.unit("305");
        AssessmentCriterion criterion = unit305.getLearningOutcomes().get(0).getAssessmentCriteria().get(0);
        Standard standard = CurriculumFactory.eINSTANCE.createStandard();
        standard.setCode("X1");
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(criterion);
        link.setStandard(standard);
        mapping.getLinks().add(link);

        Map<MappableItem, Set<CurriculumComponent>> covering = PathwayAnalysis.coveringComponents(mapping);
        assertEquals(Map.of(standard, Set.of(unit305)), covering);
        CoverageGuarantee answer = analysis.guaranteedCoverage(mapping).get(0);
        assertFalse(answer.guaranteed());

        // A standard covered by 301 (mandatory) or 306 is met by everybody, through 301.
        CoverageGuarantee viaMap = analysis.guaranteedCoverage(Map.of(standard, Set.copyOf(btec.units("301", "306"))))
                .get(0);
        assertTrue(viaMap.guaranteed(), "301 is mandatory");
    }

    @Test
    void aStandardIsGuaranteedWhenEveryPathwayMustTakeOneOfItsOptionalUnits() {
        // Without any of the six optional level 3 units the level 3 minimum (10) cannot be met, so a standard
        // covered by all six is met by every learner although none of them is mandatory.
        Standard standard = CurriculumFactory.eINSTANCE.createStandard();
        standard.setCode("X2");
        List<CurriculumComponent> levelThree = btec.units("304", "305", "306", "307", "308", "309");
        CoverageGuarantee answer = analysis.guaranteedCoverage(Map.of(standard, Set.copyOf(levelThree))).get(0);
        assertTrue(answer.guaranteed(), answer.message());
        assertTrue(bruteForceValid.stream().noneMatch(units -> Collections.disjoint(units, levelThree)));
        // Dropping 308 from the covering units opens a pathway through 308 alone plus level 2 units.
        List<CurriculumComponent> withoutOne = btec.units("304", "305", "306", "307", "309");
        CoverageGuarantee missed = analysis.guaranteedCoverage(Map.of(standard, Set.copyOf(withoutOne))).get(0);
        assertFalse(missed.guaranteed());
        assertEquals(List.of("301", "302", "303", "308", "205"), numbers(missed.witness().orElseThrow()));
    }
}

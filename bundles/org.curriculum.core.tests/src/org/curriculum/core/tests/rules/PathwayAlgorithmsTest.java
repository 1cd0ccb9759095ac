// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.Pathway;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.core.rules.PathwayCount;
import org.curriculum.core.rules.RouteMeasure;
import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

/**
 * The pathway algorithms (counting programmes, shortest route, pruned listing, guaranteed coverage) against a
 * brute force over every subset, on seeded random qualifications small enough to enumerate, and on qualifications
 * with 40 optional units whose answers follow from a formula or a property.
 */
class PathwayAlgorithmsTest {

    private static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;

    /** Everything the brute force knows about one qualification. */
    private record BruteForce(List<CurriculumComponent> optional, List<Set<CurriculumComponent>> valid,
            List<Set<CurriculumComponent>> minimal) {
    }

    private static BruteForce bruteForce(PathwayAnalysis analysis) {
        List<CurriculumComponent> optional = analysis.optionalComponents();
        List<Set<CurriculumComponent>> valid = new ArrayList<>();
        Set<Set<CurriculumComponent>> validSet = new HashSet<>();
        for (int mask = 0; mask < 1 << optional.size(); mask++) {
            Set<CurriculumComponent> chosen = new HashSet<>();
            for (int i = 0; i < optional.size(); i++) {
                if ((mask >> i & 1) != 0) {
                    chosen.add(optional.get(i));
                }
            }
            List<CurriculumComponent> selection = new ArrayList<>(analysis.mandatoryComponents());
            selection.addAll(chosen);
            if (analysis.check(selection).isValid()) {
                valid.add(chosen);
                validSet.add(chosen);
            }
        }
        List<Set<CurriculumComponent>> minimal = new ArrayList<>();
        for (Set<CurriculumComponent> chosen : valid) {
            boolean isMinimal = true;
            for (CurriculumComponent unit : chosen) {
                Set<CurriculumComponent> fewer = new HashSet<>(chosen);
                fewer.remove(unit);
                isMinimal &= !validSet.contains(fewer);
            }
            if (isMinimal) {
                minimal.add(chosen);
            }
        }
        return new BruteForce(optional, valid, minimal);
    }

    /** The order the analysis promises for shortest routes: measure, other measure, size, units listed first. */
    private static Comparator<Set<CurriculumComponent>> routeOrder(RouteMeasure measure,
            List<CurriculumComponent> optional) {
        Comparator<Set<CurriculumComponent>> byHours = Comparator.comparingInt(
                units -> units.stream().mapToInt(CurriculumComponent::getGuidedLearningHours).sum());
        Comparator<Set<CurriculumComponent>> byCredits = Comparator
                .comparingInt(units -> units.stream().mapToInt(CurriculumComponent::getCredits).sum());
        Comparator<Set<CurriculumComponent>> first = measure == RouteMeasure.GUIDED_LEARNING_HOURS ? byHours.thenComparing(byCredits)
                : byCredits.thenComparing(byHours);
        return first.thenComparingInt(Set::size).thenComparing((a, b) -> {
            List<Integer> left = a.stream().map(optional::indexOf).sorted().toList();
            List<Integer> right = b.stream().map(optional::indexOf).sorted().toList();
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                if (!left.get(i).equals(right.get(i))) {
                    return Integer.compare(left.get(i), right.get(i));
                }
            }
            return Integer.compare(left.size(), right.size());
        });
    }

    private static SyntheticQualification randomQualification(Random random) {
        SyntheticQualification synthetic = new SyntheticQualification(0);
        int mandatoryCount = random.nextInt(3);
        for (int i = 0; i < mandatoryCount; i++) {
            synthetic.mandatory.getComponents().add(randomUnit(synthetic, random));
        }
        int optionalCount = 1 + random.nextInt(12);
        List<ComponentGroup> optionalGroups = List.of(synthetic.group("Optional A", false),
                synthetic.group("Optional B", false));
        List<CurriculumComponent> optional = new ArrayList<>();
        int credits = synthetic.mandatory.getComponents().stream().mapToInt(CurriculumComponent::getCredits).sum();
        for (int i = 0; i < optionalCount; i++) {
            Unit unit = randomUnit(synthetic, random);
            optionalGroups.get(random.nextInt(2)).getComponents().add(unit);
            optional.add(unit);
            credits += unit.getCredits();
        }
        // Bounds drawn mostly below what the units offer, so that most qualifications are achievable.
        synthetic.rules.setTotalCredits(random.nextInt(credits * 2 / 3 + 3));
        for (int rule = random.nextInt(3); rule > 0; rule--) {
            synthetic.levelMinimum(1 + random.nextInt(4), random.nextInt(credits / 4 + 2), random.nextBoolean());
        }
        for (int pair = random.nextInt(optionalCount / 2 + 2); pair > 0 && optionalCount > 1; pair--) {
            List<CurriculumComponent> pool = new ArrayList<>(optional);
            pool.addAll(synthetic.mandatory.getComponents());
            Collections.shuffle(pool, random);
            // Mostly pairs, sometimes three at once, sometimes involving a mandatory unit.
            synthetic.bar(pool.subList(0, Math.min(pool.size(), random.nextInt(5) == 0 ? 3 : 2))
                    .toArray(CurriculumComponent[]::new));
        }
        if (random.nextInt(4) == 0) {
            ComponentGroup group = optionalGroups.get(random.nextInt(2));
            switch (random.nextInt(3)) {
            case 0 -> group.setMinimumCredits(random.nextInt(8));
            case 1 -> group.setMaximumCredits(random.nextInt(12));
            default -> group.setMinimumComponents(random.nextInt(3));
            }
        }
        return synthetic;
    }

    private static Unit randomUnit(SyntheticQualification synthetic, Random random) {
        // GLH with few distinct values so that ties in the shortest route are common and the tie-break is tested.
        return synthetic.unit(1 + random.nextInt(4), random.nextInt(7), 6 * random.nextInt(5));
    }

    @Test
    void countsRoutesListingsAndGuaranteesAgreeWithTheBruteForceOnRandomQualifications() {
        Random random = new Random(20261125L);
        int withPathways = 0;
        for (int round = 0; round < 300; round++) {
            SyntheticQualification synthetic = randomQualification(random);
            PathwayAnalysis analysis = PathwayAnalysis.of(synthetic.qualification);
            BruteForce truth = bruteForce(analysis);
            String where = "random qualification " + round;

            assertEquals(BigInteger.valueOf(truth.valid().size()), analysis.countValidPathways(), where);
            assertEquals(new PathwayCount(BigInteger.valueOf(truth.minimal().size()), true), analysis.countMinimalPathways(),
                    where);
            Set<Set<CurriculumComponent>> listed = new HashSet<>();
            for (Pathway pathway : analysis.minimalPathways(100_000)) {
                listed.add(Set.copyOf(pathway.optionalComponents()));
            }
            assertEquals(Set.copyOf(truth.minimal()), listed, where);
            assertEquals(!truth.valid().isEmpty(), analysis.isAchievable(), where);

            for (RouteMeasure measure : RouteMeasure.values()) {
                Optional<Set<CurriculumComponent>> expected = truth.valid().stream()
                        .min(routeOrder(measure, truth.optional()));
                Optional<Set<CurriculumComponent>> actual = analysis.shortestRoute(measure)
                        .map(pathway -> Set.copyOf(pathway.optionalComponents()));
                assertEquals(expected, actual, where + " " + measure);
            }

            Map<MappableItem, Set<CurriculumComponent>> covering = new LinkedHashMap<>();
            for (int s = 0; s < 6; s++) {
                Standard standard = FACTORY.createStandard();
                standard.setCode("S" + s);
                Set<CurriculumComponent> units = new HashSet<>();
                for (CurriculumComponent unit : synthetic.units) {
                    if (random.nextInt(3) == 0) {
                        units.add(unit);
                    }
                }
                covering.put(standard, units);
            }
            for (CoverageGuarantee answer : analysis.guaranteedCoverage(covering)) {
                Set<CurriculumComponent> coveredBy = covering.get(answer.standard());
                boolean everyPathwayCovers = truth.valid().stream().allMatch(optional -> !Collections
                        .disjoint(optional, coveredBy) || !Collections.disjoint(analysis.mandatoryComponents(), coveredBy));
                assertEquals(everyPathwayCovers, answer.guaranteed(), where + " " + answer.message());
                answer.witness().ifPresent(witness -> {
                    assertTrue(analysis.check(witness.components()).isValid(), where);
                    assertTrue(Collections.disjoint(witness.components(), coveredBy), where);
                });
                // The witness is the shortest route (by GLH) among the valid pathways that miss the standard.
                Optional<Set<CurriculumComponent>> shortestMissing = truth.valid().stream()
                        .filter(optional -> Collections.disjoint(optional, coveredBy)
                                && Collections.disjoint(analysis.mandatoryComponents(), coveredBy))
                        .min(routeOrder(RouteMeasure.GUIDED_LEARNING_HOURS, truth.optional()));
                assertEquals(shortestMissing, answer.witness().map(witness -> Set.copyOf(witness.optionalComponents())),
                        where);
                assertEquals(answer.guaranteed(), answer.witness().isEmpty(), where);
            }
            withPathways += truth.valid().isEmpty() ? 0 : 1;
        }
        assertTrue(withPathways > 150, "most random qualifications should be achievable, else the test proves little: "
                + withPathways);
    }

    @Test
    void guaranteesFromAMappingSetEqualThoseFromItsCoveringComponentsOnRandomQualifications() {
        // guaranteedCoverage(MappingSet) rolls links up through bit sets over the listed components; the general
        // map form is the definition. Links come from units, outcomes and criteria, from a unit the rules do not
        // list, and to a standard outside the target framework.
        Random random = new Random(20261204L);
        for (int round = 0; round < 120; round++) {
            SyntheticQualification synthetic = randomQualification(random);
            Unit unlisted = FACTORY.createUnit();
            unlisted.setNumber("U-unlisted");
            synthetic.curriculum.getComponents().add(unlisted);
            List<EObject> items = new ArrayList<>(List.of(unlisted));
            for (CurriculumComponent component : synthetic.units) {
                items.add(component);
                LearningOutcome outcome = FACTORY.createLearningOutcome();
                AssessmentCriterion criterion = FACTORY.createAssessmentCriterion();
                outcome.getAssessmentCriteria().add(criterion);
                ((Unit) component).getLearningOutcomes().add(outcome);
                items.add(outcome);
                items.add(criterion);
            }
            StandardsFramework framework = FACTORY.createStandardsFramework();
            List<MappableItem> standards = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                Standard standard = FACTORY.createStandard();
                standard.setCode("S" + s);
                framework.getStandards().add(standard);
                standards.add(standard);
            }
            Standard outside = FACTORY.createStandard();
            outside.setCode("OUT");
            standards.add(outside);
            MappingSet mapping = FACTORY.createMappingSet();
            mapping.setSource(synthetic.curriculum);
            mapping.setTarget(framework);
            for (int l = random.nextInt(30); l > 0; l--) {
                MappingLink link = FACTORY.createMappingLink();
                link.setItem((MappableItem) items.get(random.nextInt(items.size())));
                link.setStandard(standards.get(random.nextInt(standards.size())));
                mapping.getLinks().add(link);
            }
            String where = "round " + round;
            PathwayAnalysis analysis = PathwayAnalysis.of(synthetic.qualification);
            List<CoverageGuarantee> expected = PathwayAnalysis.of(synthetic.qualification)
                    .guaranteedCoverage(PathwayAnalysis.coveringComponents(mapping));
            List<CoverageGuarantee> actual = analysis.guaranteedCoverage(mapping);
            assertEquals(expected.size(), actual.size(), where);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).standard(), actual.get(i).standard(), where);
                assertEquals(expected.get(i).coveredBy(), actual.get(i).coveredBy(), where);
                assertEquals(expected.get(i).guaranteed(), actual.get(i).guaranteed(), where);
                assertEquals(expected.get(i).witness().map(Pathway::components),
                        actual.get(i).witness().map(Pathway::components), where);
            }
        }
    }

    @Test
    void fortyOneCreditUnitsGiveTheBinomialCounts() {
        // 40 optional units of 1 credit, no other rule, 25 credits needed: the valid pathways are the subsets of
        // at least 25 units, the minimal ones those of exactly 25.
        SyntheticQualification synthetic = new SyntheticQualification(25);
        ComponentGroup optional = synthetic.group("Optional", false);
        for (int i = 0; i < 40; i++) {
            optional.getComponents().add(synthetic.unit(3, 1, 10));
        }
        PathwayAnalysis analysis = PathwayAnalysis.of(synthetic.qualification);
        BigInteger atLeast25 = BigInteger.ZERO;
        for (int k = 25; k <= 40; k++) {
            atLeast25 = atLeast25.add(binomial(40, k));
        }
        assertEquals(atLeast25, analysis.countValidPathways());
        assertEquals(new PathwayCount(binomial(40, 25), true), analysis.countMinimalPathways());
        assertEquals(new BigInteger("40225345056"), binomial(40, 25));
        assertEquals(1000, analysis.minimalPathways(1000).size());
        assertEquals(250, analysis.shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS).orElseThrow()
                .guidedLearningHours());
    }

    @Test
    void aQualificationWithFortyOptionalUnitsAndBarredPairsIsAnalysedWithoutEnumeratingSubsets() {
        Random random = new Random(40);
        SyntheticQualification synthetic = new SyntheticQualification(60);
        for (int i = 0; i < 3; i++) {
            synthetic.mandatory.getComponents().add(synthetic.unit(3, 4, 30));
        }
        ComponentGroup optional = synthetic.group("Optional", false);
        for (int i = 0; i < 40; i++) {
            int credits = 1 + random.nextInt(8);
            optional.getComponents().add(synthetic.unit(2 + random.nextInt(3), credits, credits * (5 + random.nextInt(4))));
        }
        synthetic.levelMinimum(3, 30, true);
        for (int i = 0; i < 15; i++) {
            synthetic.bar(optional.getComponents().get(2 * i), optional.getComponents().get(2 * i + 1));
        }
        PathwayAnalysis analysis = PathwayAnalysis.of(synthetic.qualification);

        BigInteger valid = analysis.countValidPathways();
        PathwayCount minimalCount = analysis.countMinimalPathways();
        assertTrue(minimalCount.exact());
        BigInteger minimal = minimalCount.value();
        assertTrue(valid.signum() > 0);
        assertTrue(minimal.signum() > 0 && minimal.compareTo(valid) < 0, minimal + " of " + valid);

        // A unit worth no credit, barred with nothing, may be added to or left out of any pathway: it doubles the
        // valid pathways and is never part of a minimal one.
        optional.getComponents().add(synthetic.unit(3, 0, 0));
        PathwayAnalysis withFreeUnit = PathwayAnalysis.of(synthetic.qualification);
        assertEquals(valid.shiftLeft(1), withFreeUnit.countValidPathways());
        assertEquals(minimal, withFreeUnit.countMinimalPathways().value());

        Pathway shortest = analysis.shortestRoute(RouteMeasure.GUIDED_LEARNING_HOURS).orElseThrow();
        assertTrue(analysis.check(shortest.components()).isValid(), analysis.check(shortest.components()).summary());
        List<Pathway> listed = analysis.minimalPathways(500);
        assertEquals(500, listed.size());
        for (Pathway pathway : listed) {
            assertTrue(analysis.check(pathway.components()).isValid());
            assertTrue(shortest.guidedLearningHours() <= pathway.guidedLearningHours());
            for (CurriculumComponent unit : pathway.optionalComponents()) {
                List<CurriculumComponent> fewer = new ArrayList<>(pathway.components());
                fewer.remove(unit);
                assertFalse(analysis.check(fewer).isValid(), "a listed pathway must be minimal");
            }
        }

        // Guaranteed coverage: a standard covered by a mandatory unit always is; one covered by a single optional
        // unit is not here (the optional units offer far more credit than needed, so none is forced), and the
        // witness shows the way round it.
        Standard byMandatory = FACTORY.createStandard();
        Standard byOneOptional = FACTORY.createStandard();
        Map<MappableItem, Set<CurriculumComponent>> covering = new LinkedHashMap<>();
        covering.put(byMandatory, Set.of(synthetic.mandatory.getComponents().get(0)));
        covering.put(byOneOptional, Set.of(shortest.optionalComponents().get(0)));
        List<CoverageGuarantee> answers = analysis.guaranteedCoverage(covering);
        assertTrue(answers.get(0).guaranteed());
        assertFalse(answers.get(1).guaranteed());
        Pathway witness = answers.get(1).witness().orElseThrow();
        assertTrue(analysis.check(witness.components()).isValid());
        assertFalse(witness.components().contains(shortest.optionalComponents().get(0)));
        assertTrue(witness.guidedLearningHours() >= shortest.guidedLearningHours());
    }

    @Test
    void manyMinimumsWithManyDistinctCreditValuesAreCountedByTheBoundedSearchAndStillAgreeWithTheBruteForce() {
        // Credits 1..12 at levels 1..4 and a minimum at each of levels 1, 2 and 3 plus the total: 13 x 4 x 4 x 4
        // slack boxes over some 176,000 credit states would be billions of steps, so the exact programme gives way
        // to the pruned search, which finishes well below its limit here and is therefore exact.
        Random random = new Random(12);
        SyntheticQualification synthetic = new SyntheticQualification(30);
        ComponentGroup optional = synthetic.group("Optional", false);
        List<Integer> credits = new ArrayList<>();
        for (int c = 1; c <= 12; c++) {
            credits.add(c);
        }
        Collections.shuffle(credits, random);
        for (int i = 0; i < 12; i++) {
            optional.getComponents().add(synthetic.unit(1 + i % 4, credits.get(i), 7 * credits.get(i)));
        }
        for (int level = 1; level <= 3; level++) {
            synthetic.levelMinimum(level, 4, false);
        }
        synthetic.bar(optional.getComponents().get(0), optional.getComponents().get(5));
        PathwayAnalysis analysis = PathwayAnalysis.of(synthetic.qualification);
        BruteForce truth = bruteForce(analysis);
        assertTrue(truth.minimal().size() > 10, "the case should not be trivial: " + truth.minimal().size());
        assertEquals(new PathwayCount(BigInteger.valueOf(truth.minimal().size()), true), analysis.countMinimalPathways());
        assertEquals(BigInteger.valueOf(truth.valid().size()), analysis.countValidPathways());
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}

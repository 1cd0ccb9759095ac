// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.curriculum.model.AssessmentCriterion;
import org.curriculum.model.BarredCombination;
import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.LearningOutcome;
import org.curriculum.model.LevelCreditRule;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.PublicationStatus;
import org.curriculum.model.Qualification;
import org.curriculum.model.RulesOfCombination;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.Unit;

/**
 * A deterministic, seeded generator of national-scale models: a curriculum of units with learning
 * outcomes and assessment criteria and qualifications with rules of combination, a standards framework
 * in sections, and a mapping set linking the two. The same size and seed always give the same model.
 */
public final class SyntheticModels {

    /** The seed every benchmark uses, so that all runs measure the same models. */
    public static final long SEED = 20261125L;

    /** Model sizes of issue 6 (S is the shipped examples, see {@link ModelSets}). */
    public enum Size {
        M(200, 5_000, 50_000, 3),
        L(2_000, 20_000, 400_000, 10);

        public final int units;
        public final int standards;
        public final int links;
        public final int qualifications;

        Size(int units, int standards, int links, int qualifications) {
            this.units = units;
            this.standards = standards;
            this.links = links;
            this.qualifications = qualifications;
        }
    }

    /** The three roots of one generated model, not yet in any resource. */
    public record Generated(Curriculum curriculum, StandardsFramework framework, MappingSet mapping) {

        /** The first qualification: 6 mandatory units, 40 optional units in two groups, barred pairs. */
        public Qualification qualification() {
            return curriculum.getQualifications().get(0);
        }
    }

    static final int OUTCOMES_PER_UNIT = 4;
    static final int CRITERIA_PER_OUTCOME = 3;
    static final int STANDARDS_PER_SECTION = 50;
    /** Share of links made from an assessment criterion rather than from its unit (links at any depth). */
    static final double CRITERION_LINK_SHARE = 0.15;
    /** Share of a unit's links that fall near the unit's own subject area of the framework. */
    static final double LOCAL_LINK_SHARE = 0.7;
    static final double FULL_COVERAGE_SHARE = 0.3;

    static final int MANDATORY_UNITS = 6;
    static final int OPTIONAL_LEVEL3_UNITS = 25;
    static final int OPTIONAL_LEVEL2_UNITS = 15;
    static final int BARRED_PAIRS = 8;

    private static final CurriculumFactory FACTORY = CurriculumFactory.eINSTANCE;
    private static final String[] VERBS = { "Principles of", "Manage", "Develop", "Support", "Deliver", "Monitor",
            "Plan", "Review", "Coordinate", "Understand" };
    private static final String[] TOPICS = { "customer service", "health and safety", "resource planning",
            "systems and technology", "performance management", "incident handling", "sales activities",
            "team leadership", "quality assurance", "legal and ethical requirements", "data protection",
            "workforce scheduling" };

    private SyntheticModels() {
    }

    /** Generates a model of the given size from the seed. */
    public static Generated generate(Size size, long seed) {
        Random random = new Random(seed);
        StandardsFramework framework = framework(size, random);
        Curriculum curriculum = curriculum(size, random);
        List<Standard> standards = new ArrayList<>(size.standards);
        for (StandardSection section : framework.getSections()) {
            standards.addAll(section.getStandards());
        }
        MappingSet mapping = mapping(size, curriculum, framework, standards, random);
        return new Generated(curriculum, framework, mapping);
    }

    private static StandardsFramework framework(Size size, Random random) {
        StandardsFramework framework = FACTORY.createStandardsFramework();
        framework.setCode("SYN-NOS-" + size);
        framework.setTitle("Synthetic national occupational standards (" + size + ")");
        framework.setVersion("1.0");
        framework.setStatus(PublicationStatus.PUBLISHED);
        framework.setPublisher("Benchmark generator");
        StandardSection section = null;
        for (int i = 0; i < size.standards; i++) {
            if (i % STANDARDS_PER_SECTION == 0) {
                int number = i / STANDARDS_PER_SECTION + 1;
                section = FACTORY.createStandardSection();
                section.setCode(String.format("S%03d", number));
                section.setTitle("Section " + number + ": " + TOPICS[number % TOPICS.length]);
                framework.getSections().add(section);
            }
            Standard standard = FACTORY.createStandard();
            standard.setCode(String.format("NOS%05d", i + 1));
            standard.setTitle(phrase(random) + " in a contact centre (" + (i + 1) + ")");
            standard.setLevel(2 + random.nextInt(3));
            section.getStandards().add(standard);
        }
        return framework;
    }

    private static Curriculum curriculum(Size size, Random random) {
        Curriculum curriculum = FACTORY.createCurriculum();
        curriculum.setCode("SYN-CUR-" + size);
        curriculum.setTitle("Synthetic curriculum (" + size + ")");
        curriculum.setVersion("1.0");
        curriculum.setStatus(PublicationStatus.PUBLISHED);
        curriculum.setPublisher("Benchmark generator");
        List<Unit> units = new ArrayList<>(size.units);
        for (int u = 0; u < size.units; u++) {
            Unit unit = FACTORY.createUnit();
            int level = 2 + random.nextInt(3);
            unit.setNumber(Integer.toString(level * 10_000 + u + 1));
            unit.setCode(unit.getNumber());
            unit.setReferenceCode(String.format("%c/%03d/%04d", (char) ('A' + random.nextInt(26)), 500 + random.nextInt(100),
                    random.nextInt(10_000)));
            unit.setTitle(phrase(random) + " (" + (u + 1) + ")");
            unit.setLevel(level);
            int credits = 1 + random.nextInt(5);
            unit.setCredits(credits);
            unit.setGuidedLearningHours(credits * (6 + random.nextInt(3)));
            unit.setAim("This unit develops the learner's ability to " + phrase(random).toLowerCase() + ".");
            for (int o = 1; o <= OUTCOMES_PER_UNIT; o++) {
                LearningOutcome outcome = FACTORY.createLearningOutcome();
                outcome.setCode(Integer.toString(o));
                outcome.setTitle("Understand how to " + phrase(random).toLowerCase());
                for (int c = 1; c <= CRITERIA_PER_OUTCOME; c++) {
                    AssessmentCriterion criterion = FACTORY.createAssessmentCriterion();
                    criterion.setCode(o + "." + c);
                    criterion.setTitle("Explain " + phrase(random).toLowerCase());
                    outcome.getAssessmentCriteria().add(criterion);
                }
                unit.getLearningOutcomes().add(outcome);
            }
            units.add(unit);
        }
        curriculum.getComponents().addAll(units);
        for (int q = 0; q < size.qualifications; q++) {
            curriculum.getQualifications().add(qualification(size, q, units, random));
        }
        return curriculum;
    }

    /**
     * A qualification shaped like the BTEC example's, at scale: a mandatory group, 25 optional level 3
     * units and 15 optional level 2 units (40 optional), a minimum of credit at level 3 or above,
     * barred pairs between a level 3 unit and its level 2 counterpart, and a total credit value
     * reachable in many ways.
     */
    private static Qualification qualification(Size size, int index, List<Unit> units, Random random) {
        List<Unit> level2 = new ArrayList<>();
        List<Unit> level3 = new ArrayList<>();
        for (Unit unit : units) {
            (unit.getLevel() == 2 ? level2 : level3).add(unit);
        }
        List<Unit> mandatory = pick(level3, MANDATORY_UNITS, random, new HashSet<>());
        Set<Unit> taken = new HashSet<>(mandatory);
        List<Unit> optional3 = pick(level3, OPTIONAL_LEVEL3_UNITS, random, taken);
        List<Unit> optional2 = pick(level2, OPTIONAL_LEVEL2_UNITS, random, taken);

        Qualification qualification = FACTORY.createQualification();
        qualification.setCode(String.format("SYN/%03d/%d", index + 1, size.ordinal()));
        qualification.setQualificationNumber(qualification.getCode());
        qualification.setTitle("Synthetic Level 3 Diploma " + (index + 1));
        qualification.setAwardingBody("Benchmark generator");
        qualification.setLevel(3);
        int mandatoryCredits = credits(mandatory);
        int optionalCredits = credits(optional3) + credits(optional2);
        int total = mandatoryCredits + optionalCredits / 3;
        qualification.setCreditValue(total);

        RulesOfCombination rules = FACTORY.createRulesOfCombination();
        rules.setTotalCredits(total);
        rules.setOnlyListedComponents(true);
        rules.setNote("Generated: " + MANDATORY_UNITS + " mandatory units plus optional units to a total of " + total
                + " credits, at least " + (mandatoryCredits + 10) + " at level 3 or above.");
        rules.getGroups().add(group("Mandatory units", true, mandatory));
        rules.getGroups().add(group("Optional units", false, optional3));
        rules.getGroups().add(group("Optional Level 2 units", false, optional2));
        LevelCreditRule levelRule = FACTORY.createLevelCreditRule();
        levelRule.setLevel(3);
        levelRule.setAtOrAbove(true);
        levelRule.setMinimumCredits(mandatoryCredits + 10);
        rules.getLevelMinimums().add(levelRule);
        for (int b = 0; b < BARRED_PAIRS; b++) {
            BarredCombination barred = FACTORY.createBarredCombination();
            barred.getComponents().add(optional3.get(b));
            barred.getComponents().add(optional2.get(b));
            barred.setReason("The following units cannot be used in combination: " + optional3.get(b).getNumber() + " and "
                    + optional2.get(b).getNumber());
            rules.getBarredCombinations().add(barred);
        }
        qualification.setRules(rules);
        return qualification;
    }

    private static ComponentGroup group(String title, boolean mandatory, List<Unit> units) {
        ComponentGroup group = FACTORY.createComponentGroup();
        group.setTitle(title);
        group.setMandatory(mandatory);
        group.getComponents().addAll(units);
        return group;
    }

    private static MappingSet mapping(Size size, Curriculum curriculum, StandardsFramework framework, List<Standard> standards,
            Random random) {
        MappingSet mapping = FACTORY.createMappingSet();
        mapping.setCode("SYN-MAP-" + size);
        mapping.setTitle("Synthetic mapping (" + size + ")");
        mapping.setKey("P = partial coverage, F = full coverage");
        mapping.setSource(curriculum);
        mapping.setTarget(framework);
        int units = curriculum.getComponents().size();
        int perUnit = size.links / units;
        int window = Math.max(STANDARDS_PER_SECTION * 4, size.standards / 50);
        Date date = new Date(1_700_000_000_000L);
        Set<Long> made = new HashSet<>(size.links * 2);
        List<MappingLink> links = new ArrayList<>(size.links);
        for (int u = 0; u < units; u++) {
            Unit unit = (Unit) curriculum.getComponents().get(u);
            int home = (int) ((long) u * size.standards / units);
            for (int k = 0; k < perUnit; k++) {
                MappableItem item = unit;
                int itemIndex = u * 100;
                if (random.nextDouble() < CRITERION_LINK_SHARE) {
                    int o = random.nextInt(OUTCOMES_PER_UNIT);
                    int c = random.nextInt(CRITERIA_PER_OUTCOME);
                    item = unit.getLearningOutcomes().get(o).getAssessmentCriteria().get(c);
                    itemIndex = u * 100 + 1 + o * CRITERIA_PER_OUTCOME + c;
                }
                int s;
                long key;
                do {
                    s = random.nextDouble() < LOCAL_LINK_SHARE
                            ? Math.floorMod(home + random.nextInt(window) - window / 2, size.standards)
                            : random.nextInt(size.standards);
                    key = (long) itemIndex * size.standards + s;
                } while (!made.add(key));
                MappingLink link = FACTORY.createMappingLink();
                link.setItem(item);
                link.setStandard(standards.get(s));
                link.setCoverage(random.nextDouble() < FULL_COVERAGE_SHARE ? CoverageLevel.FULL : CoverageLevel.PARTIAL);
                link.setAuthor("generator");
                link.setDate(date);
                links.add(link);
            }
        }
        mapping.getLinks().addAll(links);
        return mapping;
    }

    private static List<Unit> pick(List<Unit> from, int count, Random random, Set<Unit> taken) {
        List<Unit> picked = new ArrayList<>(count);
        while (picked.size() < count) {
            Unit unit = from.get(random.nextInt(from.size()));
            if (taken.add(unit)) {
                picked.add(unit);
            }
        }
        return picked;
    }

    private static int credits(List<Unit> units) {
        int sum = 0;
        for (Unit unit : units) {
            sum += unit.getCredits();
        }
        return sum;
    }

    private static String phrase(Random random) {
        return VERBS[random.nextInt(VERBS.length)] + " " + TOPICS[random.nextInt(TOPICS.length)];
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.mapping;

import static org.curriculum.testsupport.LoadedExamples.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.CrosswalkChain;
import org.curriculum.core.mapping.DerivedLinks;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.Framework;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every shape of composition, each on a case small enough to check by hand against Annexe B (CC28 is ticked
 * under 307 only, CC35 and CC36 under 308 only, all partial) and small mappings made here between the Contact
 * Centre NOS, the unit of competency 105569L5 "Manage call centre operations" and Functional Skills level 1.
 */
class CrosswalkChainTest {

    @TempDir
    Path folder;

    private LoadedExamples examples;
    private Curriculum uoc;
    private StandardsFramework fs1;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        uoc = examples.root(LoadedExamples.UNIT_OF_COMPETENCY, Curriculum.class);
        fs1 = examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1, StandardsFramework.class);
    }

    private static MappingSet mapping(Framework source, Framework target, MappingLink... links) {
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setSource(source);
        mapping.setTarget(target);
        mapping.getLinks().addAll(List.of(links));
        return mapping;
    }

    /** 105569L5 onto the NOS: CC28 and CC35 partially, CC36 fully. */
    private MappingSet uocToNos() {
        var unit = LoadedExamples.component(uoc, "105569L5");
        return mapping(uoc, examples.nos(), link(unit, examples.nos("CC28"), CoverageLevel.PARTIAL),
                link(unit, examples.nos("CC35"), CoverageLevel.PARTIAL), link(unit, examples.nos("CC36"), CoverageLevel.FULL));
    }

    /** The same crosswalk the other way round: the NOS onto 105569L5. */
    private MappingSet nosToUoc() {
        var unit = LoadedExamples.component(uoc, "105569L5");
        return mapping(examples.nos(), uoc, link(examples.nos("CC28"), unit, CoverageLevel.PARTIAL),
                link(examples.nos("CC35"), unit, CoverageLevel.PARTIAL), link(examples.nos("CC36"), unit, CoverageLevel.FULL));
    }

    private static List<String> links(MappingSet mapping) {
        return mapping.getLinks().stream().map(l -> ElementLabels.identifier(l.getItem()) + " -> "
                + ElementLabels.identifier(l.getStandard()) + ": " + l.getRationale()).toList();
    }

    private static MappingSet derived(List<MappingSet> chain) {
        List<String> names = java.util.stream.IntStream.range(0, chain.size()).mapToObj(i -> "m" + i + ".mapping").toList();
        return ComposedMappingSet.create(CrosswalkChain.compose(chain), names, new Date(1_750_000_000_000L));
    }

    private static final List<String> BTEC_TO_UOC = List.of(
            "307 -> 105569L5: Derived through CC28 (307: partial, 105569L5: partial)",
            "308 -> 105569L5: Derived through CC35 (308: partial, 105569L5: partial); CC36 (308: partial, 105569L5: full)");

    @Test
    void twoMappingsOntoTheSameFrameworkRelateTheirSources() {
        // X -> S, Y -> S: BTEC -> NOS with 105569L5 -> NOS
        MappingSet derived = derived(List.of(examples.nosMapping(), uocToNos()));

        assertEquals(BTEC_TO_UOC, links(derived));
        assertEquals(examples.btec(), derived.getSource());
        assertEquals(uoc, derived.getTarget());
    }

    @Test
    void aMappingFollowedByOneFromItsTargetGivesTheSameLinks() {
        // X -> S, S -> Y: BTEC -> NOS with NOS -> 105569L5; the crosswalk read the other way changes nothing
        CrosswalkChain chain = CrosswalkChain.compose(List.of(examples.nosMapping(), nosToUoc()));
        MappingSet derived = ComposedMappingSet.create(chain, List.of("annexe-b.mapping", "nos-105569L5.mapping"),
                new Date(1_750_000_000_000L));

        assertEquals(BTEC_TO_UOC, links(derived));
        assertEquals(List.of(examples.nos()), chain.getThrough());
        assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) related to Manage call centre"
                + " operations through Contact Centre National Occupational Standards", derived.getTitle());
        for (MappingLink link : derived.getLinks()) {
            assertTrue(DerivedLinks.isDerived(link));
            assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
        }
        assertEquals("derived via CC28 (307: partial, 105569L5: partial), unreviewed",
                DerivedLinks.describe(derived.getLinks().get(0)));
        // a reviewer who puts their name on a link confirms it: it is no longer derived
        derived.getLinks().get(0).setAuthor("A. Reviewer");
        assertFalse(DerivedLinks.isDerived(derived.getLinks().get(0)));
        assertEquals("", DerivedLinks.describe(derived.getLinks().get(0)));
    }

    @Test
    void twoMappingsFromTheSameFrameworkRelateTheirTargets() {
        // S -> X, S -> Y: NOS -> 105569L5 with NOS -> FS1 (CC28 -> FS1-01 full, CC30 -> FS1-03 partial):
        // only CC28 is shared, so one link 105569L5 ~ FS1-01.
        MappingSet nosToFs1 = mapping(examples.nos(), fs1,
                link(examples.nos("CC28"), LoadedExamples.standard(fs1, "FS1-01"), CoverageLevel.FULL),
                link(examples.nos("CC30"), LoadedExamples.standard(fs1, "FS1-03"), CoverageLevel.PARTIAL));

        MappingSet derived = derived(List.of(nosToUoc(), nosToFs1));

        assertEquals(uoc, derived.getSource());
        assertEquals(fs1, derived.getTarget());
        assertEquals(List.of("105569L5 -> FS1-01: Derived through CC28 (105569L5: partial, FS1-01: full)"), links(derived));
    }

    @Test
    void aLongerChainShowsEveryHopOfThePath() {
        // BTEC -> NOS, NOS -> 105569L5, then 105569L5 -> FS1 (FS1-01 fully): 307 and 308 reach FS1-01 through
        // 105569L5, each with the path that related it to 105569L5.
        var unit = LoadedExamples.component(uoc, "105569L5");
        MappingSet uocToFs1 = mapping(uoc, fs1, link(unit, LoadedExamples.standard(fs1, "FS1-01"), CoverageLevel.FULL));

        CrosswalkChain chain = CrosswalkChain.compose(List.of(examples.nosMapping(), nosToUoc(), uocToFs1));
        MappingSet derived = ComposedMappingSet.create(chain, List.of("a", "b", "c"), new Date(1_750_000_000_000L));

        assertEquals(List.of(examples.nos(), uoc), chain.getThrough());
        assertEquals(List.of(
                "307 -> FS1-01: Derived through 105569L5 (307: partial, FS1-01: full)"
                        + " [307 ~ 105569L5 through CC28 (307: partial, 105569L5: partial)]",
                "308 -> FS1-01: Derived through 105569L5 (308: partial, FS1-01: full)"
                        + " [308 ~ 105569L5 through CC35 (308: partial, 105569L5: partial); CC36 (308: partial, 105569L5: full)]"),
                links(derived));
        assertTrue(derived.getTitle().endsWith(" through Contact Centre National Occupational Standards and Manage call centre operations"),
                derived.getTitle());
    }

    @Test
    void mappingsSharingNoFrameworkOrRelatingAFrameworkToItselfAreRefused() {
        MappingSet btecToFs1 = examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1_MAPPING, MappingSet.class);
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkChain.compose(List.of(uocToNos(), btecToFs1)));
        assertTrue(none.getMessage().contains(": they share no framework ("), none.getMessage());
        assertTrue(none.getMessage().contains("(functional-skills-level1.standards)"), none.getMessage());

        IllegalArgumentException itself = assertThrows(IllegalArgumentException.class,
                () -> CrosswalkChain.compose(List.of(examples.nosMapping(), examples.nosMapping())));
        assertTrue(itself.getMessage().contains("the result would relate Curriculum 600/1636/X"), itself.getMessage());
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.mapping;

import static org.curriculum.testsupport.LoadedExamples.labels;
import static org.curriculum.testsupport.LoadedExamples.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageSummary;
import org.curriculum.core.mapping.ComposedMapping;
import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.GapFill;
import org.curriculum.core.mapping.ItemRelation;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.PerformanceRequirement;
import org.curriculum.model.RequirementItem;
import org.curriculum.model.UnitOfCompetency;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BTEC units and the unit of competency "Manage call centre operations" (105569L5) related through the
 * Contact Centre NOS they both cover. The BTEC side is Annexe B as published; the 105569L5 side is a small
 * mapping made here from its performance requirement items to the NOS rows whose titles say the same:
 * 2(a).3 "Conduct capacity planning" fully covers CC36 "Manage resource planning and improvement of
 * resource allocation", 2(a).2 "Forecast call flow" partially covers CC35 "Contribute to resource plan
 * development", and 2(b).1 "Monitor calls to track operational performance" partially covers CC28
 * "Manage team and individual performance". In Annexe B, CC35 and CC36 are ticked under 308 only and CC28
 * under 307 only.
 */
class ComposedMappingTest {

    @TempDir
    Path folder;

    private LoadedExamples examples;
    private MappingSet uocMapping;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        uocMapping = uocMapping(examples);
    }

    private static MappingSet uocMapping(LoadedExamples examples) {
        Curriculum uocCurriculum = examples.root(LoadedExamples.UNIT_OF_COMPETENCY, Curriculum.class);
        UnitOfCompetency unit = (UnitOfCompetency) LoadedExamples.component(uocCurriculum, "105569L5");
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setCode("105569L5-nos");
        mapping.setSource(uocCurriculum);
        mapping.setTarget(examples.nos());
        mapping.getLinks().add(link(requirementItem(unit, "2(a).3"), examples.nos("CC36"), CoverageLevel.FULL));
        mapping.getLinks().add(link(requirementItem(unit, "2(a).2"), examples.nos("CC35"), CoverageLevel.PARTIAL));
        mapping.getLinks().add(link(requirementItem(unit, "2(b).1"), examples.nos("CC28"), CoverageLevel.PARTIAL));
        return mapping;
    }

    private static RequirementItem requirementItem(UnitOfCompetency unit, String code) {
        for (PerformanceRequirement requirement : unit.getPerformanceRequirements()) {
            for (RequirementItem item : requirement.getItems()) {
                if (code.equals(item.getCode())) {
                    return item;
                }
            }
        }
        throw new AssertionError("no requirement item " + code);
    }


    private static String describe(ItemRelation relation) {
        return ElementLabels.identifier(relation.first()) + "~" + ElementLabels.identifier(relation.second()) + " "
                + labels(relation.sharedStandards());
    }

    @Test
    void btecUnitsRelateToTheUnitOfCompetencyThroughSharedStandards() {
        ComposedMapping composed = ComposedMapping.compose(examples.nosMapping(), uocMapping);

        assertEquals(examples.nos(), composed.getSharedFramework());
        assertEquals(List.of("307~105569L5 [CC28]", "308~105569L5 [CC35, CC36]"),
                composed.getRelations().stream().map(ComposedMappingTest::describe).toList());
        assertEquals(2, composed.getRelationsOf(examples.unit("308")).get(0).strength());
        assertTrue(composed.getRelationsOf(examples.unit("301")).isEmpty());
    }

    @Test
    void theCompositionBecomesAMappingSetOfDerivedLinksWithThePathOfEach() {
        ComposedMapping composed = ComposedMapping.compose(examples.nosMapping(), uocMapping);
        MappingSet derived = ComposedMappingSet.create(composed, "annexe-b.mapping", "105569L5-nos.mapping",
                new java.util.Date(1_750_000_000_000L));

        // By hand from Annexe B: CC28 is ticked under 307 only, CC35 and CC36 under 308 only (all partial);
        // 105569L5 covers CC28 and CC35 partially and CC36 fully. So two unit-to-unit links.
        assertEquals(examples.btec(), derived.getSource());
        assertEquals(uocMapping.getSource(), derived.getTarget());
        assertEquals(List.of("307 -> 105569L5: Derived through CC28 (307: partial, 105569L5: partial)",
                "308 -> 105569L5: Derived through CC35 (308: partial, 105569L5: partial); CC36 (308: partial, 105569L5: full)"),
                derived.getLinks().stream().map(l -> ElementLabels.identifier(l.getItem()) + " -> "
                        + ElementLabels.identifier(l.getStandard()) + ": " + l.getRationale()).toList());
        for (MappingLink link : derived.getLinks()) {
            assertEquals(ComposedMappingSet.DERIVED_AUTHOR, link.getAuthor());
            assertEquals(CoverageLevel.PARTIAL, link.getCoverage());
            assertEquals(1_750_000_000_000L, link.getDate().getTime());
        }
        assertEquals("Pearson BTEC Level 3 Certificate in Contact Centre Operations (QCF) related to Manage call centre operations"
                + " through Contact Centre National Occupational Standards", derived.getTitle());
    }

    @Test
    void theUnitOfCompetencyWouldOnlyRaiseCc36ToFullCoverage() {
        ComposedMapping composed = ComposedMapping.compose(examples.nosMapping(), uocMapping);

        // Annexe B already covers every NOS partially: no gap to fill, one standard made full.
        assertTrue(composed.getGapsFilled().isEmpty());
        assertEquals(1, composed.getGapFills().size());
        GapFill fill = composed.getGapFills().get(0);
        assertEquals("CC36", fill.standard().getCode());
        assertEquals(Coverage.PARTIAL, fill.byFirst());
        assertEquals(Coverage.FULL, fill.bySecond());
        assertEquals(List.of("105569L5"), labels(fill.secondItems()));
        assertEquals(new CoverageSummary(41, 41, 1), composed.getCombinedSummary());
    }

    @Test
    void theBtecUnitsWouldFillThirtyEightGapsOfTheUnitOfCompetency() {
        ComposedMapping composed = ComposedMapping.compose(uocMapping, examples.nosMapping());

        assertEquals(List.of("105569L5~307 [CC28]", "105569L5~308 [CC35, CC36]"),
                composed.getRelations().stream().map(ComposedMappingTest::describe).toList());
        // 41 NOS less the three the unit of competency covers; none of them made full.
        List<MappableItem> gaps = composed.getGapsFilled();
        assertEquals(38, gaps.size());
        assertEquals(38, composed.getGapFills().size());
        assertEquals("CC01", ElementLabels.identifier(gaps.get(0)));
        GapFill cc09 = composed.getGapFills().stream().filter(f -> "CC09".equals(f.standard().getCode())).findFirst()
                .orElseThrow();
        assertEquals(Coverage.NONE, cc09.byFirst());
        assertEquals(Coverage.PARTIAL, cc09.bySecond());
        assertEquals(List.of("204", "205", "304"), labels(cc09.secondItems()));
        assertEquals(new CoverageSummary(41, 41, 1), composed.getCombinedSummary());
    }

    @Test
    void theSameFrameworkLoadedTwiceIsStillShared() throws Exception {
        // The same files in a second resource set: equal URIs, distinct objects.
        LoadedExamples again = LoadedExamples.load(folder);
        assertTrue(again.nos() != examples.nos());
        MappingSet uocAgain = uocMapping(again);

        ComposedMapping composed = ComposedMapping.compose(examples.nosMapping(), uocAgain);

        assertEquals(List.of("307~105569L5 [CC28]", "308~105569L5 [CC35, CC36]"),
                composed.getRelations().stream().map(ComposedMappingTest::describe).toList());
        assertEquals(List.of("CC36"), composed.getGapFills().stream().map(f -> f.standard().getCode()).toList());
    }

    @Test
    void mappingSetsAgainstDifferentFrameworksAreRefused() {
        MappingSet functionalSkills = examples.root(LoadedExamples.FS2_MAPPING, MappingSet.class);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ComposedMapping.compose(examples.nosMapping(), functionalSkills));
        assertTrue(error.getMessage().contains("they map against different frameworks"), error.getMessage());
        assertTrue(error.getMessage().contains("\"Contact Centre National Occupational Standards\" (contact-centre-nos.standards)"),
                error.getMessage());
        assertTrue(error.getMessage().contains("(functional-skills-level2.standards)"), error.getMessage());
    }
}

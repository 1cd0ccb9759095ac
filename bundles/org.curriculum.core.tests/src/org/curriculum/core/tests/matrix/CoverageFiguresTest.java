// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.matrix.CoverageFigures;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's coverage figures from the examples: Annexe B ticks all 41 Contact Centre NOS partially
 * (none fully); Annexe C level 2 leaves FS2-03, FS2-07 and FS2-09 without a tick; CC01 is covered by the
 * mandatory unit 301 (every pathway meets it), CC08 only by optional units 304 and 205.
 */
class CoverageFiguresTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    private CoverageFigures figures(MappingSet mapping) {
        return CoverageFigures.of(CoverageMatrix.compute(mapping,
                CoverageOptions.defaults().withQualification(GoverningQualification.of(mapping))));
    }

    @Test
    void annexeBCoversEveryStandardPartially() {
        CoverageFigures figures = figures(examples.root(LoadedExamples.NOS_MAPPING, MappingSet.class));
        assertEquals(new CoverageFigures(41, 0, 41, 0, null), figures);
        assertEquals("41 standards: 0 covered fully, 41 partially, 0 uncovered", figures.describe());
        assertEquals("100%", figures.percentOf(figures.partial()));
    }

    @Test
    void annexeCLevel2LeavesThreeStandardsUncovered() {
        CoverageFigures figures = figures(examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING, MappingSet.class));
        assertEquals(3, figures.uncovered());
        assertEquals(figures.standards(), figures.full() + figures.partial() + figures.uncovered());
    }

    @Test
    void guaranteedCountsTheStandardsEveryPathwayMeetsAndFollowsANewLink() {
        MappingSet mapping = examples.root(LoadedExamples.NOS_MAPPING, MappingSet.class);
        Integer guaranteed = CoverageFigures.guaranteedCount(mapping);
        assertNotNull(guaranteed);
        // The same count through the other entry of the rules service (standard -> covering components).
        long expected = PathwayAnalysis.of(GoverningQualification.of(mapping))
                .guaranteedCoverage(PathwayAnalysis.coveringComponents(mapping)).stream()
                .filter(answer -> answer.guaranteed() && !answer.coveredBy().isEmpty()).count();
        assertEquals(expected, guaranteed.longValue());
        CoverageGuarantee cc08 = PathwayAnalysis.of(GoverningQualification.of(mapping)).guaranteedCoverage(mapping)
                .stream().filter(answer -> "CC08".equals(((Standard) answer.standard()).getCode()))
                .findFirst().orElseThrow();
        assertFalse(cc08.guaranteed());
        assertEquals(41, figures(mapping).withGuaranteed(guaranteed).standards());
        assertEquals("41 standards: 0 covered fully, 41 partially, 0 uncovered, " + guaranteed + " on every pathway",
                figures(mapping).withGuaranteed(guaranteed).describe());

        // Mandatory unit 301 now covers CC08 too: every pathway meets it.
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(LoadedExamples.unit(examples.root(LoadedExamples.BTEC, Curriculum.class), "301"));
        link.setStandard(LoadedExamples.standard(examples.root(LoadedExamples.NOS, StandardsFramework.class), "CC08"));
        link.setCoverage(CoverageLevel.PARTIAL);
        mapping.getLinks().add(link);
        assertEquals(guaranteed + 1, CoverageFigures.guaranteedCount(mapping));
    }

    @Test
    void noGuaranteeWithoutRulesOfCombination() {
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setTarget(examples.root(LoadedExamples.NOS, StandardsFramework.class));
        assertNull(CoverageFigures.guaranteedCount(mapping));
    }
}

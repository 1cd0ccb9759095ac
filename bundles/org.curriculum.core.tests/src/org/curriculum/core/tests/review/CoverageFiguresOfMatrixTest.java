// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;

import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.review.CoverageFigures;
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
 * The matrix dashboard's coverage figures, read from the matrix view's tracked coverage matrix, against the
 * same figures from the coverage grid the review report reads: Annexe B ticks all 41 Contact Centre NOS
 * partially (none fully); Annexe C level 2 leaves FS2-03, FS2-07 and FS2-09 without a tick; CC08 is covered
 * only by optional units 304 and 205, so not on every pathway.
 */
class CoverageFiguresOfMatrixTest {

    @TempDir
    Path folder;
    private LoadedExamples examples;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    private static CoverageMatrix tracked(MappingSet mapping) {
        return CoverageMatrix.compute(mapping,
                CoverageOptions.defaults().withQualification(GoverningQualification.of(mapping))).track();
    }

    @Test
    void theTrackedMatrixGivesTheGridsFigures() {
        for (String file : new String[] { LoadedExamples.NOS_MAPPING, LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING }) {
            MappingSet mapping = examples.root(file, MappingSet.class);
            CoverageFigures ofGrid = CoverageFigures.of(CoverageGrid.of(mapping));
            assertEquals(ofGrid, CoverageFigures.of(tracked(mapping), CoverageFigures.guaranteed(mapping)), file);
        }
        MappingSet annexeB = examples.root(LoadedExamples.NOS_MAPPING, MappingSet.class);
        CoverageFigures figures = CoverageFigures.of(tracked(annexeB), -1);
        assertEquals(new CoverageFigures(41, 0, 41, 0, -1), figures);
        assertEquals(3, CoverageFigures.of(tracked(examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_2_MAPPING,
                MappingSet.class)), -1).uncovered());
    }

    @Test
    void theFiguresFollowAnEditAndTheGuaranteeANewLink() {
        MappingSet mapping = examples.root(LoadedExamples.NOS_MAPPING, MappingSet.class);
        CoverageMatrix matrix = tracked(mapping);
        int guaranteed = CoverageFigures.guaranteed(mapping);
        CoverageGuarantee cc08 = PathwayAnalysis.of(GoverningQualification.of(mapping)).guaranteedCoverage(mapping)
                .stream().filter(answer -> "CC08".equals(((Standard) answer.standard()).getCode())).findFirst()
                .orElseThrow();
        assertFalse(cc08.guaranteed());

        // Mandatory unit 301 now covers CC08 fully: every pathway meets it, and one standard is covered fully.
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(LoadedExamples.unit(examples.root(LoadedExamples.BTEC, Curriculum.class), "301"));
        link.setStandard(LoadedExamples.standard(examples.root(LoadedExamples.NOS, StandardsFramework.class), "CC08"));
        link.setCoverage(CoverageLevel.FULL);
        mapping.getLinks().add(link);
        assertEquals(guaranteed + 1, CoverageFigures.guaranteed(mapping));
        assertEquals(new CoverageFigures(41, 1, 40, 0, guaranteed + 1),
                CoverageFigures.of(matrix, CoverageFigures.guaranteed(mapping)));
        matrix.dispose();
    }

    @Test
    void noGuaranteeWithoutRulesOfCombination() {
        MappingSet mapping = CurriculumFactory.eINSTANCE.createMappingSet();
        mapping.setTarget(examples.root(LoadedExamples.NOS, StandardsFramework.class));
        assertEquals(-1, CoverageFigures.guaranteed(mapping));
    }
}

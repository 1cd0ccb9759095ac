// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardElement;
import org.curriculum.testsupport.LoadedExamples;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tracked matrix, edited link by link, shows exactly what a matrix computed afresh from the edited
 * mapping set shows: every cell, derived mark, total, summary and list of links.
 */
class CoverageIncrementalUpdateTest {

    private static final long SEED = 20261125L;
    private static final int EDITS = 400;

    @TempDir
    Path folder;

    private LoadedExamples examples;
    private final List<MappableItem> sourceItems = new ArrayList<>();
    private final List<MappableItem> targetItems = new ArrayList<>();

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
        // Every unit, outcome and criterion of the BTEC curriculum, and a unit from elsewhere whose links
        // the matrix must report rather than show.
        for (TreeIterator<EObject> it = examples.btec().eAllContents(); it.hasNext();) {
            if (it.next() instanceof MappableItem item && !(item instanceof org.curriculum.model.Qualification)) {
                sourceItems.add(item);
            }
        }
        sourceItems.add(LoadedExamples.component(examples.root(LoadedExamples.UNIT_OF_COMPETENCY, Curriculum.class),
                "105569L5"));
        // Every NOS, and two elements so that links to parts of a standard occur.
        for (Standard standard : examples.nos().getStandards()) {
            targetItems.add(standard);
        }
        for (String code : new String[] { "CC05", "CC30" }) {
            StandardElement element = CurriculumFactory.eINSTANCE.createStandardElement();
            element.setCode(code + ".1");
            examples.nos(code).getElements().add(element);
            targetItems.add(element);
        }
    }

    @Test
    void componentRowsStayEqualToAFullRecomputation() {
        runRandomEdits(CoverageOptions.defaults().withQualification(examples.btecQualification()));
    }

    @Test
    void criteriaRowsStayEqualToAFullRecomputation() {
        runRandomEdits(CoverageOptions.defaults().withRowDetail(RowDetail.CRITERIA)
                .withQualification(examples.btecQualification()));
    }

    private void runRandomEdits(CoverageOptions options) {
        MappingSet mappingSet = examples.nosMapping();
        CoverageMatrix tracked = CoverageMatrix.compute(mappingSet, options).track();
        Random random = new Random(SEED);
        EList<MappingLink> links = mappingSet.getLinks();
        for (int edit = 0; edit < EDITS; edit++) {
            String what;
            int choice = random.nextInt(8);
            if (links.isEmpty() || choice <= 1) {
                what = "add";
                links.add(randomLink(random));
            } else if (choice == 2) {
                what = "remove";
                links.remove(random.nextInt(links.size()));
            } else if (choice == 3) {
                what = "coverage";
                MappingLink link = links.get(random.nextInt(links.size()));
                link.setCoverage(link.getCoverage() == CoverageLevel.FULL ? CoverageLevel.PARTIAL : CoverageLevel.FULL);
            } else if (choice == 4) {
                what = "item";
                links.get(random.nextInt(links.size())).setItem(pick(random, sourceItems));
            } else if (choice == 5) {
                what = "standard";
                links.get(random.nextInt(links.size())).setStandard(pick(random, targetItems));
            } else if (choice == 6) {
                what = "add many";
                links.addAll(List.of(randomLink(random), randomLink(random), randomLink(random)));
            } else {
                what = "remove many";
                List<MappingLink> some = new ArrayList<>();
                for (int i = 0; i < 3 && i < links.size(); i++) {
                    some.add(links.get(random.nextInt(links.size())));
                }
                links.removeAll(some);
            }
            MatrixAssertions.assertSameMatrix(CoverageMatrix.compute(mappingSet, options), tracked, "after edit " + edit + " (" + what + ")");
        }
        tracked.dispose();
        // Once disposed, the matrix no longer follows the mapping set.
        int before = tracked.getLinkCount();
        links.add(randomLink(random));
        assertEquals(before, tracked.getLinkCount());
    }

    private MappingLink randomLink(Random random) {
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(pick(random, sourceItems));
        link.setStandard(pick(random, targetItems));
        link.setCoverage(random.nextBoolean() ? CoverageLevel.FULL : CoverageLevel.PARTIAL);
        link.setAuthor("random edit");
        return link;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.coverage;

import static org.curriculum.testsupport.LoadedExamples.column;
import static org.curriculum.testsupport.LoadedExamples.columnLabel;
import static org.curriculum.testsupport.LoadedExamples.columnLabels;
import static org.curriculum.testsupport.LoadedExamples.row;
import static org.curriculum.testsupport.LoadedExamples.rowLabel;
import static org.curriculum.testsupport.LoadedExamples.rowLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.curriculum.core.coverage.ColumnGroup;
import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.CoverageSummary;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.testsupport.LoadedExamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage of the BTEC Level 3 Certificate in Contact Centre Operations against the Contact Centre
 * NOS (Annexe B of seed 004) and against Functional Skills level 2 (Annexe C), checked against the
 * published grids. Expected values are counted by hand from the grids (see EXPECTED-004.md).
 */
class CoverageMatrixTest {

    private static final String[] UNITS_IN_DOCUMENT_ORDER = { "204", "205", "206", "207", "208", "301", "302", "303",
            "304", "305", "306", "307", "308", "309" };

    @TempDir
    Path folder;

    private LoadedExamples examples;

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    @Test
    void rowsAreTheUnitsInDocumentOrderAndColumnsTheFortyOneStandards() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());

        assertEquals(List.of(UNITS_IN_DOCUMENT_ORDER), rowLabels(matrix, matrix.getComponentRows()));
        assertEquals(14, matrix.getRowCount());
        assertEquals(41, matrix.getColumnCount());
        assertEquals("CC01", columnLabel(matrix, 0));
        assertEquals("CC41", columnLabel(matrix, 40));
        assertEquals(1, matrix.getColumnGroups().size(), "a flat framework has one implicit group");
        ColumnGroup group = matrix.getColumnGroups().get(0);
        assertNull(group.section());
        assertEquals("Contact Centre National Occupational Standards", group.title());
        assertEquals(41, group.columnCount());
        assertEquals(70, matrix.getLinkCount());
        assertTrue(matrix.getUnplacedLinks().isEmpty());
    }

    @Test
    void ticksPerUnitAreThoseOfAnnexeB() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());

        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("301", 3);
        expected.put("302", 4);
        expected.put("303", 0);
        expected.put("304", 5);
        expected.put("305", 5);
        expected.put("306", 14);
        expected.put("307", 3);
        expected.put("308", 7);
        expected.put("309", 4);
        expected.put("204", 5);
        expected.put("205", 11);
        expected.put("206", 9);
        expected.put("207", 0);
        expected.put("208", 0);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String unit : expected.keySet()) {
            int row = row(matrix, examples.unit(unit));
            actual.put(unit, matrix.getRowTotal(row));
            assertEquals(0, matrix.getRowFullTotal(row), "Annexe B has partial ticks only");
        }
        assertEquals(expected, actual);
        assertEquals(List.of("207", "208", "303"), rowLabels(matrix, matrix.getRowsMappingToNothing()));
    }

    @Test
    void everyStandardIsCoveredPartiallyAndNoneFully() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());

        CoverageSummary summary = matrix.getSummary();
        assertEquals(new CoverageSummary(41, 41, 0), summary);
        assertEquals(100.0, summary.coveredPercent());
        assertEquals(0.0, summary.fullyCoveredPercent());
        assertEquals(summary, matrix.getGroupSummary(0));
        assertEquals(0, matrix.getUncoveredColumns().length);
        assertEquals(41, matrix.getPartiallyCoveredOnlyColumns().length);
        IntStream.range(0, 41).forEach(column -> assertEquals(Coverage.PARTIAL, matrix.getColumnCoverage(column)));
    }

    @Test
    void columnTotalsCountTheUnitsTickedInEachNosRow() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());

        // CC09 "Use systems and technology during customer contact": ticks under 304, 204 and 205.
        int cc09 = column(matrix, examples.nos("CC09"));
        assertEquals(3, matrix.getColumnTotal(cc09));
        assertEquals(List.of("204", "205", "304"), rowLabels(matrix, matrix.getRowsCovering(cc09)));
        // The incident rows CC38..CC41 are ticked under 308, 309 and 206 as printed.
        for (String code : new String[] { "CC38", "CC39", "CC40", "CC41" }) {
            assertEquals(List.of("206", "308", "309"),
                    rowLabels(matrix, matrix.getRowsCovering(column(matrix, examples.nos(code)))), code);
        }
        // CC01..CC07 are ticked under one mandatory unit each; CC26 under 306 alone.
        for (int i = 1; i <= 7; i++) {
            assertEquals(1, matrix.getColumnTotal(column(matrix, examples.nos(String.format("CC%02d", i)))));
        }
        assertEquals(List.of("306"), rowLabels(matrix, matrix.getRowsCovering(column(matrix, examples.nos("CC26")))));
        assertEquals(70, IntStream.range(0, 41).map(matrix::getColumnTotal).sum());
    }

    @Test
    void aTickedCellIsPartialAndDirectWithItsLinkBehindIt() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping());
        int unit304 = row(matrix, examples.unit("304"));
        int cc09 = column(matrix, examples.nos("CC09"));

        assertEquals(Coverage.PARTIAL, matrix.getCoverage(unit304, cc09));
        assertFalse(matrix.isDerived(unit304, cc09));
        List<MappingLink> links = matrix.getLinks(unit304, cc09);
        assertEquals(1, links.size());
        assertEquals("Pearson (Annexe B)", links.get(0).getAuthor());
        assertEquals(List.of("CC08", "CC09", "CC10", "CC11", "CC12"),
                columnLabels(matrix, matrix.getColumnsCoveredBy(unit304)));

        int unit303 = row(matrix, examples.unit("303"));
        assertEquals(Coverage.NONE, matrix.getCoverage(unit303, cc09));
        assertTrue(matrix.getLinks(unit303, cc09).isEmpty());
    }

    @Test
    void withTheQualificationThirtyFourStandardsAreCoveredOnlyByOptionalUnits() {
        // Mandatory units 301, 302 and 303 tick CC01..CC03 (301) and CC04..CC07 (302) and nothing else,
        // so CC08..CC41 can be met only through optional units.
        CoverageMatrix matrix = CoverageMatrix.compute(examples.nosMapping(),
                CoverageOptions.defaults().withQualification(examples.btecQualification()));

        List<String> expected = new ArrayList<>();
        for (int i = 8; i <= 41; i++) {
            expected.add(String.format("CC%02d", i));
        }
        assertEquals(expected, columnLabels(matrix, matrix.getColumnsCoveredOnlyByOptional()));
        assertFalse(matrix.isCoveredOnlyByOptional(column(matrix, examples.nos("CC07"))));
        assertFalse(matrix.isOptional(row(matrix, examples.unit("301"))));
        assertTrue(matrix.isOptional(row(matrix, examples.unit("304"))));
        assertTrue(matrix.isOptional(row(matrix, examples.unit("204"))), "optional level 2 units are optional");

        CoverageMatrix withoutQualification = CoverageMatrix.compute(examples.nosMapping());
        assertFalse(withoutQualification.hasQualification());
        assertEquals(0, withoutQualification.getColumnsCoveredOnlyByOptional().length);
    }

    @Test
    void functionalSkillsColumnsAreGroupedBySectionWithASummaryPerGroup() {
        CoverageMatrix matrix = CoverageMatrix.compute(examples.root(LoadedExamples.FS2_MAPPING, MappingSet.class));

        List<String> titles = matrix.getColumnGroups().stream().map(ColumnGroup::title).toList();
        assertEquals(List.of("English – Speaking, Listening and Communication", "English – Reading", "English – Writing",
                "Mathematics – representing", "Mathematics - analysing", "Mathematics - interpreting"), titles);
        assertEquals(List.of(1, 1, 1, 3, 2, 2),
                matrix.getColumnGroups().stream().map(ColumnGroup::columnCount).toList());
        assertEquals("Mathematics – representing", matrix.getColumnGroup(3).title(), "FS2-04 is the first maths column");

        // Annexe C level 2: FS2-03 (writing), FS2-07 and FS2-09 have no tick; 7 of 10 covered.
        assertEquals(List.of("FS2-03", "FS2-07", "FS2-09"), columnLabels(matrix, matrix.getUncoveredColumns()));
        assertEquals(70.0, matrix.getSummary().coveredPercent());
        List<CoverageSummary> perGroup = IntStream.range(0, 6).mapToObj(matrix::getGroupSummary).toList();
        assertEquals(List.of(new CoverageSummary(1, 1, 0), new CoverageSummary(1, 1, 0), new CoverageSummary(1, 0, 0),
                new CoverageSummary(3, 3, 0), new CoverageSummary(2, 1, 0), new CoverageSummary(2, 1, 0)), perGroup);
        assertEquals(50.0, matrix.getGroupSummary(4).coveredPercent());

        // FS2-04 "Understand routine and non-routine problems" is ticked under 304, 307 and 308.
        assertEquals(List.of("304", "307", "308"), rowLabels(matrix, matrix.getRowsCovering(3)));
        assertEquals(5, matrix.getRowTotal(row(matrix, examples.unit("308"))));
        assertEquals(List.of("204", "205", "206", "207", "208", "305", "306", "309"),
                rowLabels(matrix, matrix.getRowsMappingToNothing()));
    }

    @Test
    void aMappingSetWithoutSourceIsRefusedWithAMessage() {
        MappingSet orphan = CurriculumFactory.eINSTANCE.createMappingSet();
        orphan.setCode("draft");
        orphan.setTarget(examples.nos());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> CoverageMatrix.compute(orphan));
        assertEquals("Mapping set draft names no source framework that can be found; set its source to the curriculum"
                + " or framework its links come from", error.getMessage());
    }

    @Test
    void rowsCanGoDownToOutcomesAndCriteria() {
        CoverageMatrix outcomes = CoverageMatrix.compute(examples.nosMapping(),
                CoverageOptions.defaults().withRowDetail(RowDetail.OUTCOMES));
        CoverageMatrix criteria = CoverageMatrix.compute(examples.nosMapping(),
                CoverageOptions.defaults().withRowDetail(RowDetail.CRITERIA));

        // 14 units with 41 learning outcomes holding 184 assessment criteria.
        assertEquals(14 + 41, outcomes.getRowCount());
        assertEquals(14 + 41 + 184, criteria.getRowCount());
        int unit301 = row(criteria, examples.unit("301"));
        // Unit 301: 2 outcomes with 3 and 8 criteria follow the unit's row.
        assertEquals(unit301 + 1 + 2 + 11, criteria.getRowEnd(unit301));
        assertEquals(1, criteria.getRowDepth(unit301 + 1));
        assertEquals("1.1", rowLabel(criteria, unit301 + 2));
        assertEquals(unit301 + 1, criteria.getRowParent(unit301 + 2));
        // Unit-level ticks do not spread down to the outcomes.
        assertEquals(3, criteria.getRowTotal(unit301));
        assertEquals(0, criteria.getRowTotal(unit301 + 1));
        assertEquals(List.of("207", "208", "303"), rowLabels(criteria, criteria.getRowsMappingToNothing()));
    }
}

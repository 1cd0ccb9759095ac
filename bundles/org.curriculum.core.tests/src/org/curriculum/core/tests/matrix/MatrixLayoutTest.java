// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.tests.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.core.matrix.CellMark;
import org.curriculum.core.matrix.HeaderGroup;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.testsupport.LoadedExamples;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumFactory;
import org.curriculum.model.MappingLink;
import org.curriculum.core.mapping.ComposedMappingSet;
import org.curriculum.core.mapping.CrosswalkChain;
import org.curriculum.model.Curriculum;
import org.curriculum.model.MappingSet;
import org.curriculum.model.provider.LabelledItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix as the view shows it, read without a display: the Annexe B grid (BTEC units against the
 * Contact Centre NOS: CC09 ticked for 304, 204 and 205; 301 has 3 ticks, 302 has 4, 303 none; 306 has
 * 14; 70 in all) and the Annexe C level 2 grid (FS2-03, FS2-07 and FS2-09 have no tick).
 */
class MatrixLayoutTest {

    private static final String UNIT_301 = "301 Principles of Personal and Organisational Effectiveness in a Contact Centre";
    private static final String UNIT_302 = "302 Principles and Processes of Health and Safety in a Contact Centre";
    private static final String UNIT_303 = "303 Principles of Personal Responsibilities and How to Develop and Evaluate own Performance at Work";
    private static final String UNIT_304 = "304 Principles and Processes of Systems and Technology in a Contact Centre (optional)";
    private static final String CC09_ROW = "CC09 Use systems and technology during customer contact in a contact centre";

    @TempDir
    Path folder;
    private LoadedExamples examples;
    /** Labels from the item providers, as the workbench's editor and matrix show them. */
    private final AdapterFactoryItemDelegator itemLabels = new AdapterFactoryItemDelegator(
            new LabelledItemProviderAdapterFactory());
    private final MatrixLayout layout = new MatrixLayout(itemLabels::getText);

    @BeforeEach
    void load() throws Exception {
        examples = LoadedExamples.load(folder);
    }

    @AfterEach
    void dispose() {
        layout.dispose();
    }

    private MatrixLayout showing(String mappingFile) {
        layout.show(examples.root(mappingFile, MappingSet.class));
        return layout;
    }

    /** What the cell under these headers shows. */
    private String cell(String rowHeader, String columnHeader) {
        int[] at = at(rowHeader, columnHeader);
        return layout.getCellText(at[0], at[1]);
    }

    private int[] at(String rowHeader, String columnHeader) {
        int column = layout.getColumnHeaders().indexOf(columnHeader);
        int row = layout.getRowHeaders().indexOf(rowHeader);
        assertTrue(column >= 0 && row >= 0, "a cell at row '" + rowHeader + "', column '" + columnHeader + "'; rows "
                + layout.getRowHeaders() + ", columns " + layout.getColumnHeaders());
        return new int[] { column, row };
    }

    private static List<String> numbers(List<String> headers) {
        return headers.stream().map(header -> header.split(" ")[0]).toList();
    }

    @Test
    void theAnnexeBGridShowsItsTicksAndTotals() {
        showing(LoadedExamples.NOS_MAPPING);
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, cell(UNIT_304, "CC09"));
        assertEquals("3", cell(UNIT_301, MatrixLayout.ROW_TOTALS), "unit 301 covers 3 standards");
        assertEquals("3", cell(MatrixLayout.COLUMN_TOTALS, "CC09"), "CC09 is covered by 304, 204 and 205");
        assertEquals("70", cell(MatrixLayout.COLUMN_TOTALS, MatrixLayout.ROW_TOTALS));
        assertEquals(14 + 1, layout.getRowHeaders().size(), "fourteen units and the totals row");
        assertEquals(41 + 1, layout.getColumnHeaders().size());
        assertTrue(layout.getSummary().startsWith("annexe-b Annexe B: National Occupational Standards mapping: "
                + "14 items x 41 standards, 70 links, 0 standards uncovered (100% covered)"), layout.getSummary());

        int[] ticked = at(UNIT_304, "CC09");
        assertEquals(CellMark.PARTIAL, layout.getCellMark(ticked[0], ticked[1]));
        int[] empty = at(UNIT_301, "CC09");
        assertEquals(CellMark.NONE, layout.getCellMark(empty[0], empty[1]));
        int[] total = at(UNIT_301, MatrixLayout.ROW_TOTALS);
        assertEquals(CellMark.TOTAL, layout.getCellMark(total[0], total[1]));
        MappingLink tick = layout.getDirectLink(ticked[0], ticked[1]);
        assertSame(examples.unit("304"), tick.getItem(), "the tick is 304's own link");
        assertSame(examples.nos("CC09"), tick.getStandard());
        assertNull(layout.getDirectLink(empty[0], empty[1]), "an empty cell has no link");
    }

    @Test
    void mandatoryUnitsComeFirstUnderTheirGroupHeaders() {
        showing(LoadedExamples.FS2_MAPPING);
        // 301-303 mandatory first, then the optional units in the document's order (204-208, then 304-309).
        assertEquals(List.of("301", "302", "303", "204", "205", "206", "207", "208", "304", "305", "306", "307", "308",
                "309", "Items"), numbers(layout.getRowHeaders()));
        assertEquals(List.of(new HeaderGroup(MatrixLayout.MANDATORY_GROUP, 0, 3),
                new HeaderGroup(MatrixLayout.OPTIONAL_GROUP, 3, 11)), layout.getRowGroups());
        assertTrue(layout.hasQualification(), "the BTEC qualification's rules govern the rows");
    }

    @Test
    void standardsAreGroupedBySectionWithTheirShareCoveredAndGapsStandOut() {
        showing(LoadedExamples.FS2_MAPPING);
        assertTrue(layout.getSummary().contains("3 standards uncovered (70% covered)"), layout.getSummary());
        List<String> groups = layout.getColumnGroups().stream().map(HeaderGroup::name).toList();
        assertTrue(groups.contains("English – Writing: 0% covered"), groups.toString());
        assertTrue(groups.contains("Mathematics - analysing: 50% covered"), groups.toString());
        assertTrue(groups.contains("English – Reading: 100% covered"), groups.toString());
        HeaderGroup analysing = layout.getColumnGroups().get(groups.indexOf("Mathematics - analysing: 50% covered"));
        assertEquals(List.of("FS2-07", "FS2-08"), layout.getColumnHeaders().subList(analysing.start(),
                analysing.start() + analysing.span()));

        int writing = layout.getColumnHeaders().indexOf("FS2-03");
        int reading = layout.getColumnHeaders().indexOf("FS2-02");
        assertTrue(layout.isUncoveredColumn(writing), "the header of uncovered FS2-03 stands out");
        assertFalse(layout.isUncoveredColumn(reading));
        assertEquals(CellMark.UNCOVERED_TOTAL, layout.getCellMark(writing, layout.getRowCount()));
        assertEquals(CellMark.TOTAL, layout.getCellMark(reading, layout.getRowCount()));
        assertEquals("0", cell(MatrixLayout.COLUMN_TOTALS, "FS2-03"));

        layout.setUncoveredOnly(true);
        assertEquals(List.of("FS2-03", "FS2-07", "FS2-09", MatrixLayout.ROW_TOTALS), layout.getColumnHeaders());
    }

    @Test
    void theTextFilterAndTheMandatoryFilterKeepMatchingUnits() {
        showing(LoadedExamples.NOS_MAPPING);
        layout.setTextFilter("  INCIDENT ");
        assertEquals(List.of("207 Principles of Handling Incidents through a Contact Centre (optional)",
                "309 Principles of Incident Management through a Contact Centre (optional)", MatrixLayout.COLUMN_TOTALS),
                layout.getRowHeaders());
        assertEquals("4", cell("309 Principles of Incident Management through a Contact Centre (optional)", "Total"));
        assertEquals("0", cell("207 Principles of Handling Incidents through a Contact Centre (optional)", "Total"));

        layout.setTextFilter("");
        layout.setMandatoryOnly(true);
        assertEquals(List.of(UNIT_301, UNIT_302, UNIT_303, MatrixLayout.COLUMN_TOTALS), layout.getRowHeaders());
        assertEquals("4", cell(UNIT_302, "Total"));
        assertEquals(List.of(new HeaderGroup(MatrixLayout.MANDATORY_GROUP, 0, 3)), layout.getRowGroups());
    }

    @Test
    void theTextFilterReadsARenamedUnitOnceTheMatrixIsComputedAgain() {
        showing(LoadedExamples.NOS_MAPPING);
        layout.setTextFilter("incident");
        assertEquals(3, layout.getRowHeaders().size(), "207 and 309, then the totals");
        examples.unit("301").setTitle("Incident Readiness in a Contact Centre");
        layout.recompute();
        assertEquals(List.of("301", "207", "309", "Items"), numbers(layout.getRowHeaders()),
                "the renamed mandatory unit now matches, first");
    }

    @Test
    void theLevelFilterOffersTheUnitsLevelsAndKeepsOne() {
        showing(LoadedExamples.NOS_MAPPING);
        assertEquals(List.of(2, 3), layout.getLevels());
        layout.setLevel(2);
        assertEquals(List.of("204", "205", "206", "207", "208", "Items"), numbers(layout.getRowHeaders()));
        layout.setLevel(null);
        assertEquals(15, layout.getRowHeaders().size());
    }

    @Test
    void standardsInRowsSwapTheAxesTheirTotalsAndTheirGroups() {
        showing(LoadedExamples.NOS_MAPPING);
        layout.setOrientation(GridOrientation.STANDARDS_IN_ROWS);
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, cell(CC09_ROW, "304"));
        assertEquals("", cell(CC09_ROW, "301"));
        assertEquals("3", cell(CC09_ROW, "Total"), "CC09 is covered by 304, 204 and 205");
        assertEquals("14", cell(MatrixLayout.TRANSPOSED_COLUMN_TOTALS, "306"), "306 has 14 ticks");
        assertEquals(41 + 1, layout.getRowHeaders().size());
        assertEquals(List.of("301", "302", "303"), layout.getColumnHeaders().subList(0, 3));
        assertEquals(MatrixLayout.MANDATORY_GROUP, layout.getColumnGroups().get(0).name(),
                "the units' groups move across with them");
        assertTrue(layout.getRowGroups().get(0).name().endsWith("% covered"), layout.getRowGroups().toString());
        int[] cc09 = at(CC09_ROW, "304");
        assertEquals("CC09", layout.getStandard(cc09[0], cc09[1]).getCode());

        layout.setOrientation(GridOrientation.ITEMS_IN_ROWS);
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, cell(UNIT_304, "CC09"));
    }

    @Test
    void rowsDownToOutcomesAreIndentedUnderTheirUnit() {
        showing(LoadedExamples.NOS_MAPPING);
        layout.setRowDetail(RowDetail.OUTCOMES);
        List<String> rows = layout.getRowHeaders();
        int unit301 = rows.indexOf(UNIT_301);
        assertTrue(unit301 >= 0, rows.toString());
        assertTrue(rows.get(unit301 + 1).startsWith("    "), "an outcome of 301 follows it, indented: " + rows.get(unit301 + 1));
        assertTrue(rows.size() > 15, rows.size() + " rows");
        assertEquals("3", cell(UNIT_301, "Total"), "the unit still counts its own ticks");
    }

    @Test
    void aFrameworkToFrameworkMappingSaysPathwayQuestionsDoNotApply() {
        MappingSet fs1ToNos = CurriculumFactory.eINSTANCE.createMappingSet();
        fs1ToNos.setSource(examples.root(LoadedExamples.FUNCTIONAL_SKILLS_LEVEL_1, org.curriculum.model.StandardsFramework.class));
        fs1ToNos.setTarget(examples.nos());
        layout.show(fs1ToNos);

        assertTrue(layout.getSummary().endsWith(": 9 items x 41 standards, 0 links, 41 standards uncovered (0% covered); "
                + "no rules of combination in the source: mandatory units and pathway questions do not apply"),
                layout.getSummary());
        assertFalse(layout.hasQualification());
        showing(LoadedExamples.NOS_MAPPING);
        assertFalse(layout.getSummary().contains(MatrixLayout.NO_PATHWAYS), layout.getSummary());
    }

    @Test
    void theToolTipOfAComposedLinkSaysWhatItIsDerivedVia() {
        // Annexe B composed with a one-link crosswalk 105569L5 -> CC28 (partial): CC28 is ticked under 307 only
        Curriculum uoc = examples.root(LoadedExamples.UNIT_OF_COMPETENCY, Curriculum.class);
        MappingSet crosswalk = CurriculumFactory.eINSTANCE.createMappingSet();
        crosswalk.setSource(uoc);
        crosswalk.setTarget(examples.nos());
        crosswalk.getLinks().add(LoadedExamples.link(LoadedExamples.component(uoc, "105569L5"), examples.nos("CC28"),
                CoverageLevel.PARTIAL));
        MappingSet derived = ComposedMappingSet.create(CrosswalkChain.compose(List.of(examples.nosMapping(), crosswalk)),
                List.of("annexe-b.mapping", "crosswalk.mapping"), new java.util.Date());
        layout.show(derived);
        String row = layout.getRowHeaders().stream().filter(header -> header.startsWith("307 ")).findFirst().orElseThrow();
        String column = layout.getColumnHeaders().stream().filter(header -> header.startsWith("105569L5")).findFirst()
                .orElseThrow();
        int[] at = at(row, column);

        String tip = layout.getToolTip(at[0], at[1]);

        assertTrue(tip.contains("Composed: derived via CC28 (307: partial, 105569L5: partial), unreviewed; confirm it by"
                + " putting your name as its author, or delete it"), tip);
        // the composed mapping's source is the BTEC curriculum, whose qualification has rules of combination
        assertFalse(layout.getSummary().contains(MatrixLayout.NO_PATHWAYS), layout.getSummary());
        // a link someone typed is not marked
        showing(LoadedExamples.NOS_MAPPING);
        int[] typed = at(UNIT_304, "CC09");
        assertFalse(layout.getToolTip(typed[0], typed[1]).contains("Composed:"));
    }

    @Test
    void theToolTipNamesTheCoverageAndTheLinksBehindACell() {
        showing(LoadedExamples.NOS_MAPPING);
        int[] covered = at(UNIT_304, "CC09");
        String tip = layout.getToolTip(covered[0], covered[1]);
        assertTrue(tip.contains("Coverage: partial"), tip);
        assertTrue(tip.contains("Derived: no"), tip);
        assertTrue(tip.contains("Author: Pearson (Annexe B)"), tip);
        assertTrue(tip.contains("Rationale: (none given)"), tip);
        int[] empty = at(UNIT_301, "CC09");
        String none = layout.getToolTip(empty[0], empty[1]);
        assertTrue(none.contains("Coverage: none"), none);
        assertFalse(none.contains("Author:"), none);
        int[] total = at(UNIT_301, "Total");
        assertNull(layout.getToolTip(total[0], total[1]), "a total has no tooltip");
    }

    @Test
    void aLinkAddedToTheModelShowsAfterRefilterWithoutANewMatrix() {
        MappingSet mapping = showing(LoadedExamples.NOS_MAPPING).getMapping();
        var matrix = layout.getMatrix();
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(examples.unit("301"));
        link.setStandard(examples.nos("CC09"));
        link.setCoverage(CoverageLevel.FULL);
        mapping.getLinks().add(link);
        layout.refilter();
        assertSame(matrix, layout.getMatrix(), "the tracked matrix followed the edit");
        assertEquals(MatrixLayout.FULL_SYMBOL, cell(UNIT_301, "CC09"));
        assertEquals("4", cell(UNIT_301, "Total"));
        assertEquals("71", cell(MatrixLayout.COLUMN_TOTALS, "Total"));
    }

    @Test
    void aSectionsHeaderFollowsALinkToItsStandard() {
        MappingSet mapping = showing(LoadedExamples.FS2_MAPPING).getMapping();
        int[] writing = at(UNIT_301, "FS2-03");
        MappingLink link = CurriculumFactory.eINSTANCE.createMappingLink();
        link.setItem(examples.unit("301"));
        link.setStandard(layout.getStandard(writing[0], writing[1]));
        mapping.getLinks().add(link);
        layout.refilter();
        List<String> groups = layout.getColumnGroups().stream().map(HeaderGroup::name).toList();
        assertTrue(groups.contains("English – Writing: 100% covered"), groups.toString());
        assertFalse(groups.contains("English – Writing: 0% covered"), groups.toString());
        assertTrue(groups.contains("Mathematics - analysing: 50% covered"), "other sections keep their share: " + groups);
    }

    @Test
    void withoutAMappingTheLayoutIsEmptyAndSaysWhatToOpen() {
        layout.show(null);
        assertEquals(MatrixLayout.NO_MAPPING, layout.getSummary());
        assertEquals(0, layout.getRowCount());
        assertEquals(0, layout.getColumnCount());
        assertEquals("", layout.getCellText(0, 0));
        assertTrue(layout.getRowGroups().isEmpty() && layout.getColumnGroups().isEmpty());
    }
}

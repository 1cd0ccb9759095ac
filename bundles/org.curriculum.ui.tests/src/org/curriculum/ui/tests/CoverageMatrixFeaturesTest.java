// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingLink;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.matrix.MatrixCellLabels;
import org.curriculum.ui.internal.matrix.MatrixFilterBar;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The matrix beyond clicking one cell: tooltips, typed rationale, filling a block of cells, column
 * groups by framework section, the level filter, transposing, more row detail, selection sync with the
 * editor and export to Excel. Expected values are from the seeds: Annexe B (70 partial ticks by "Pearson
 * (Annexe B)", CC09 ticked for 304, 204 and 205, 302 has 4 ticks and 303 none) and Annexe C level 2 (FS2-03,
 * FS2-07 and FS2-09 have no tick; English – Writing holds only FS2-03, Mathematics - analysing holds
 * FS2-07 and FS2-08).
 */
class CoverageMatrixFeaturesTest {

    private static final String ANNEXE_B = "btec-l3-contact-centre-nos.mapping";
    private static final String ANNEXE_C_LEVEL_2 = "btec-l3-functional-skills-level2.mapping";
    private static final String UNIT_301 = "301 Principles of Personal and Organisational Effectiveness in a Contact Centre";
    private static final String UNIT_302 = "302 Principles and Processes of Health and Safety in a Contact Centre";
    private static final String UNIT_303 = "303 Principles of Personal Responsibilities and How to Develop and Evaluate own Performance at Work";
    private static final String UNIT_304 = "304 Principles and Processes of Systems and Technology in a Contact Centre (optional)";
    private static final String CC09_ROW = "CC09 Use systems and technology during customer contact in a contact centre";

    @TempDir
    Path folder;
    private MatrixDriver driver;

    private MatrixDriver open(String mappingFile) throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        driver = MatrixDriver.open(folder, mappingFile);
        return driver;
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.close();
        }
    }

    @Test
    void theTooltipShowsCoverageDerivationAndTheLinksBehindACell() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        String covered = m.tooltip(UNIT_304, "CC09");
        assertTrue(covered.contains("Coverage: partial"), covered);
        assertTrue(covered.contains("Derived: no"), covered);
        assertTrue(covered.contains("Author: Pearson (Annexe B)"), covered);
        assertTrue(covered.contains("Rationale: (none given)"), covered);
        String empty = m.tooltip(UNIT_301, "CC09");
        assertTrue(empty.contains("Coverage: none"), empty);
        assertFalse(empty.contains("Author:"), empty);

        // The same text is what opens when the pointer rests on the cell.
        maximizeMatrix(true);
        try {
            String shown = m.hover(UNIT_304, "CC09");
            assertTrue(shown.contains("Coverage: partial"), shown);
            assertTrue(shown.contains("Author: Pearson (Annexe B)"), shown);
            screenshot("matrix-tooltip", () -> window().getShell());
            m.leave();
        } finally {
            maximizeMatrix(false);
        }
    }

    private static void maximizeMatrix(boolean maximized) {
        uiRun(() -> {
            IWorkbenchPage page = WorkbenchFixture.page();
            page.setPartState(page.findViewReference(CurriculumUi.MATRIX_VIEW_ID),
                    maximized ? IWorkbenchPage.STATE_MAXIMIZED : IWorkbenchPage.STATE_RESTORED);
        });
        settle();
    }

    @Test
    void aLinkOfAnOutcomeRollsUpToItsUnitAsDerivedCoverage() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.choose(ui(m.view::rowDetail), "Units and outcomes");
        List<String> rows = ui(m.view::rowHeaders);
        String outcome = rows.get(rows.indexOf(UNIT_303) + 1);
        assertTrue(outcome.startsWith("    "), "the first outcome of 303: " + outcome);
        int[] cell = m.bodyCell(outcome, "CC01");
        uiRun(() -> m.matrix.cycle(cell[0], cell[1]));
        settle();
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, m.cell(outcome, "CC01"));
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, m.cell(UNIT_303, "CC01"), "303 is covered through its outcome");
        assertEquals("1", m.cell(UNIT_303, "Total"));
        String unitTip = m.tooltip(UNIT_303, "CC01");
        assertTrue(unitTip.contains("Derived: yes"), unitTip);
        assertTrue(m.tooltip(outcome, "CC01").contains("Derived: no"));
        // A unit and its own outcome are not counted twice: CC01 was covered by 301 alone.
        assertEquals("2", m.cell(MatrixLayout.COLUMN_TOTALS, "CC01"));
    }

    @Test
    void aTypedRationaleIsAppliedAsAnUndoableCommand() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.select(UNIT_301, "CC09", UNIT_301, "CC09");
        assertFalse(ui(() -> m.view.rationaleField().isEnabled()), "an empty cell has no link to explain");

        m.select(UNIT_304, "CC09", UNIT_304, "CC09");
        assertTrue(ui(() -> m.view.rationaleField().isEnabled()));
        uiRun(() -> {
            m.view.rationaleField().setText("Unit 304 teaches the systems used during customer contact");
            m.view.applyRationale().notifyListeners(SWT.Selection, new Event());
        });
        settle();
        String tooltip = m.tooltip(UNIT_304, "CC09");
        assertTrue(tooltip.contains("Rationale: Unit 304 teaches the systems used during customer contact"), tooltip);
        assertTrue(ui(m.editor::isDirty));

        m.undo();
        tooltip = m.tooltip(UNIT_304, "CC09");
        assertTrue(tooltip.contains("Rationale: (none given)"), tooltip);
    }

    @Test
    void fillingABlockOfCellsIsOneUndo() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.select(UNIT_302, "CC01", UNIT_303, "CC03");
        uiRun(() -> m.matrix.fillSelection(org.curriculum.core.coverage.Coverage.FULL));
        settle();
        for (String row : List.of(UNIT_302, UNIT_303)) {
            for (String column : List.of("CC01", "CC02", "CC03")) {
                assertEquals(MatrixLayout.FULL_SYMBOL, m.cell(row, column), row + " / " + column);
            }
        }
        assertEquals("3", m.cell(UNIT_303, "Total"), "303 had no tick and now covers CC01..CC03");

        m.select(UNIT_302, "CC01", UNIT_303, "CC03");
        uiRun(() -> m.matrix.fillSelection(org.curriculum.core.coverage.Coverage.NONE));
        settle();
        for (String row : List.of(UNIT_302, UNIT_303)) {
            for (String column : List.of("CC01", "CC02", "CC03")) {
                assertEquals("", m.cell(row, column), row + " / " + column);
            }
        }
        assertEquals("0", m.cell(UNIT_303, "Total"));

        m.undo();
        assertEquals(MatrixLayout.FULL_SYMBOL, m.cell(UNIT_302, "CC02"), "one undo brings the whole block back");
        assertEquals(MatrixLayout.FULL_SYMBOL, m.cell(UNIT_303, "CC03"));
        m.undo();
        assertEquals("4", m.cell(UNIT_302, "Total"), "302's own 4 ticks, as published");
        assertEquals("0", m.cell(UNIT_303, "Total"));
        assertEquals("70", m.cell(MatrixLayout.COLUMN_TOTALS, "Total"));
    }

    @Test
    void columnsAreGroupedBySectionWithTheirCoverageAndGapsAreHighlighted() throws Exception {
        MatrixDriver m = open(ANNEXE_C_LEVEL_2);
        screenshot("matrix-groups", () -> window().getShell());
        assertTrue(ui(m.view::summary).contains("3 standards uncovered (70% covered)"), ui(m.view::summary));
        int[] writing = m.position(MatrixLayout.COLUMN_TOTALS, "FS2-03");
        int[] analysing = m.position(MatrixLayout.COLUMN_TOTALS, "FS2-07");
        int[] reading = m.position(MatrixLayout.COLUMN_TOTALS, "FS2-02");
        assertEquals("English – Writing: 0% covered", ui(() -> m.table.getDataValueByPosition(writing[0], 0)));
        assertEquals("Mathematics - analysing: 50% covered", ui(() -> m.table.getDataValueByPosition(analysing[0], 0)));
        assertEquals("English – Reading: 100% covered", ui(() -> m.table.getDataValueByPosition(reading[0], 0)));
        assertTrue(ui(() -> m.table.getConfigLabelsByPosition(writing[0], 1).hasLabel(MatrixCellLabels.GAP)),
                "the header of uncovered FS2-03 is highlighted");
        assertFalse(ui(() -> m.table.getConfigLabelsByPosition(reading[0], 1).hasLabel(MatrixCellLabels.GAP)));
        assertEquals("0", m.cell(MatrixLayout.COLUMN_TOTALS, "FS2-03"));

        // Rows are grouped by the qualification's rules: 301-303 mandatory first, then the optional units in
        // the document's order (204-208, then 304-309). Each position is read before the next reveal scrolls.
        List<String> numbers = ui(m.view::rowHeaders).stream().map(header -> header.split(" ")[0]).toList();
        assertEquals(List.of("301", "302", "303", "204", "205", "206", "207", "208", "304", "305", "306", "307", "308",
                "309", "Items"), numbers);
        int[] unit301 = m.position(UNIT_301, "FS2-01");
        assertEquals(MatrixLayout.MANDATORY_GROUP, ui(() -> m.table.getDataValueByPosition(0, unit301[1])));
        int[] unit304 = m.position(UNIT_304, "FS2-01");
        assertEquals(MatrixLayout.OPTIONAL_GROUP, ui(() -> m.table.getDataValueByPosition(0, unit304[1])));

        m.toggle(ui(m.view::gapsOnly));
        assertEquals(List.of("FS2-03", "FS2-07", "FS2-09", MatrixLayout.ROW_TOTALS), ui(m.view::columnHeaders));
    }

    @Test
    void theLevelFilterTransposeAndRowDetailChangeWhatIsShown() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.choose(ui(m.view::levelFilter), "Level 2");
        List<String> numbers = ui(m.view::rowHeaders).stream().map(header -> header.split(" ")[0]).toList();
        assertEquals(List.of("204", "205", "206", "207", "208", "Items"), numbers);
        m.choose(ui(m.view::levelFilter), MatrixFilterBar.ALL_LEVELS);

        m.toggle(ui(m.view::transpose));
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, m.cell(CC09_ROW, "304"));
        assertEquals("", m.cell(CC09_ROW, "301"));
        assertEquals("3", m.cell(CC09_ROW, "Total"), "CC09 is covered by 304, 204 and 205");
        assertEquals("14", m.cell(MatrixLayout.TRANSPOSED_COLUMN_TOTALS, "306"), "306 has 14 ticks");
        assertEquals(41 + 1, ui(m.view::rowHeaders).size());
        m.toggle(ui(m.view::transpose));

        m.choose(ui(m.view::rowDetail), "Units and outcomes");
        List<String> rows = ui(m.view::rowHeaders);
        int unit301 = rows.indexOf(UNIT_301);
        assertTrue(unit301 >= 0, rows.toString());
        assertTrue(rows.get(unit301 + 1).startsWith("    "), "an outcome of 301 follows it, indented: " + rows.get(unit301 + 1));
        assertTrue(rows.size() > 15, rows.size() + " rows");
        assertEquals("3", m.cell(UNIT_301, "Total"), "the unit still counts its own ticks");
    }

    @Test
    void selectingACellSelectsItsLinkInTheEditor() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.select(UNIT_304, "CC09", UNIT_304, "CC09");
        Object selected = ui(() -> m.editor.getTreeViewer().getStructuredSelection().getFirstElement());
        MappingLink link = (MappingLink) selected;
        assertEquals("304", ((CurriculumComponent) link.getItem()).getNumber());
        assertEquals("CC09", link.getStandard().getCode());
        assertEquals(1, ui(() -> m.editor.getTreeViewer().getStructuredSelection().size()));
    }

    /**
     * The view's selection is the selected cell's link, and the property sheet page it gives the
     * Properties view shows that link's fields. (The page is driven here in a shell of its own: in the
     * test workbench the Properties view shares a folder with the matrix and ignores selections while
     * hidden behind it.)
     */
    @Test
    void thePropertiesPageShowsTheSelectedCellsLink() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        m.select(UNIT_304, "CC09", UNIT_304, "CC09");
        Object selected = ui(() -> ((IStructuredSelection) m.matrix.getSite().getSelectionProvider().getSelection())
                .getFirstElement());
        assertEquals("CC09", ((MappingLink) selected).getStandard().getCode());
        Shell shell = ui(() -> new Shell(window().getShell()));
        try {
            String author = ui(() -> {
                IPropertySheetPage page = m.matrix.getAdapter(IPropertySheetPage.class);
                page.createControl(shell);
                page.selectionChanged(m.matrix, m.matrix.getSite().getSelectionProvider().getSelection());
                return find(((Tree) page.getControl()).getItems(), "Author");
            });
            assertEquals("Pearson (Annexe B)", author);
        } finally {
            uiRun(shell::dispose);
        }
    }

    private static String find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (name.equals(item.getText(0))) {
                return item.getText(1);
            }
            String below = find(item.getItems(), name);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    void exportToExcelWritesTheCoverageGridTheCommandLineWrites() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        // With standards as rows the workbook has the council layout: standards down, units across.
        m.toggle(ui(m.view::transpose));
        Path file = folder.resolve("annexe-b-grid.xlsx");
        uiRun(() -> m.matrix.exportToExcel(file));
        assertTrue(Files.isRegularFile(file), "the workbook was written");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet grid = workbook.getSheet("Coverage grid");
            assertNotNull(grid, "the workbook has the coverage grid sheet");
            assertEquals("Annexe B: National Occupational Standards mapping", text(grid.getRow(0), 1));
            int unit304 = -1;
            for (Cell header : grid.getRow(10)) {
                if (text(grid.getRow(10), header.getColumnIndex()).startsWith("304\n")) {
                    unit304 = header.getColumnIndex();
                }
            }
            assertTrue(unit304 > 0, "a column for unit 304");
            Row cc09 = null;
            for (Row row : grid) {
                if ("CC09".equals(text(row, 1))) {
                    cc09 = row;
                }
            }
            assertNotNull(cc09, "a row for CC09");
            assertEquals("\u2713", text(cc09, unit304), "CC09 is ticked for 304");
        }
        try (var leftovers = Files.list(folder)) {
            assertEquals(0, leftovers.filter(path -> path.toString().endsWith(".part")).count(), "no partial file is left");
        }
    }

    @Test
    void aFailedExportSaysWhichFileAndWhatToDo() throws Exception {
        MatrixDriver m = open(ANNEXE_B);
        Path nowhere = folder.resolve("no such folder").resolve("grid.xlsx");
        uiRun(() -> m.matrix.exportToExcel(nowhere));
        waitInUi(() -> MatrixDriver.dialog("Export to Excel failed") != null, "the error dialog");
        String message = ui(() -> MatrixDriver.texts(MatrixDriver.dialog("Export to Excel failed")));
        uiRun(() -> MatrixDriver.dialog("Export to Excel failed").close());
        assertTrue(message.contains("could not be written to " + nowhere), message);
        assertTrue(message.contains("Check that the folder exists"), message);
        assertTrue(message.contains("does not exist"), message);
        assertFalse(message.contains("Exception"), "no stack trace or exception name: " + message);
        assertFalse(Files.exists(nowhere));
    }

    private static String text(Row row, int column) {
        if (row == null || row.getCell(column) == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return switch (cell.getCellType()) {
        case STRING -> cell.getStringCellValue();
        case NUMERIC -> String.valueOf((int) cell.getNumericCellValue());
        default -> "";
        };
    }
}

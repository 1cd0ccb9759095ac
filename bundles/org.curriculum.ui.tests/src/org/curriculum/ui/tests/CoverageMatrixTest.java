// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.screenshot;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Annexe B matrix (BTEC units against the Contact Centre NOS): what the cells and totals show,
 * and what a click does. Expected values are from the seed's grid: CC09 is ticked for 304, 204 and
 * 205; unit 301 has 3 ticks; 70 ticks in all.
 */
class CoverageMatrixTest {

    private static final String UNIT_301 = "301 Principles of Personal and Organisational Effectiveness in a Contact Centre";

    @TempDir
    Path folder;
    private CurriculumEditor editor;
    private CoverageMatrixView matrix;
    private NatTable table;

    @BeforeEach
    void openMapping() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        editor = ui(() -> {
            try {
                return CurriculumEditor.open(page(), folder.resolve("btec-l3-contact-centre-nos.mapping"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        matrix = ui(() -> {
            try {
                CoverageMatrixView view = (CoverageMatrixView) page().showView(CurriculumUi.MATRIX_VIEW_ID);
                page().activate(editor);
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        table = ui(matrix::getNatTable);
        settle();
        waitInUi(() -> matrix.getSummary().contains("70 links"), "the matrix to show the mapping");
    }

    @AfterEach
    void closeWithoutSaving() {
        uiRun(() -> page().closeEditor(editor, false));
    }

    /** The grid position (column, row) of the cell in the row and column with these header texts. */
    private int[] position(String rowHeader, String columnHeader) {
        return ui(() -> {
            int column = -1;
            int row = -1;
            for (int c = 1; c < table.getColumnCount(); c++) {
                if (columnHeader.equals(table.getDataValueByPosition(c, 0))) {
                    column = c;
                }
            }
            for (int r = 1; r < table.getRowCount(); r++) {
                if (rowHeader.equals(table.getDataValueByPosition(0, r))) {
                    row = r;
                }
            }
            if (column < 0 || row < 0) {
                throw new AssertionError("no cell at row '" + rowHeader + "', column '" + columnHeader + "'");
            }
            return new int[] { column, row };
        });
    }

    private String cell(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        return ui(() -> String.valueOf(table.getDataValueByPosition(at[0], at[1])));
    }

    /** Clicks a cell the way a user does: mouse down and up at its centre. */
    private void click(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        String before = cell(rowHeader, columnHeader);
        uiRun(() -> {
            Rectangle bounds = table.getBoundsByPosition(at[0], at[1]);
            for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
                Event event = new Event();
                event.button = 1;
                event.count = 1;
                event.x = bounds.x + bounds.width / 2;
                event.y = bounds.y + bounds.height / 2;
                table.notifyListeners(type, event);
            }
        });
        waitInUi(() -> !before.equals(String.valueOf(table.getDataValueByPosition(at[0], at[1]))),
                "the clicked cell to change");
        settle();
    }

    @Test
    void showsTheAnnexeBGridWithTotals() throws Exception {
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals(CoverageMatrixView.PARTIAL_SYMBOL,
                cell("304 Principles and Processes of Systems and Technology in a Contact Centre", "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"), "unit 301 covers 3 standards");
        assertEquals("3", cell("Items covering the standard", "CC09"), "CC09 is covered by 304, 204 and 205");
        assertEquals("70", cell("Items covering the standard", "Total"));
        assertTrue(ui(matrix::getSummary).contains("14 items x 41 standards"), ui(matrix::getSummary));
        screenshot("matrix", () -> window().getShell());
    }

    @Test
    void clickingACellCyclesCoverageAndUpdatesTotals() {
        click(UNIT_301, "CC09");
        assertEquals(CoverageMatrixView.PARTIAL_SYMBOL, cell(UNIT_301, "CC09"));
        assertEquals("4", cell(UNIT_301, "Total"));
        assertEquals("4", cell("Items covering the standard", "CC09"));
        assertEquals("71", cell("Items covering the standard", "Total"));
        assertTrue(ui(editor::isDirty), "the mapping editor is dirty");

        click(UNIT_301, "CC09");
        assertEquals(CoverageMatrixView.FULL_SYMBOL, cell(UNIT_301, "CC09"));
        assertEquals("4", cell(UNIT_301, "Total"));

        click(UNIT_301, "CC09");
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"));

        // Undo walks back through the levels: full, partial, none.
        uiRun(() -> page().activate(editor));
        undo();
        assertEquals(CoverageMatrixView.FULL_SYMBOL, cell(UNIT_301, "CC09"));
        undo();
        assertEquals(CoverageMatrixView.PARTIAL_SYMBOL, cell(UNIT_301, "CC09"));
        undo();
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"));
    }

    @Test
    void theFilterKeepsMatchingItems() {
        uiRun(() -> matrix.getSearchField().setText("incident"));
        settle();
        // Row header plus unit 309 (incident management) plus the totals row.
        assertEquals(3, ui(table::getRowCount));
        assertEquals("4", cell("309 Principles of Incident Management through a Contact Centre", "Total"));
    }

    private void undo() {
        uiRun(() -> {
            try {
                window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        waitInUi(() -> true, "undo");
        settle();
    }
}

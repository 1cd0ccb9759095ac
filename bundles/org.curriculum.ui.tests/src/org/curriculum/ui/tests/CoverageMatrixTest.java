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
import java.util.List;

import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
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
    private MatrixViewProbe matrix;
    private NatTable table;

    @BeforeEach
    void openMapping() throws Exception {
        WorkbenchFixture.examplesCopy(folder);
        editor = WorkbenchFixture.openEditor(folder.resolve("btec-l3-contact-centre-nos.mapping"));
        matrix = ui(() -> {
            try {
                CoverageMatrixView view = (CoverageMatrixView) page().showView(CurriculumUi.MATRIX_VIEW_ID);
                page().activate(editor);
                return new MatrixViewProbe(view);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        table = ui(matrix::table);
        // The view outlives editors and keeps its filters; start every test unfiltered.
        resetFilters(matrix);
        settle();
        waitInUi(() -> matrix.summary().contains("70 links"), "the matrix to show the mapping");
    }

    @AfterEach
    void closeWithoutSaving() {
        uiRun(() -> page().closeEditor(editor, false));
    }

    /** The table position (column, row) of the cell in the row and column with these header texts, scrolled into view. */
    private int[] position(String rowHeader, String columnHeader) {
        return ui(() -> {
            int column = matrix.columnHeaders().indexOf(columnHeader);
            int row = matrix.rowHeaders().indexOf(rowHeader);
            if (column < 0 || row < 0) {
                throw new AssertionError("no cell at row '" + rowHeader + "', column '" + columnHeader + "'; rows "
                        + matrix.rowHeaders() + ", columns " + matrix.columnHeaders());
            }
            int[] position = matrix.reveal(column, row);
            if (position == null) {
                throw new AssertionError("cell at row '" + rowHeader + "', column '" + columnHeader + "' cannot be shown");
            }
            // What the headers show at that position is what the test asked for (below the column
            // group headers, right of the row group headers).
            assertEquals(columnHeader, table.getDataValueByPosition(position[0], 1));
            assertEquals(rowHeader, table.getDataValueByPosition(1, position[1]));
            return position;
        });
    }

    private String cell(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        return ui(() -> String.valueOf(table.getDataValueByPosition(at[0], at[1])));
    }

    /** Clicks a cell as SWT reports a click to the table: pointer over its centre, left button down and up. */
    private void click(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        String before = cell(rowHeader, columnHeader);
        uiRun(() -> {
            Rectangle bounds = table.getBoundsByPosition(at[0], at[1]);
            for (int type : new int[] { SWT.MouseMove, SWT.MouseDown, SWT.MouseUp }) {
                Event event = new Event();
                event.button = type == SWT.MouseMove ? 0 : 1;
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
        screenshot("matrix", () -> window().getShell());
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals(MatrixLayout.PARTIAL_SYMBOL,
                cell("304 Principles and Processes of Systems and Technology in a Contact Centre (optional)", "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"), "unit 301 covers 3 standards");
        assertEquals("3", cell("Items covering the standard", "CC09"), "CC09 is covered by 304, 204 and 205");
        assertEquals("70", cell("Items covering the standard", "Total"));
        assertTrue(ui(matrix::summary).contains("14 items x 41 standards"), ui(matrix::summary));
    }

    @Test
    void clickingACellCyclesCoverageAndUpdatesTotals() {
        click(UNIT_301, "CC09");
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, cell(UNIT_301, "CC09"));
        assertEquals("4", cell(UNIT_301, "Total"));
        assertEquals("4", cell("Items covering the standard", "CC09"));
        assertEquals("71", cell("Items covering the standard", "Total"));
        assertTrue(ui(editor::isDirty), "the mapping editor is dirty");

        click(UNIT_301, "CC09");
        assertEquals(MatrixLayout.FULL_SYMBOL, cell(UNIT_301, "CC09"));
        assertEquals("4", cell(UNIT_301, "Total"));

        click(UNIT_301, "CC09");
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"));

        // Undo walks back through the levels: full, partial, none.
        uiRun(() -> page().activate(editor));
        undo();
        assertEquals(MatrixLayout.FULL_SYMBOL, cell(UNIT_301, "CC09"));
        undo();
        assertEquals(MatrixLayout.PARTIAL_SYMBOL, cell(UNIT_301, "CC09"));
        undo();
        assertEquals("", cell(UNIT_301, "CC09"));
        assertEquals("3", cell(UNIT_301, "Total"));
    }

    @Test
    void theFilterKeepsMatchingItems() {
        uiRun(() -> matrix.searchField().setText("incident"));
        settle();
        // 207 "Handling Incidents" and 309 "Incident Management" (both optional units), then the totals row.
        assertEquals(List.of("207 Principles of Handling Incidents through a Contact Centre (optional)",
                "309 Principles of Incident Management through a Contact Centre (optional)",
                MatrixLayout.COLUMN_TOTALS), ui(matrix::rowHeaders));
        assertEquals("4", cell("309 Principles of Incident Management through a Contact Centre (optional)", "Total"));
        assertEquals("0", cell("207 Principles of Handling Incidents through a Contact Centre (optional)", "Total"));

        uiRun(() -> {
            matrix.searchField().setText("");
            matrix.mandatoryOnly().setSelection(true);
            matrix.mandatoryOnly().notifyListeners(SWT.Selection, new Event());
        });
        settle();
        // The rules of combination make 301, 302 and 303 mandatory; their ticks are 3, 4 and 0.
        assertEquals(List.of(UNIT_301, "302 Principles and Processes of Health and Safety in a Contact Centre",
                "303 Principles of Personal Responsibilities and How to Develop and Evaluate own Performance at Work",
                MatrixLayout.COLUMN_TOTALS), ui(matrix::rowHeaders));
        assertEquals("4", cell("302 Principles and Processes of Health and Safety in a Contact Centre", "Total"));
        uiRun(() -> {
            matrix.mandatoryOnly().setSelection(false);
            matrix.mandatoryOnly().notifyListeners(SWT.Selection, new Event());
        });
    }

    /** Clears every filter and switch of the view. */
    static void resetFilters(MatrixViewProbe matrix) {
        uiRun(() -> {
            matrix.searchField().setText("");
            for (Button button : List.of(matrix.gapsOnly(), matrix.mandatoryOnly(),
                    matrix.transpose())) {
                if (button.getSelection()) {
                    button.setSelection(false);
                    button.notifyListeners(SWT.Selection, new Event());
                }
            }
            for (Combo combo : List.of(matrix.levelFilter(), matrix.rowDetail(), matrix.reviewFilter())) {
                if (combo.getSelectionIndex() != 0) {
                    combo.select(0);
                    combo.notifyListeners(SWT.Selection, new Event());
                }
            }
        });
        settle();
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

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.settle;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.curriculum.ui.tests.WorkbenchFixture.waitInUi;
import static org.curriculum.ui.tests.WorkbenchFixture.window;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the matrix view of one mapping editor the way a user would: by header texts, clicks, switches. */
final class MatrixDriver {

    final CurriculumEditor editor;
    final CoverageMatrixView matrix;
    final NatTable table;

    private MatrixDriver(CurriculumEditor editor, CoverageMatrixView matrix) {
        this.editor = editor;
        this.matrix = matrix;
        this.table = ui(matrix::getNatTable);
    }

    /** Opens a mapping file of the folder in an editor and shows its matrix, unfiltered. */
    static MatrixDriver open(Path folder, String mappingFile) {
        CurriculumEditor editor = ui(() -> {
            try {
                return CurriculumEditor.open(page(), folder.resolve(mappingFile));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CoverageMatrixView matrix = ui(() -> {
            try {
                CoverageMatrixView view = (CoverageMatrixView) page().showView(CurriculumUi.MATRIX_VIEW_ID);
                page().activate(editor);
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        CoverageMatrixTest.resetFilters(matrix);
        MatrixDriver driver = new MatrixDriver(editor, matrix);
        waitInUi(() -> matrix.getSummary().contains(ui(() -> editor.getLabels().text(editor.getResource().getContents().get(0)))),
                "the matrix to show " + mappingFile);
        return driver;
    }

    void close() {
        CoverageMatrixTest.resetFilters(matrix);
        uiRun(() -> page().closeEditor(editor, false));
    }

    /** The body cell (column, row) under these header texts, as the view's header lists give them. */
    int[] bodyCell(String rowHeader, String columnHeader) {
        return ui(() -> {
            int column = matrix.getColumnHeaders().indexOf(columnHeader);
            int row = matrix.getRowHeaders().indexOf(rowHeader);
            if (column < 0 || row < 0) {
                throw new AssertionError("no cell at row '" + rowHeader + "', column '" + columnHeader + "'; rows "
                        + matrix.getRowHeaders() + ", columns " + matrix.getColumnHeaders());
            }
            return new int[] { column, row };
        });
    }

    /** The table position of a cell, scrolled into view, checked against what the headers show there. */
    int[] position(String rowHeader, String columnHeader) {
        int[] body = bodyCell(rowHeader, columnHeader);
        return ui(() -> {
            int[] position = matrix.reveal(body[0], body[1]);
            if (position == null) {
                throw new AssertionError("cell at row '" + rowHeader + "', column '" + columnHeader + "' cannot be shown");
            }
            assertEquals(columnHeader, table.getDataValueByPosition(position[0], 1));
            assertEquals(rowHeader, table.getDataValueByPosition(1, position[1]));
            return position;
        });
    }

    /** What a cell shows. */
    String cell(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        return ui(() -> String.valueOf(table.getDataValueByPosition(at[0], at[1])));
    }

    /** What the tooltip of a cell says. */
    String tooltip(String rowHeader, String columnHeader) {
        int[] body = bodyCell(rowHeader, columnHeader);
        return ui(() -> matrix.tooltipText(body[0], body[1]));
    }

    /** Selects the block of cells between two corners, as a shift-click would. */
    void select(String fromRow, String fromColumn, String toRow, String toColumn) {
        int[] from = bodyCell(fromRow, fromColumn);
        int[] to = bodyCell(toRow, toColumn);
        uiRun(() -> matrix.selectCells(from[0], from[1], to[0], to[1]));
        settle();
    }

    void toggle(Button button) {
        uiRun(() -> {
            button.setSelection(!button.getSelection());
            button.notifyListeners(SWT.Selection, new Event());
        });
        settle();
    }

    void choose(Combo combo, String item) {
        uiRun(() -> {
            int index = combo.indexOf(item);
            if (index < 0) {
                throw new AssertionError("'" + item + "' is not offered; the choices are " + String.join(", ", combo.getItems()));
            }
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
        settle();
    }

    void undo() {
        uiRun(() -> {
            page().activate(editor);
            try {
                window().getService(IHandlerService.class).executeCommand("org.eclipse.ui.edit.undo", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        settle();
    }
}

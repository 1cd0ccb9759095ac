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
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;

/** Drives the matrix view of one mapping editor the way a user would: by header texts, clicks, switches. */
final class MatrixDriver {

    final CurriculumEditor editor;
    final CoverageMatrixView matrix;
    /** What the view shows: its widgets, its table and its layout. */
    final MatrixViewProbe view;
    final NatTable table;

    private MatrixDriver(CurriculumEditor editor, CoverageMatrixView matrix) {
        this.editor = editor;
        this.matrix = matrix;
        this.view = ui(() -> new MatrixViewProbe(matrix));
        this.table = ui(view::table);
    }

    /** Opens a mapping file of the folder in an editor and shows its matrix, unfiltered. */
    static MatrixDriver open(Path folder, String mappingFile) {
        CurriculumEditor editor = WorkbenchFixture.openEditor(folder.resolve(mappingFile));
        CoverageMatrixView matrix = ui(() -> {
            try {
                CoverageMatrixView view = (CoverageMatrixView) page().showView(CurriculumUi.MATRIX_VIEW_ID);
                page().activate(editor);
                return view;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        MatrixDriver driver = new MatrixDriver(editor, matrix);
        CoverageMatrixTest.resetFilters(driver.view);
        waitInUi(() -> driver.view.summary().contains(ui(() -> editor.getLabels().text(editor.getResource().getContents().get(0)))),
                "the matrix to show " + mappingFile);
        return driver;
    }

    void close() {
        CoverageMatrixTest.resetFilters(view);
        uiRun(() -> page().closeEditor(editor, false));
    }

    /** The body cell (column, row) under these header texts, as the view's header lists give them. */
    int[] bodyCell(String rowHeader, String columnHeader) {
        return ui(() -> {
            int column = view.columnHeaders().indexOf(columnHeader);
            int row = view.rowHeaders().indexOf(rowHeader);
            if (column < 0 || row < 0) {
                throw new AssertionError("no cell at row '" + rowHeader + "', column '" + columnHeader + "'; rows "
                        + view.rowHeaders() + ", columns " + view.columnHeaders());
            }
            return new int[] { column, row };
        });
    }

    /** The table position of a cell, scrolled into view, checked against what the headers show there. */
    int[] position(String rowHeader, String columnHeader) {
        int[] body = bodyCell(rowHeader, columnHeader);
        return ui(() -> {
            int[] position = view.reveal(body[0], body[1]);
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
        return ui(() -> view.tooltip(body[0], body[1]));
    }

    /**
     * Rests the pointer on a cell as SWT reports it (move, then hover) and returns the text of the
     * tooltip that opens; the tooltip is closed again when the pointer leaves.
     */
    String hover(String rowHeader, String columnHeader) {
        int[] at = position(rowHeader, columnHeader);
        uiRun(() -> {
            Rectangle bounds = table.getBoundsByPosition(at[0], at[1]);
            for (int type : new int[] { SWT.MouseMove, SWT.MouseHover }) {
                Event event = new Event();
                event.x = bounds.x + bounds.width / 2;
                event.y = bounds.y + bounds.height / 2;
                table.notifyListeners(type, event);
            }
        });
        waitInUi(() -> tooltipShell() != null, "the tooltip of " + rowHeader + " / " + columnHeader);
        return ui(() -> texts(tooltipShell()));
    }

    /** Moves the pointer out of the table, which closes a tooltip. */
    void leave() {
        uiRun(() -> table.notifyListeners(SWT.MouseExit, new Event()));
        waitInUi(() -> tooltipShell() == null, "the tooltip to close");
    }

    private Shell tooltipShell() {
        for (Shell shell : table.getDisplay().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && shell.getParent() == table.getShell()
                    && (shell.getStyle() & SWT.TOOL) != 0 && !texts(shell).isEmpty()) {
                return shell;
            }
        }
        return null;
    }

    /** The open dialog with this title, or null. */
    static Shell dialog(String title) {
        for (Shell shell : WorkbenchFixture.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return shell;
            }
        }
        return null;
    }

    /** Every label text in a control tree, one per line, as a user reads them. */
    static String texts(Control control) {
        StringBuilder all = new StringBuilder();
        if (control instanceof Label label && !label.getText().isEmpty()) {
            all.append(label.getText()).append('\n');
        } else if (control instanceof CLabel label && label.getText() != null) {
            all.append(label.getText()).append('\n');
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                all.append(texts(child));
            }
        }
        return all.toString();
    }

    /** Selects the block of cells between two corners, as a shift-click would. */
    void select(String fromRow, String fromColumn, String toRow, String toColumn) {
        int[] from = bodyCell(fromRow, fromColumn);
        int[] to = bodyCell(toRow, toColumn);
        uiRun(() -> view.selectCells(from[0], from[1], to[0], to[1]));
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

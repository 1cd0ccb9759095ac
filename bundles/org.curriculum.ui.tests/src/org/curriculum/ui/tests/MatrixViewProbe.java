// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.curriculum.ui.internal.matrix.MatrixFilterBar;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.layer.IUniqueIndexLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * Reaches what the matrix view shows the way a user meets it, without the view's private state: the
 * widgets by their visible text, the table through NatTable's own layers, and the header and cell texts
 * through the headless layout the view adapts to. Call it on the UI thread.
 */
final class MatrixViewProbe {

    private final MatrixLayout layout;
    private final NatTable table;
    private final Composite viewArea;
    private final ViewportLayer viewport;
    private final SelectionLayer selectionLayer;
    private final IUniqueIndexLayer bodyData;

    MatrixViewProbe(CoverageMatrixView view) {
        layout = view.getAdapter(MatrixLayout.class);
        List<NatTable> tables = new ArrayList<>();
        collect(view.getSite().getShell(), NatTable.class::isInstance, tables);
        if (tables.size() != 1) {
            throw new AssertionError("one matrix table in the workbench window, not " + tables.size());
        }
        table = tables.get(0);
        viewArea = table.getParent();
        // The grid's body is the viewport over the selection layer over the body data layer.
        viewport = (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
        selectionLayer = (SelectionLayer) viewport.getScrollableLayer();
        bodyData = (IUniqueIndexLayer) selectionLayer.getUnderlyingLayerByPosition(0, 0);
    }

    @SuppressWarnings("unchecked")
    private static <T> void collect(Control control, Predicate<Control> wanted, List<T> found) {
        if (wanted.test(control)) {
            found.add((T) control);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, wanted, found);
            }
        }
    }

    private <T extends Control> T find(Class<T> type, Predicate<T> wanted, String what) {
        List<T> found = new ArrayList<>();
        collect(viewArea, control -> type.isInstance(control) && wanted.test(type.cast(control)), found);
        if (found.size() != 1) {
            throw new AssertionError("the matrix view shows " + found.size() + " " + what);
        }
        return found.get(0);
    }

    MatrixLayout layout() {
        return layout;
    }

    NatTable table() {
        return table;
    }

    /** The line above the table. */
    String summary() {
        for (Control child : viewArea.getChildren()) {
            if (child instanceof Label label) {
                return label.getText();
            }
        }
        throw new AssertionError("the matrix view has no summary line");
    }

    /** The check box or push button with this text. */
    Button button(String text) {
        return find(Button.class, button -> text.equals(button.getText()), "buttons '" + text + "'");
    }

    /** The "mandatory units only" filter. */
    Button mandatoryOnly() {
        return button("Mandatory units only");
    }

    /** The "uncovered standards only" filter. */
    Button gapsOnly() {
        return button("Uncovered standards only");
    }

    /** The "standards as rows" switch. */
    Button transpose() {
        return button("Standards as rows");
    }

    /** The combo whose first choice is this. */
    private Combo combo(String firstItem) {
        return find(Combo.class, combo -> combo.getItemCount() > 0 && firstItem.equals(combo.getItem(0)),
                "choices starting with '" + firstItem + "'");
    }

    /** The level filter. */
    Combo levelFilter() {
        return combo("All levels");
    }

    /** The row detail choice: units only, with outcomes, down to criteria. */
    Combo rowDetail() {
        return combo("Units only");
    }

    /** The review state filter. */
    Combo reviewFilter() {
        return combo(MatrixFilterBar.ALL_REVIEW_STATES);
    }

    /** The text field with this hint. */
    private Text field(String hint) {
        return find(Text.class, text -> hint.equals(text.getMessage()), "fields '" + hint + "'");
    }

    /** The item filter box. */
    Text searchField() {
        return field("Filter items");
    }

    /** The rationale field of the selected cell. */
    Text rationaleField() {
        return field("Select a covered cell to give the rationale of its link");
    }

    /** The "Apply" button of the rationale field. */
    Button applyRationale() {
        return button("Apply");
    }

    /** The row headers (item labels, then the totals row), as the table shows them. */
    List<String> rowHeaders() {
        return layout.getRowHeaders();
    }

    /** The column headers (standard codes, then the totals column), as the table shows them. */
    List<String> columnHeaders() {
        return layout.getColumnHeaders();
    }

    /** What the tooltip of a body cell (column and row as in the header lists) says. */
    String tooltip(int column, int row) {
        return layout.getToolTip(column, row);
    }

    /**
     * Scrolls a body cell (column and row as in the header lists) into view and returns its table
     * position (column, row), or null if it cannot be shown.
     */
    int[] reveal(int column, int row) {
        viewport.doCommand(new ShowCellInViewportCommand(column, row));
        int tableColumn = -1;
        int tableRow = -1;
        for (int c = 0; c < table.getColumnCount(); c++) {
            if (LayerUtil.convertColumnPosition(table, c, bodyData) == column
                    && table.getRowCount() > 0 && c >= table.getColumnCount() - viewport.getColumnCount()) {
                tableColumn = c;
            }
        }
        for (int r = 0; r < table.getRowCount(); r++) {
            if (LayerUtil.convertRowPosition(table, r, bodyData) == row
                    && r >= table.getRowCount() - viewport.getRowCount()) {
                tableRow = r;
            }
        }
        return tableColumn < 0 || tableRow < 0 ? null : new int[] { tableColumn, tableRow };
    }

    /** Selects the block of body cells between two corners, as a click and a shift-click would. */
    void selectCells(int fromColumn, int fromRow, int toColumn, int toRow) {
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, fromColumn, fromRow, false, false));
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, toColumn, toRow, true, false));
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.matrix.MatrixLayout;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * The baseline of the matrix rendering benchmark: a bare NatTable (data, selection, viewport, headers,
 * corner; NatTable's default style, no labels, no groups) over plain arrays holding the same cells as a
 * coverage matrix: per row its covered columns (ascending) and their levels, row and column totals,
 * header texts. Filters and edits work on those arrays directly.
 */
final class BareMatrixTable {

    private final String[] rowLabels;
    private final String[] columnLabels;
    private final int[][] rowColumns;
    private final byte[][] rowLevels;
    private final int[] rowTotals;
    private final int[] columnTotals;
    private final boolean[] optionalRows;
    private int[] shownRows;
    private int[] shownColumns;
    private Shell shell;
    private NatTable table;
    private ViewportLayer viewport;
    /** Heap the arrays take, as measured when they were copied. */
    double arraysMegabytes;

    /** Copies the cells, totals and header texts of a matrix into plain arrays (the benchmark does this untimed). */
    BareMatrixTable(CoverageMatrix matrix, String[] rowLabels, String[] columnLabels) {
        int rows = matrix.getRowCount();
        this.rowLabels = rowLabels;
        this.columnLabels = columnLabels;
        rowColumns = new int[rows][];
        rowLevels = new byte[rows][];
        rowTotals = new int[rows];
        for (int row = 0; row < rows; row++) {
            int[] covered = matrix.getColumnsCoveredBy(row);
            rowColumns[row] = covered;
            rowLevels[row] = new byte[covered.length];
            for (int i = 0; i < covered.length; i++) {
                rowLevels[row][i] = (byte) matrix.getCoverage(row, covered[i]).ordinal();
            }
            rowTotals[row] = matrix.getRowTotal(row);
        }
        columnTotals = IntStream.range(0, matrix.getColumnCount()).map(matrix::getColumnTotal).toArray();
        optionalRows = new boolean[rows];
        for (int row = 0; row < rows && matrix.hasQualification(); row++) {
            optionalRows[row] = matrix.isOptional(row);
        }
        shownRows = IntStream.range(0, rows).toArray();
        shownColumns = IntStream.range(0, matrix.getColumnCount()).toArray();
    }

    /** Opens the table in a shell of its own whose client area has this size. */
    NatTable open(Display display, int width, int height) {
        shell = new Shell(display);
        shell.setText("Bare NatTable baseline");
        shell.setLayout(new FillLayout());
        IDataProvider body = provider(this::cellText, () -> shownColumns.length + 1, () -> shownRows.length + 1);
        IDataProvider columnHeader = provider((column, row) -> column < shownColumns.length
                ? columnLabels[shownColumns[column]]
                : MatrixLayout.ROW_TOTALS, () -> shownColumns.length + 1, () -> 1);
        IDataProvider rowHeader = provider((column, row) -> row < shownRows.length ? rowLabels[shownRows[row]]
                : MatrixLayout.COLUMN_TOTALS, () -> 1, () -> shownRows.length + 1);
        // The same cell sizes as the matrix view, so that a screen shows as many cells.
        DataLayer bodyData = new DataLayer(body, 52, 22);
        SelectionLayer selection = new SelectionLayer(bodyData);
        viewport = new ViewportLayer(selection);
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(new DataLayer(columnHeader, 52, 24), viewport, selection);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(new DataLayer(rowHeader, 420, 22), viewport, selection);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowHeaderLayer, columnHeaderLayer);
        table = new NatTable(shell, new GridLayer(viewport, columnHeaderLayer, rowHeaderLayer, corner));
        var trim = shell.computeTrim(0, 0, width, height);
        shell.setSize(trim.width, trim.height);
        shell.open();
        return table;
    }

    NatTable table() {
        return table;
    }

    ViewportLayer viewport() {
        return viewport;
    }

    int shownRowCount() {
        return shownRows.length;
    }

    int shownColumnCount() {
        return shownColumns.length;
    }

    /** Shows only the standards no row covers, or all of them again. */
    void gapsOnly(boolean on) {
        shownColumns = IntStream.range(0, columnTotals.length).filter(column -> !on || columnTotals[column] == 0).toArray();
        table.refresh();
    }

    /** Shows only the rows of mandatory units, or all rows again. */
    void mandatoryOnly(boolean on) {
        shownRows = IntStream.range(0, rowLabels.length).filter(row -> !on || !optionalRows[row]).toArray();
        table.refresh();
    }

    /** Shows only the rows whose label contains the text (ignoring case). */
    void filterRows(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        shownRows = IntStream.range(0, rowLabels.length)
                .filter(row -> wanted.isEmpty() || rowLabels[row].toLowerCase(Locale.ROOT).contains(wanted)).toArray();
        table.refresh();
    }

    /** Moves a shown cell to the next level (none, partial, full, none) in the arrays and refreshes. */
    void cycle(int column, int row) {
        int dataRow = shownRows[row];
        int dataColumn = shownColumns[column];
        int at = Arrays.binarySearch(rowColumns[dataRow], dataColumn);
        if (at < 0) {
            int insert = -at - 1;
            rowColumns[dataRow] = insert(rowColumns[dataRow], insert, dataColumn);
            byte[] levels = new byte[rowLevels[dataRow].length + 1];
            System.arraycopy(rowLevels[dataRow], 0, levels, 0, insert);
            System.arraycopy(rowLevels[dataRow], insert, levels, insert + 1, rowLevels[dataRow].length - insert);
            rowLevels[dataRow] = levels;
            at = insert;
        }
        int before = rowLevels[dataRow][at];
        int after = before == Coverage.NONE.ordinal() ? Coverage.PARTIAL.ordinal()
                : before == Coverage.PARTIAL.ordinal() ? Coverage.FULL.ordinal() : Coverage.NONE.ordinal();
        rowLevels[dataRow][at] = (byte) after;
        int change = (after != Coverage.NONE.ordinal() ? 1 : 0) - (before != Coverage.NONE.ordinal() ? 1 : 0);
        rowTotals[dataRow] += change;
        columnTotals[dataColumn] += change;
        table.refresh();
    }

    private static int[] insert(int[] values, int at, int value) {
        int[] grown = new int[values.length + 1];
        System.arraycopy(values, 0, grown, 0, at);
        grown[at] = value;
        System.arraycopy(values, at, grown, at + 1, values.length - at);
        return grown;
    }

    void close() {
        if (shell != null && !shell.isDisposed()) {
            shell.dispose();
        }
    }

    private Object cellText(int column, int row) {
        if (row == shownRows.length && column == shownColumns.length) {
            return "";
        }
        if (column == shownColumns.length) {
            return String.valueOf(rowTotals[shownRows[row]]);
        }
        if (row == shownRows.length) {
            return String.valueOf(columnTotals[shownColumns[column]]);
        }
        int dataRow = shownRows[row];
        int at = Arrays.binarySearch(rowColumns[dataRow], shownColumns[column]);
        int level = at < 0 ? 0 : rowLevels[dataRow][at];
        return level == Coverage.FULL.ordinal() ? MatrixLayout.FULL_SYMBOL
                : level == Coverage.PARTIAL.ordinal() ? MatrixLayout.PARTIAL_SYMBOL : "";
    }

    private interface CellReader {
        Object read(int column, int row);
    }

    private static IDataProvider provider(CellReader reader, java.util.function.IntSupplier columns,
            java.util.function.IntSupplier rows) {
        return new IDataProvider() {
            @Override
            public Object getDataValue(int column, int row) {
                return reader.read(column, row);
            }

            @Override
            public void setDataValue(int column, int row, Object value) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int getColumnCount() {
                return columns.getAsInt();
            }

            @Override
            public int getRowCount() {
                return rows.getAsInt();
            }
        };
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.function.IntSupplier;

import org.curriculum.core.matrix.MatrixLayout;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;

/**
 * A NatTable data provider that reads the headless {@link MatrixLayout}, never the model: the body
 * (with its totals), the column headers or the row headers. Cells change through commands only.
 */
record MatrixDataProvider(CellReader reader, IntSupplier columnCount, IntSupplier rowCount) implements IDataProvider {

    /** Reads one cell of the grid. */
    interface CellReader {
        Object read(int column, int row);
    }

    /** The body: coverage symbols, the column of item totals and the row of standard totals. */
    static MatrixDataProvider body(MatrixLayout layout) {
        return new MatrixDataProvider(layout::getCellText, () -> layout.getColumnCount() + 1,
                () -> layout.getRowCount() + 1);
    }

    /** The one row of column headers, the totals' header last. */
    static MatrixDataProvider columnHeader(MatrixLayout layout) {
        return new MatrixDataProvider((column, row) -> layout.getColumnHeader(column), () -> layout.getColumnCount() + 1,
                () -> 1);
    }

    /** The one column of row headers, the totals' header last. */
    static MatrixDataProvider rowHeader(MatrixLayout layout) {
        return new MatrixDataProvider((column, row) -> layout.getRowHeader(row), () -> 1, () -> layout.getRowCount() + 1);
    }

    @Override
    public Object getDataValue(int column, int row) {
        return reader.read(column, row);
    }

    @Override
    public void setDataValue(int column, int row, Object value) {
        throw new UnsupportedOperationException("cells change through commands only");
    }

    @Override
    public int getColumnCount() {
        return columnCount.getAsInt();
    }

    @Override
    public int getRowCount() {
        return rowCount.getAsInt();
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import org.curriculum.core.matrix.HeaderGroup;
import org.curriculum.core.matrix.MatrixLayout;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.ColumnGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.group.performance.RowGroupHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowCellInViewportCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

/**
 * The NatTable of the matrix, built as NatTable narrates a grid: data providers over the headless
 * {@link MatrixLayout} feed data layers; the body is data -> selection -> viewport; the headers follow
 * the viewport, so they stay put (frozen) while the body scrolls; group headers sit on top of them; a
 * corner joins the two. Cells are labelled by {@link MatrixCellLabels} and styled by
 * {@link CoverageMatrixStyles}; a click or the space bar runs the edit the view gives.
 */
final class MatrixGrid {

    private final MatrixLayout layout;
    private final NatTable table;
    private final DataLayer bodyData;
    private final SelectionLayer selectionLayer;
    private final ViewportLayer viewport;
    private final ColumnGroupHeaderLayer columnGroups;
    private final RowGroupHeaderLayer rowGroups;
    private final MatrixToolTip toolTip;

    MatrixGrid(Composite parent, MatrixLayout layout, MatrixEditBindings.CellAction cycle,
            Consumer<MatrixEditBindings.ReviewKey> review, Runnable selectionChanged) {
        this.layout = layout;
        MatrixDataProvider columnHeader = MatrixDataProvider.columnHeader(layout);
        MatrixDataProvider rowHeader = MatrixDataProvider.rowHeader(layout);

        bodyData = new DataLayer(MatrixDataProvider.body(layout), 52, 22);
        bodyData.setConfigLabelAccumulator(MatrixCellLabels.body(layout));
        selectionLayer = new SelectionLayer(bodyData);
        selectionLayer.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                selectionChanged.run();
            }
        });
        viewport = new ViewportLayer(selectionLayer);

        DataLayer columnHeaderData = new DataLayer(columnHeader, 52, 24);
        columnHeaderData.setConfigLabelAccumulator(MatrixCellLabels.columnHeader(layout));
        DataLayer rowHeaderData = new DataLayer(rowHeader, 420, 22);
        rowHeaderData.setConfigLabelAccumulator(MatrixCellLabels.rowHeader(layout));
        ColumnHeaderLayer columnHeaderLayer = new ColumnHeaderLayer(columnHeaderData, viewport, selectionLayer);
        columnGroups = new ColumnGroupHeaderLayer(columnHeaderLayer, selectionLayer);
        RowHeaderLayer rowHeaderLayer = new RowHeaderLayer(rowHeaderData, viewport, selectionLayer);
        rowGroups = new RowGroupHeaderLayer(rowHeaderLayer, selectionLayer);
        rowGroups.setColumnWidth(110);
        CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(columnHeader, rowHeader)),
                rowGroups, columnGroups);

        table = new NatTable(parent, new GridLayer(viewport, columnGroups, rowGroups, corner), false);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new CoverageMatrixStyles());
        table.addConfiguration(new MatrixEditBindings(bodyData, selectionLayer, cycle, review));
        table.configure();
        toolTip = new MatrixToolTip(table, bodyData, layout);
    }

    NatTable table() {
        return table;
    }

    /** Adds labels to the body cells' own (marks of another feature, e.g. "Changed since..."). */
    void addBodyLabels(IConfigLabelAccumulator extra) {
        IConfigLabelAccumulator own = bodyData.getConfigLabelAccumulator();
        bodyData.setConfigLabelAccumulator((labels, column, row) -> {
            own.accumulateConfigLabels(labels, column, row);
            extra.accumulateConfigLabels(labels, column, row);
        });
    }

    /** Adds another feature's lines to the tooltip of body cells (layout column, row). */
    void addToolTipLines(BiFunction<Integer, Integer, String> lines) {
        toolTip.addLines(lines);
    }

    /** The labels a body cell (layout column, row) is drawn with, as the style registry reads them. */
    List<String> labelsOf(int column, int row) {
        return bodyData.getConfigLabelsByPosition(column, row).getLabels();
    }

    boolean isDisposed() {
        return table.isDisposed();
    }

    /**
     * Shows what the layout holds now: its group headers, then every cell again. NatTable clears the
     * selection on a full refresh; when the grid keeps its shape (an edit or review of cells) the selected
     * cells and the anchor are selected again, so that the next key works on the same cells.
     */
    void refresh() {
        int columns = selectionLayer.getColumnCount();
        int rows = selectionLayer.getRowCount();
        List<Rectangle> selected = new ArrayList<>(selectionLayer.getSelectionModel().getSelections());
        PositionCoordinate anchor = new PositionCoordinate(selectionLayer.getSelectionAnchor());
        columnGroups.clearAllGroups();
        rowGroups.clearAllGroups();
        for (HeaderGroup group : layout.getColumnGroups()) {
            columnGroups.addGroup(group.name(), group.start(), group.span());
        }
        for (HeaderGroup group : layout.getRowGroups()) {
            rowGroups.addGroup(group.name(), group.start(), group.span());
        }
        table.refresh();
        if (selectionLayer.getColumnCount() == columns && selectionLayer.getRowCount() == rows && !selected.isEmpty()
                && selectionLayer.getSelectionModel().isEmpty()) {
            selected.forEach(selectionLayer.getSelectionModel()::addSelection);
            selectionLayer.getSelectionAnchor().setColumnPosition(anchor.getColumnPosition());
            selectionLayer.getSelectionAnchor().setRowPosition(anchor.getRowPosition());
        }
    }

    /** The body cell (layout column, row) of the selection anchor, or null when it is no body cell. */
    int[] anchorCell() {
        PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
        if (anchor.getColumnPosition() < 0 || anchor.getRowPosition() < 0) {
            return null;
        }
        int column = selectionLayer.getColumnIndexByPosition(anchor.getColumnPosition());
        int row = selectionLayer.getRowIndexByPosition(anchor.getRowPosition());
        return layout.isBodyCell(column, row) ? new int[] { column, row } : null;
    }

    /** Selects nothing (another mapping is shown: its cells are not the ones selected before). */
    void clearSelection() {
        selectionLayer.clear(false);
    }

    /** Selects one body cell (layout column, row) and scrolls it into view. */
    void selectCell(int column, int row) {
        selectionLayer.doCommand(new SelectCellCommand(selectionLayer, column, row, false, false));
        viewport.doCommand(new ShowCellInViewportCommand(column, row));
    }

    /** Every selected body cell (layout column, row); totals left out. */
    List<int[]> selectedCells() {
        List<int[]> cells = new ArrayList<>();
        for (PositionCoordinate position : selectionLayer.getSelectedCellPositions()) {
            int column = selectionLayer.getColumnIndexByPosition(position.getColumnPosition());
            int row = selectionLayer.getRowIndexByPosition(position.getRowPosition());
            if (layout.isBodyCell(column, row)) {
                cells.add(new int[] { column, row });
            }
        }
        return cells;
    }
}

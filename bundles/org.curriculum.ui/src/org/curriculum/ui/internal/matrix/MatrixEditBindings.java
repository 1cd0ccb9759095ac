// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;

/** A click on a body cell, or the space bar on the selected one, moves the cell to its next coverage level. */
final class MatrixEditBindings extends AbstractUiBindingConfiguration {

    /** What to do with a body cell (layout column and row). */
    interface CellAction {
        void run(int column, int row);
    }

    private final DataLayer bodyData;
    private final SelectionLayer selectionLayer;
    private final CellAction cycle;

    MatrixEditBindings(DataLayer bodyData, SelectionLayer selectionLayer, CellAction cycle) {
        this.bodyData = bodyData;
        this.selectionLayer = selectionLayer;
        this.cycle = cycle;
    }

    @Override
    public void configureUiBindings(UiBindingRegistry registry) {
        // "First" so that these win over the grid's default edit bindings for a body click.
        registry.registerFirstSingleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE), (table, event) -> {
            int column = LayerUtil.convertColumnPosition(table, table.getColumnPositionByX(event.x), bodyData);
            int row = LayerUtil.convertRowPosition(table, table.getRowPositionByY(event.y), bodyData);
            cycle.run(column, row);
        });
        registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, ' '), (table, event) -> {
            PositionCoordinate anchor = selectionLayer.getSelectionAnchor();
            if (anchor.getColumnPosition() >= 0 && anchor.getRowPosition() >= 0) {
                cycle.run(selectionLayer.getColumnIndexByPosition(anchor.getColumnPosition()),
                        selectionLayer.getRowIndexByPosition(anchor.getRowPosition()));
            }
        });
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.function.BiFunction;

import org.curriculum.core.matrix.MatrixLayout;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.swt.widgets.Event;

/** Shows the layout's tooltip (coverage, derivation, the links behind) over body cells. */
final class MatrixToolTip extends NatTableContentTooltip {

    private final NatTable table;
    private final DataLayer bodyData;
    private final MatrixLayout layout;
    /** More lines about a body cell from another feature ("Changed since..."), or null. */
    private BiFunction<Integer, Integer, String> more;

    MatrixToolTip(NatTable table, DataLayer bodyData, MatrixLayout layout) {
        super(table, GridRegion.BODY);
        this.table = table;
        this.bodyData = bodyData;
        this.layout = layout;
    }

    @Override
    protected String getText(Event event) {
        int column = table.getColumnPositionByX(event.x);
        int row = table.getRowPositionByY(event.y);
        if (column < 0 || row < 0) {
            return null;
        }
        int bodyColumn = LayerUtil.convertColumnPosition(table, column, bodyData);
        int bodyRow = LayerUtil.convertRowPosition(table, row, bodyData);
        String text = layout.getToolTip(bodyColumn, bodyRow);
        String added = more == null ? null : more.apply(bodyColumn, bodyRow);
        return added == null ? text : text == null ? added : text + "\n" + added;
    }

    /** Adds another feature's lines about a body cell (layout column, row) below the layout's own. */
    void addLines(BiFunction<Integer, Integer, String> lines) {
        more = lines;
    }
}

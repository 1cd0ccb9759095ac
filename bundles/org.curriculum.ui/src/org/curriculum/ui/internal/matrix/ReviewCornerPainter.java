// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.CellPainterWrapper;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints a cell as usual, then a small triangle in its top right corner in the colour of its review
 * state: the coverage symbol and colour stay readable beneath it.
 */
final class ReviewCornerPainter extends CellPainterWrapper {

    /** The side of the corner triangle in pixels. */
    static final int SIZE = 10;

    private final Color colour;

    ReviewCornerPainter(ICellPainter wrapped, Color colour) {
        super(wrapped);
        this.colour = colour;
    }

    @Override
    public void paintCell(ILayerCell cell, GC gc, Rectangle bounds, IConfigRegistry registry) {
        super.paintCell(cell, gc, bounds, registry);
        Color background = gc.getBackground();
        gc.setBackground(colour);
        int right = bounds.x + bounds.width - 1;
        int top = bounds.y + 1;
        gc.fillPolygon(new int[] { right - SIZE, top, right, top, right, top + SIZE });
        gc.setBackground(background);
    }
}

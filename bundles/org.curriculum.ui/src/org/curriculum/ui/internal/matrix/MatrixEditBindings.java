// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.function.Consumer;

import org.eclipse.nebula.widgets.nattable.config.AbstractUiBindingConfiguration;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.ui.binding.UiBindingRegistry;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.swt.SWT;

/**
 * A click on a body cell, or the space bar on the selected one, moves the cell to its next coverage level;
 * in review, A accepts, Q queries and R rejects the selected cells, N goes to the next unreviewed cell and
 * J justifies the selected uncovered standard's gap (plain letters: the grid has no other use for them,
 * since its cells are not edited as text).
 */
final class MatrixEditBindings extends AbstractUiBindingConfiguration {

    /** The review keys, each with what it does. */
    enum ReviewKey {
        /** Accept the selected cells. */
        ACCEPT('a'),
        /** Query the selected cells (asks for a comment). */
        QUERY('q'),
        /** Reject the selected cells (asks for a comment). */
        REJECT('r'),
        /** Select the next cell whose link is not reviewed yet. */
        NEXT_UNREVIEWED('n'),
        /** Justify the gap of the selected uncovered standard. */
        JUSTIFY_GAP('j');

        final char key;

        ReviewKey(char key) {
            this.key = key;
        }
    }

    /** What to do with a body cell (layout column and row). */
    interface CellAction {
        void run(int column, int row);
    }

    private final DataLayer bodyData;
    private final SelectionLayer selectionLayer;
    private final CellAction cycle;
    private final Consumer<ReviewKey> review;

    MatrixEditBindings(DataLayer bodyData, SelectionLayer selectionLayer, CellAction cycle, Consumer<ReviewKey> review) {
        this.bodyData = bodyData;
        this.selectionLayer = selectionLayer;
        this.cycle = cycle;
        this.review = review;
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
        for (ReviewKey key : ReviewKey.values()) {
            registry.registerFirstKeyBinding(new KeyEventMatcher(SWT.NONE, key.key), (table, event) -> review.accept(key));
        }
    }
}

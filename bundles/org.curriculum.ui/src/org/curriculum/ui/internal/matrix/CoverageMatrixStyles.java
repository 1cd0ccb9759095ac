// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.decorator.LineBorderDecorator;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;

/**
 * Colours for coverage levels, totals and uncovered standards, and the corner marks of review states,
 * registered against the cell labels.
 */
final class CoverageMatrixStyles extends AbstractRegistryConfiguration {

    /** A partially covered cell (also the dashboard's bar). */
    static final Color PARTIAL_COLOUR = new Color(255, 224, 130);
    /** A fully covered cell. */
    static final Color FULL_COLOUR = new Color(129, 199, 132);
    /** An uncovered standard. */
    static final Color GAP_COLOUR = new Color(239, 154, 154);
    /** The corner mark of an accepted link (dark green, distinct from the full cell's light green). */
    static final Color ACCEPTED_COLOUR = new Color(27, 94, 32);
    /** The corner mark of a queried link (blue, apart from every coverage colour). */
    static final Color QUERIED_COLOUR = new Color(21, 101, 192);
    /** The corner mark of a rejected link. */
    static final Color REJECTED_COLOUR = new Color(198, 40, 40);
    /** Links not reviewed yet, in the dashboard's bar. */
    static final Color PROPOSED_COLOUR = new Color(207, 216, 220);

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        register(registry, MatrixCellLabels.PARTIAL, PARTIAL_COLOUR);
        register(registry, MatrixCellLabels.FULL, FULL_COLOUR);
        register(registry, MatrixCellLabels.TOTAL, new Color(236, 239, 241));
        register(registry, MatrixCellLabels.GAP, GAP_COLOUR);
        // The review state is a corner mark painted over the usual cell, so the coverage stays visible.
        corner(registry, MatrixCellLabels.ACCEPTED, ACCEPTED_COLOUR);
        corner(registry, MatrixCellLabels.QUERIED, QUERIED_COLOUR);
        corner(registry, MatrixCellLabels.REJECTED, REJECTED_COLOUR);
        Style rowHeader = new Style();
        rowHeader.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rowHeader, DisplayMode.NORMAL,
                GridRegion.ROW_HEADER);
    }

    private static void corner(IConfigRegistry registry, String label, Color colour) {
        registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER,
                new ReviewCornerPainter(new LineBorderDecorator(new TextPainter()), colour), DisplayMode.NORMAL, label);
    }

    private static void register(IConfigRegistry registry, String label, Color background) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
        style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }
}

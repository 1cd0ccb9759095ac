// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;

/** Colours for coverage levels, totals and uncovered standards, registered against the cell labels. */
final class CoverageMatrixStyles extends AbstractRegistryConfiguration {

    @Override
    public void configureRegistry(IConfigRegistry registry) {
        register(registry, MatrixCellLabels.PARTIAL, new Color(255, 224, 130));
        register(registry, MatrixCellLabels.FULL, new Color(129, 199, 132));
        register(registry, MatrixCellLabels.TOTAL, new Color(236, 239, 241));
        register(registry, MatrixCellLabels.GAP, new Color(239, 154, 154));
        Style rowHeader = new Style();
        rowHeader.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, rowHeader, DisplayMode.NORMAL,
                GridRegion.ROW_HEADER);
    }

    private static void register(IConfigRegistry registry, String label, Color background) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
        style.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.CENTER);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
    }
}

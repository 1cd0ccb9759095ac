// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.internal.matrix;

import java.util.List;
import java.util.Set;

import org.curriculum.core.compare.ChangedCells;
import org.curriculum.core.compare.ChangedCells.Cell;
import org.curriculum.core.compare.ChangedCells.CellChange;
import org.curriculum.core.matrix.MatrixLayout;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle;
import org.eclipse.nebula.widgets.nattable.style.BorderStyle.LineStyleEnum;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.graphics.Color;

/**
 * The matrix's "Changed since..." marks: the body cells whose link differs from a chosen version of the mapping
 * ({@link ChangedCells}: added, removed, level or rationale changed) carry the {@link #CHANGED} label, drawn as a
 * thick border so the coverage colour stays readable underneath.
 */
final class ChangedSinceHighlight {

    /** The label of a cell that differs from the chosen version. */
    static final String CHANGED = "CHANGED_SINCE";

    private final MatrixLayout layout;
    private List<CellChange> changes = List.of();
    private Set<Cell> cells = Set.of();
    private String since;

    ChangedSinceHighlight(MatrixLayout layout) {
        this.layout = layout;
    }

    /** Marks the cells of these changes, found against the version named {@code since}. */
    void show(List<CellChange> found, String sinceVersion) {
        changes = List.copyOf(found);
        cells = ChangedCells.cells(found);
        since = sinceVersion;
    }

    void clear() {
        changes = List.of();
        cells = Set.of();
        since = null;
    }

    boolean isShowing() {
        return since != null;
    }

    List<CellChange> changes() {
        return changes;
    }

    /**
     * The line the matrix's title shows while the marks are on. It counts the changed cells, not those on screen:
     * counting those would visit every cell of a national-scale grid on each refresh.
     */
    String summary() {
        if (since == null) {
            return "";
        }
        return "  |  Changed since " + since + ": " + changes.size() + " cell" + (changes.size() == 1 ? "" : "s")
                + ", outlined";
    }

    boolean isMarked(int column, int row) {
        return !cells.isEmpty() && layout.isBodyCell(column, row)
                && cells.contains(Cell.of(layout.getItem(column, row), layout.getStandard(column, row)));
    }

    /** What changed in a marked cell since the chosen version, for its tooltip; null for an unmarked cell. */
    String toolTip(int column, int row) {
        if (!isMarked(column, row)) {
            return null;
        }
        Cell cell = Cell.of(layout.getItem(column, row), layout.getStandard(column, row));
        for (CellChange change : changes) {
            if (change.cell().equals(cell)) {
                return "Changed since " + since + ": " + switch (change.kind()) {
                case ADDED -> "link added (" + change.newValue() + ")";
                case REMOVED -> "link removed (was " + change.oldValue() + ")";
                default -> String.join(", ", change.features()) + " changed"
                        + (change.features().contains("coverage") ? " (" + change.oldValue() + " \u2192 "
                                + change.newValue() + ")" : "");
                };
            }
        }
        return null;
    }

    /** Adds {@link #CHANGED} to a marked cell's labels. */
    IConfigLabelAccumulator labels() {
        return (labels, column, row) -> {
            if (isMarked(column, row)) {
                labels.add(CHANGED);
            }
        };
    }

    /** The border style of marked cells. */
    static void register(IConfigRegistry registry, Color colour) {
        Style style = new Style();
        style.setAttributeValue(CellStyleAttributes.BORDER_STYLE, new BorderStyle(3, colour, LineStyleEnum.SOLID));
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, CHANGED);
        registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.SELECT, CHANGED);
    }
}

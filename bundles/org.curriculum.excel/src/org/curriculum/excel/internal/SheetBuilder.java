// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.curriculum.excel.internal.SheetCells.Style;

/**
 * Appends rows to a table sheet: a header row (frozen, filtered, repeated on every printed page)
 * and data rows whose values are written as typed cells (text, integers) through {@link SheetCells}.
 */
public final class SheetBuilder {

    private final Sheet sheet;
    private final SheetCells cells;
    private final int columns;
    private int next;

    public SheetBuilder(Workbook workbook, SheetCells cells, String name, String[] headers, int[] widths) {
        this.sheet = workbook.createSheet(name);
        this.cells = cells;
        this.columns = headers.length;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < headers.length; i++) {
            cells.text(header, i, headers[i], Style.HEADER);
            sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 16) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Appends a row: Strings become text cells, Numbers numeric cells, null stays blank. */
    public void row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                cells.number(row, i, number, Style.INTEGER);
            } else if (value instanceof Boolean bool) {
                cells.text(row, i, bool ? "yes" : "no", Style.PLAIN);
            } else {
                cells.text(row, i, value == null ? null : value.toString(), Style.WRAP);
            }
        }
    }

    /** Adds the autofilter over everything written; call once at the end. */
    public void finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
    }

    /** Rows written so far, header included. */
    public int rows() {
        return next;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.nio.file.Path;

import org.apache.poi.ss.util.CellReference;

/**
 * A spreadsheet that could not be imported, naming the file, the sheet, the row and the column of the
 * problem and what is wrong. When it is thrown nothing has been written anywhere.
 */
public class SpreadsheetImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Path file;
    private final String sheet;
    private final int row;
    private final int column;

    /**
     * @param sheet  the sheet's name, or null for a CSV file or a problem with the whole file
     * @param row    the 1-based row as the spreadsheet program shows it, or 0 when not tied to a row
     * @param column the 0-based column index, or -1 when not tied to a column
     */
    public SpreadsheetImportException(Path file, String sheet, int row, int column, String message, Throwable cause) {
        super(format(file, sheet, row, column, message), cause);
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
    }

    /** A problem with the file as a whole (not a workbook, too large, damaged). */
    public SpreadsheetImportException(Path file, String message, Throwable cause) {
        this(file, null, 0, -1, message, cause);
    }

    private static String format(Path file, String sheet, int row, int column, String message) {
        StringBuilder text = new StringBuilder(String.valueOf(file));
        String separator = ": ";
        if (sheet != null) {
            text.append(separator).append("sheet \"").append(sheet).append('"');
            separator = ", ";
        }
        if (row > 0) {
            text.append(separator).append("row ").append(row);
            separator = ", ";
        }
        if (column >= 0) {
            text.append(separator).append("column ").append(CellReference.convertNumToColString(column));
        }
        return text.append(": ").append(message).toString();
    }

    /** The file that was being imported. */
    public Path getFile() {
        return file;
    }

    /** The sheet of the problem, or null. */
    public String getSheet() {
        return sheet;
    }

    /** The 1-based row of the problem, or 0. */
    public int getRow() {
        return row;
    }

    /** The 0-based column of the problem, or -1. */
    public int getColumn() {
        return column;
    }

    /** The column as a spreadsheet program names it (A, B, ..., AA), or the empty string. */
    public String getColumnName() {
        return column < 0 ? "" : CellReference.convertNumToColString(column);
    }
}

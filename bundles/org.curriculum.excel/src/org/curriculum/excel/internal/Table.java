// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.nio.file.Path;
import java.util.List;

import org.curriculum.excel.SpreadsheetImportException;
import org.curriculum.excel.internal.CsvTable.Record;

/** The rows of one worksheet or CSV file as text, with enough context to name a cell in an error. */
public record Table(Path file, String sheet, List<Record> records) {

    /** Largest number of rows read from one sheet. */
    public static final int MAX_ROWS = 200_000;

    /** Refuses a sheet that has (or has reached) more than {@link #MAX_ROWS} rows. */
    public static void checkRowCount(Path file, String sheet, int rows) throws SpreadsheetImportException {
        if (rows > MAX_ROWS) {
            throw new SpreadsheetImportException(file, sheet, 0, -1, "has " + rows + " rows; at most " + MAX_ROWS + " are read",
                    null);
        }
    }

    /** The records of a CSV file. */
    public static Table ofCsv(Path file) throws SpreadsheetImportException {
        return checked(new Table(file, null, CsvTable.read(file)));
    }

    /**
     * Refuses characters an XML 1.0 model file cannot hold (control characters other than tab and line
     * breaks, unpaired surrogates, U+FFFE/U+FFFF): found now, the user learns the cell; found on save,
     * the import would fail with no place to look.
     */
    private static Table checked(Table table) throws SpreadsheetImportException {
        for (Record record : table.records()) {
            check(table.file(), table.sheet(), record);
        }
        return table;
    }

    /** The check of {@link #checked} for one record, for rows read one at a time. */
    public static void check(Path file, String sheet, Record record) throws SpreadsheetImportException {
        for (int c = 0; c < record.cells().size(); c++) {
            String text = record.cells().get(c);
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                boolean bad = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0xFFFE || ch == 0xFFFF;
                if (Character.isHighSurrogate(ch)) {
                    bad = i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
                    i++;
                } else if (Character.isLowSurrogate(ch)) {
                    bad = true;
                }
                if (bad) {
                    throw new SpreadsheetImportException(file, sheet, record.line(), c, String.format(
                            "contains the control character U+%04X, which a model file cannot hold; remove it", (int) ch),
                            null);
                }
            }
        }
    }

    /** An error at a cell of this table. */
    public SpreadsheetImportException error(int line, int column, String message) {
        return new SpreadsheetImportException(file, sheet, line, column, message, null);
    }
}

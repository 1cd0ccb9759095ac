// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.Arrays;

/**
 * The non-empty cells of every row of a matrix that does not follow edits: per row, one int per
 * covered column, sorted, holding the column and which kinds of link cover the cell (direct or derived,
 * partial or full; see {@link RowCells#flag(int)}).
 *
 * <p>Four bytes a cell, where the counting cells of a matrix that follows edits take twenty or more
 * (a slot of four counters in a table kept at most half full): what the export needs, since it reads
 * each cell once and never takes a link back out. Built by appending one entry per link and row, then
 * sorting each row and merging the entries of a column.
 */
final class CellSnapshot {

    private static final int FLAG_BITS = 4;
    private static final int FLAG_MASK = (1 << FLAG_BITS) - 1;
    private static final int[] EMPTY = new int[0];

    private final int[][] rows;
    private int[] filled;

    CellSnapshot(int rowCount) {
        rows = new int[rowCount][];
        filled = new int[rowCount];
        Arrays.fill(rows, EMPTY);
    }

    /** Notes that a link of the given kind counts for a cell; before {@link #finish()} only. */
    void add(int row, int column, int flag) {
        int[] entries = rows[row];
        int n = filled[row];
        if (n == entries.length) {
            entries = Arrays.copyOf(entries, Math.max(8, n + (n >> 1)));
            rows[row] = entries;
        }
        entries[n] = column << FLAG_BITS | flag;
        filled[row] = n + 1;
    }

    /** Sorts each row, merges the entries of a column into one cell, and trims the rows to size. */
    void finish() {
        for (int row = 0; row < rows.length; row++) {
            int[] entries = rows[row];
            int n = filled[row];
            if (n == 0) {
                continue;
            }
            Arrays.sort(entries, 0, n);
            int cells = 0;
            for (int i = 0; i < n; i++) {
                if (cells > 0 && entries[cells - 1] >>> FLAG_BITS == entries[i] >>> FLAG_BITS) {
                    entries[cells - 1] |= entries[i];
                } else {
                    entries[cells++] = entries[i];
                }
            }
            rows[row] = cells == entries.length ? entries : Arrays.copyOf(entries, cells);
        }
        filled = null;
    }

    /** How many cells of a row are covered. */
    int cellCount(int row) {
        return rows[row].length;
    }

    /** The column of a row's {@code k}-th covered cell, in ascending column order. */
    int columnAt(int row, int k) {
        return rows[row][k] >>> FLAG_BITS;
    }

    /** The kinds of link covering a row's {@code k}-th covered cell. */
    int flagsAt(int row, int k) {
        return rows[row][k] & FLAG_MASK;
    }

    /** The kinds of link covering a cell, 0 when none does. */
    int flags(int row, int column) {
        int[] entries = rows[row];
        int k = firstAtOrAfter(entries, column);
        return k < entries.length && entries[k] >>> FLAG_BITS == column ? entries[k] & FLAG_MASK : 0;
    }

    /** The covered columns of a row, ascending. */
    int[] coveredColumns(int row) {
        return coveredColumns(row, 0, Integer.MAX_VALUE >>> FLAG_BITS);
    }

    /** The covered columns of a row from {@code fromColumn} (inclusive) to {@code toColumn} (exclusive), ascending. */
    int[] coveredColumns(int row, int fromColumn, int toColumn) {
        int[] entries = rows[row];
        int from = firstAtOrAfter(entries, fromColumn);
        int to = Math.max(from, firstAtOrAfter(entries, toColumn));
        int[] columns = new int[to - from];
        for (int k = from; k < to; k++) {
            columns[k - from] = entries[k] >>> FLAG_BITS;
        }
        return columns;
    }

    /** The index of a row's first entry whose column is not below {@code column}. */
    private static int firstAtOrAfter(int[] entries, int column) {
        // an entry is its column shifted left with the flags below, so the column's smallest entry is flags 0
        return lowerBound(entries, column << FLAG_BITS);
    }

    /** The index of the first value not below {@code key} in an ascending array. */
    static int lowerBound(int[] ascending, int key) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < key) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.Arrays;

/**
 * The non-empty cells of one matrix row: for each column, how many direct and derived links cover it
 * partially and fully.
 *
 * <p>An open-addressing hash table over int column indices, so that a row of 20,000 columns with a few
 * hundred links costs a few kilobytes and a cell update costs no allocation. Counting links rather than
 * storing a level is what makes removing a link exact: the cell falls back to whatever the remaining
 * links give.
 */
final class RowCells {

    static final int DIRECT_PARTIAL = 0;
    static final int DIRECT_FULL = 1;
    static final int DERIVED_PARTIAL = 2;
    static final int DERIVED_FULL = 3;
    private static final int COUNTERS = 4;
    private static final int EMPTY = -1;

    private int[] columns;
    private int[] counts;
    private int used;

    /** Empty cells with room for the given number of columns before the table has to grow. */
    RowCells(int expectedColumns) {
        int capacity = 8;
        while (capacity < (expectedColumns + 1) * 2) {
            capacity <<= 1;
        }
        allocate(capacity);
    }

    private void allocate(int capacity) {
        columns = new int[capacity];
        Arrays.fill(columns, EMPTY);
        counts = new int[capacity * COUNTERS];
        used = 0;
    }

    /** The slot of a column, or -1 when the column has never been counted in this row. */
    int find(int column) {
        int mask = columns.length - 1;
        for (int slot = hash(column) & mask;; slot = (slot + 1) & mask) {
            int key = columns[slot];
            if (key == column) {
                return slot;
            }
            if (key == EMPTY) {
                return -1;
            }
        }
    }

    /** The slot of a column, made if needed. */
    int findOrAdd(int column) {
        int slot = find(column);
        if (slot >= 0) {
            return slot;
        }
        if ((used + 1) * 2 > columns.length) {
            rehash();
        }
        int mask = columns.length - 1;
        slot = hash(column) & mask;
        while (columns[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        columns[slot] = column;
        used++;
        return slot;
    }

    /** Adds {@code delta} (+1 or -1) to one of the slot's counters. */
    void count(int slot, int counter, int delta) {
        counts[slot * COUNTERS + counter] += delta;
    }

    Coverage level(int slot) {
        return slot < 0 ? Coverage.NONE : levelOf(flags(slot));
    }

    /** Whether the slot's best level comes only from derived links. */
    boolean derived(int slot) {
        return slot >= 0 && derivedOf(flags(slot));
    }

    /** Which of the four kinds of link (direct or derived, partial or full) the slot has at least one of. */
    private int flags(int slot) {
        int base = slot * COUNTERS;
        int flags = 0;
        for (int counter = 0; counter < COUNTERS; counter++) {
            if (counts[base + counter] > 0) {
                flags |= 1 << counter;
            }
        }
        return flags;
    }

    /** The flag of one kind of link, as {@link #levelOf} and {@link #derivedOf} read them. */
    static int flag(int counter) {
        return 1 << counter;
    }

    /** A cell's level from the kinds of link it has: full if any is full, else partial if any is there. */
    static Coverage levelOf(int flags) {
        if ((flags & (flag(DIRECT_FULL) | flag(DERIVED_FULL))) != 0) {
            return Coverage.FULL;
        }
        return flags != 0 ? Coverage.PARTIAL : Coverage.NONE;
    }

    /** Whether a cell's best level comes only from derived links, from the kinds of link it has. */
    static boolean derivedOf(int flags) {
        if ((flags & (flag(DIRECT_FULL) | flag(DERIVED_FULL))) != 0) {
            return (flags & flag(DIRECT_FULL)) == 0;
        }
        return (flags & flag(DIRECT_PARTIAL)) == 0 && (flags & flag(DERIVED_PARTIAL)) != 0;
    }

    /** The covered columns of this row, ascending. */
    int[] coveredColumns() {
        int[] result = new int[used];
        int n = 0;
        for (int slot = 0; slot < columns.length; slot++) {
            if (columns[slot] != EMPTY && level(slot) != Coverage.NONE) {
                result[n++] = columns[slot];
            }
        }
        int[] covered = Arrays.copyOf(result, n);
        Arrays.sort(covered);
        return covered;
    }

    /** Grows the table, dropping columns whose links have all gone so that edits do not leak slots. */
    private void rehash() {
        int[] oldColumns = columns;
        int[] oldCounts = counts;
        int live = 0;
        for (int slot = 0; slot < oldColumns.length; slot++) {
            if (oldColumns[slot] != EMPTY && !isEmpty(oldCounts, slot)) {
                live++;
            }
        }
        int capacity = 8;
        while (capacity < (live + 1) * 4) {
            capacity <<= 1;
        }
        allocate(capacity);
        int mask = capacity - 1;
        for (int slot = 0; slot < oldColumns.length; slot++) {
            if (oldColumns[slot] == EMPTY || isEmpty(oldCounts, slot)) {
                continue;
            }
            int target = hash(oldColumns[slot]) & mask;
            while (columns[target] != EMPTY) {
                target = (target + 1) & mask;
            }
            columns[target] = oldColumns[slot];
            System.arraycopy(oldCounts, slot * COUNTERS, counts, target * COUNTERS, COUNTERS);
            used++;
        }
    }

    private static boolean isEmpty(int[] counts, int slot) {
        int base = slot * COUNTERS;
        return counts[base] == 0 && counts[base + 1] == 0 && counts[base + 2] == 0 && counts[base + 3] == 0;
    }

    private static int hash(int column) {
        // Fibonacci hashing spreads consecutive column indices over the table.
        return (column * 0x9E3779B9) >>> 7;
    }
}

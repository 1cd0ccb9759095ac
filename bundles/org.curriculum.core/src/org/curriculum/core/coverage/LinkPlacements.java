// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.Arrays;
import java.util.List;

import org.curriculum.model.MappingLink;

/**
 * Where each placed link of a {@link CoverageMatrix} counts (its row, column, level and whether it is
 * direct), so that the matrix can take a link back out exactly when it changes, and the links of each
 * row in the order they were placed, for {@link CoverageMatrix#getLinks(int, int)}.
 *
 * <p>Everything is kept in primitive arrays indexed by a record number, with an open-addressing table
 * from a link's identity to its record. A map of link objects to placement objects cost a fifth of a
 * second more at 400,000 links: an object per link to allocate and copy at each collection, and a
 * reference store into a large table per link, which the collector has to note card by card. Here the
 * only array of references is filled in link order.
 */
final class LinkPlacements {

    /** What {@link #remove} answers for a link that is not here. */
    static final long ABSENT = -1L;

    private static final int NONE = -1;

    private MappingLink[] links;
    private int[] rows;
    private int[] columnsAndLevels;
    private int[] next;
    private int[] previous;
    private final int[] rowFirst;
    private final int[] rowLast;
    private int[] table;
    private int used;
    private int size;
    private int free = NONE;

    LinkPlacements(int rowCount, int expectedLinks) {
        int capacity = Math.max(16, expectedLinks + 16);
        links = new MappingLink[capacity];
        rows = new int[capacity];
        columnsAndLevels = new int[capacity];
        next = new int[capacity];
        previous = new int[capacity];
        rowFirst = new int[rowCount];
        rowLast = new int[rowCount];
        Arrays.fill(rowFirst, NONE);
        Arrays.fill(rowLast, NONE);
        table = newTable(capacity);
    }

    /** Packs a placement into one long: row, column, full, direct. */
    static long placement(int row, int column, boolean full, boolean direct) {
        return ((long) row << 32) | ((long) column << 2) | (full ? 2 : 0) | (direct ? 1 : 0);
    }

    static int row(long placement) {
        return (int) (placement >>> 32);
    }

    static int column(long placement) {
        return (int) placement >>> 2;
    }

    static boolean full(long placement) {
        return (placement & 2) != 0;
    }

    static boolean direct(long placement) {
        return (placement & 1) != 0;
    }

    /** How many links are placed. */
    int size() {
        return size;
    }

    /** Places a link that is not placed yet. */
    void add(MappingLink link, long placement) {
        int record = append(link, placement);
        if (size * 2 > table.length) {
            indexAll();
        } else {
            insert(record);
        }
    }

    /**
     * Places many links that are not placed yet: {@link #addUnindexed} for each, then {@link #indexAll()}
     * once. Filling the identity table in one tight loop lets the processor overlap its cache misses,
     * one per link, which interleaved with the rest of the work cost as much as all the rest.
     */
    void addUnindexed(MappingLink link, long placement) {
        append(link, placement);
    }

    /** Builds the identity table afresh from the records, large enough for them. */
    void indexAll() {
        if (size * 2 > table.length) {
            table = newTable(size);
        } else {
            Arrays.fill(table, NONE);
        }
        for (int r = 0; r < used; r++) {
            if (links[r] != null) {
                insert(r);
            }
        }
    }

    private int append(MappingLink link, long placement) {
        int record = newRecord();
        int row = row(placement);
        links[record] = link;
        rows[record] = row;
        columnsAndLevels[record] = (int) placement;
        // appended, so that a row lists its links in the order they were placed
        next[record] = NONE;
        previous[record] = rowLast[row];
        if (rowLast[row] == NONE) {
            rowFirst[row] = record;
        } else {
            next[rowLast[row]] = record;
        }
        rowLast[row] = record;
        size++;
        return record;
    }

    /** Takes a link out; returns where it was placed, or {@link #ABSENT}. */
    long remove(MappingLink link) {
        int record = recordOf(link);
        if (record == NONE) {
            return ABSENT;
        }
        long placement = placement(rows[record], columnsAndLevels[record]);
        deleteFromTable(record);
        int row = rows[record];
        if (previous[record] == NONE) {
            rowFirst[row] = next[record];
        } else {
            next[previous[record]] = next[record];
        }
        if (next[record] == NONE) {
            rowLast[row] = previous[record];
        } else {
            previous[next[record]] = previous[record];
        }
        links[record] = null;
        next[record] = free;
        free = record;
        size--;
        return placement;
    }

    /** Adds to {@code result} the links placed in a row and a column, in the order they were placed. */
    void collect(int row, int column, List<MappingLink> result) {
        for (int record = rowFirst[row]; record != NONE; record = next[record]) {
            if (columnsAndLevels[record] >>> 2 == column) {
                result.add(links[record]);
            }
        }
    }

    private static long placement(int row, int columnAndLevel) {
        return ((long) row << 32) | (columnAndLevel & 0xFFFFFFFFL);
    }

    private int newRecord() {
        if (free != NONE) {
            int record = free;
            free = next[record];
            return record;
        }
        if (used == links.length) {
            int capacity = used + (used >> 1) + 16;
            links = Arrays.copyOf(links, capacity);
            rows = Arrays.copyOf(rows, capacity);
            columnsAndLevels = Arrays.copyOf(columnsAndLevels, capacity);
            next = Arrays.copyOf(next, capacity);
            previous = Arrays.copyOf(previous, capacity);
        }
        return used++;
    }

    // ------------------------------------------------------------------ identity table of records

    private static int[] newTable(int records) {
        int[] empty = new int[IdentityIndex.capacityFor(records)];
        Arrays.fill(empty, NONE);
        return empty;
    }

    private void insert(int record) {
        int mask = table.length - 1;
        int slot = IdentityIndex.slot(links[record], mask);
        while (table[slot] != NONE) {
            slot = (slot + 1) & mask;
        }
        table[slot] = record;
    }

    private int recordOf(MappingLink link) {
        int mask = table.length - 1;
        for (int slot = IdentityIndex.slot(link, mask);; slot = (slot + 1) & mask) {
            int record = table[slot];
            if (record == NONE || links[record] == link) {
                return record;
            }
        }
    }

    /** Deletes a record's slot, moving later entries of its probe run back so that no lookup misses them. */
    private void deleteFromTable(int record) {
        int mask = table.length - 1;
        int hole = IdentityIndex.slot(links[record], mask);
        while (table[hole] != record) {
            hole = (hole + 1) & mask;
        }
        for (int slot = (hole + 1) & mask; table[slot] != NONE; slot = (slot + 1) & mask) {
            int home = IdentityIndex.slot(links[table[slot]], mask);
            // the entry may move to the hole unless its home lies cyclically after the hole, up to its slot
            boolean homeBetween = hole <= slot ? hole < home && home <= slot : hole < home || home <= slot;
            if (!homeBetween) {
                table[hole] = table[slot];
                hole = slot;
            }
        }
        table[hole] = NONE;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.CurriculumPackage;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.curriculum.model.labels.ElementLabels;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * The coverage of a mapping set as a matrix: one row per item of the source framework, one column per
 * standard of the target framework, one cell per pair, with totals and the coverage questions asked of
 * it. The one coverage model that the matrix view, the Excel export, the coverage report and the command
 * line all read.
 *
 * <h2>Rows and columns</h2>
 * Rows are the source framework's components (units, modules, units of competency; for a standards
 * framework, its standards) in document order; with {@link RowDetail#OUTCOMES} or
 * {@link RowDetail#CRITERIA} each component row is followed by the rows of the items inside it, depth
 * first, so a row's descendants are the rows {@code row + 1 .. getRowEnd(row) - 1}. Columns are the
 * target framework's standards (for a curriculum target, its components), grouped by the
 * {@link StandardSection} that holds them: standards directly under the framework first (an implicit
 * group), then each section's standards followed by its subsections', depth first.
 *
 * <h2>Cells and roll-up</h2>
 * A link counts for the row of its item; when the item has no row (an assessment criterion with
 * component rows, say) it counts for the row of its nearest ancestor that has one. It also counts for
 * every row above that one: a criterion's link covers its outcome and its unit. A link to a standard's
 * element, performance criterion or knowledge item counts for the standard's column. A cell's level is
 * the best level of the links counting for it; the cell is <em>derived</em> when that best level comes
 * only from links that were rolled up (from a deeper item or to a standard's part), never from a link
 * between the row's own item and the column's own standard.
 *
 * <h2>Totals</h2>
 * A row total is the number of columns a row covers; column totals count only component rows (depth
 * 0), so that a unit and its own outcomes are not counted twice.
 *
 * <h2>Keeping up with edits</h2>
 * {@link #update(MappingLink)} applies one added, removed or changed link in time proportional to the
 * depth of its item, without looking at any other link; {@link #track()} does that automatically for
 * every change to the mapping set's links. A change to the frameworks' structure (a unit or standard
 * added, moved or removed), to the mapping set's source or target, or to the qualification's groups
 * needs a new matrix from {@link #compute(MappingSet, CoverageOptions)}.
 *
 * <h2>Snapshots</h2>
 * A reader that only reads the matrix once (an export, a report) can ask for a
 * {@link #snapshot(MappingSet, CoverageOptions)} instead: the same cells, totals and answers, but no
 * record of where each link counts, so it takes a fraction of the memory and cannot follow edits.
 *
 * <p>Every data accessor takes plain int indices and reads arrays or small hash tables, so a NatTable
 * data provider can call it for each visible cell. Note the argument order: row first, then column. Not
 * thread-safe: read and update it on the thread that edits the model.
 */
public final class CoverageMatrix {

    private final MappingSet mappingSet;
    private final CoverageOptions options;

    private final MappableItem[] rowItems;
    private final int[] rowParents;
    private final int[] rowDepths;
    private final int[] rowEnds;
    private final int[] componentRows;
    private final boolean[] optionalRows;
    private final boolean hasQualification;
    private final IdentityIndex rowIndex;

    private final MappableItem[] columnItems;
    private final int[] columnGroupIndex;
    private final List<ColumnGroup> columnGroups;
    private final IdentityIndex columnIndex;

    /** The counting cells of a matrix that follows edits; null in a snapshot. */
    private final RowCells[] cells;
    /** The cells of a snapshot; null in a matrix that follows edits. */
    private final CellSnapshot snapshot;
    private final int[] rowCovered;
    private final int[] rowFullyCovered;
    private final int[] columnCovering;
    private final int[] columnFullyCovering;
    private final int[] columnMandatoryCovering;
    private final int[] groupCovered;
    private final int[] groupFullyCovered;
    private int coveredColumns;
    private int fullyCoveredColumns;

    /** Where each placed link counts, so that an edit can take it back out; null in a snapshot. */
    private final LinkPlacements placements;
    /** How many links a snapshot placed. */
    private final int snapshotLinkCount;
    private final Set<MappingLink> unplacedLinks = new LinkedHashSet<>();

    private final List<CoverageListener> listeners = new CopyOnWriteArrayList<>();
    private LinkTracker tracker;

    private CoverageMatrix(MappingSet mappingSet, CoverageOptions options, boolean followsEdits) {
        this.mappingSet = mappingSet;
        this.options = options;
        Framework source = mappingSet.getSource();
        Framework target = mappingSet.getTarget();
        if (source == null || source.eIsProxy()) {
            throw new IllegalArgumentException(ElementLabels.describe(mappingSet)
                    + " names no source framework that can be found; set its source to the curriculum or framework its links come from");
        }
        if (target == null || target.eIsProxy()) {
            throw new IllegalArgumentException(ElementLabels.describe(mappingSet)
                    + " names no target framework that can be found; set its target to the framework its links point to");
        }

        List<MappableItem> items = new ArrayList<>();
        List<Integer> parents = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (MappableItem top : topItems(source)) {
            addRows(top, -1, 0, options.getRowDetail().maximumDepth(), items, parents, depths);
        }
        int rowCount = items.size();
        rowItems = items.toArray(new MappableItem[0]);
        rowParents = parents.stream().mapToInt(Integer::intValue).toArray();
        rowDepths = depths.stream().mapToInt(Integer::intValue).toArray();
        rowEnds = new int[rowCount];
        for (int row = rowCount - 1; row >= 0; row--) {
            int end = row + 1;
            while (end < rowCount && rowDepths[end] > rowDepths[row]) {
                end = rowEnds[end];
            }
            rowEnds[row] = end;
        }
        rowIndex = new IdentityIndex(rowCount);
        for (int row = 0; row < rowCount; row++) {
            rowIndex.putIfAbsent(rowItems[row], row);
        }
        componentRows = IntStream.range(0, rowCount).filter(row -> rowDepths[row] == 0).toArray();

        Qualification qualification = options.getQualification();
        hasQualification = qualification != null;
        optionalRows = new boolean[rowCount];
        if (hasQualification) {
            Set<EObject> mandatory = mandatoryComponents(qualification);
            for (int row = 0; row < rowCount; row++) {
                int top = row;
                while (rowParents[top] >= 0) {
                    top = rowParents[top];
                }
                optionalRows[row] = !mandatory.contains(rowItems[top]);
            }
        }

        List<MappableItem> columns = new ArrayList<>();
        List<ColumnGroup> groups = new ArrayList<>();
        List<Integer> groupOfColumn = new ArrayList<>();
        collectColumns(target, columns, groups, groupOfColumn);
        columnItems = columns.toArray(new MappableItem[0]);
        columnGroups = Collections.unmodifiableList(groups);
        columnGroupIndex = groupOfColumn.stream().mapToInt(Integer::intValue).toArray();
        columnIndex = new IdentityIndex(columnItems.length);
        for (int column = 0; column < columnItems.length; column++) {
            columnIndex.putIfAbsent(columnItems[column], column);
        }

        rowCovered = new int[rowCount];
        rowFullyCovered = new int[rowCount];
        columnCovering = new int[columnItems.length];
        columnFullyCovering = new int[columnItems.length];
        columnMandatoryCovering = new int[columnItems.length];
        groupCovered = new int[groups.size()];
        groupFullyCovered = new int[groups.size()];
        List<MappingLink> links = mappingSet.getLinks();
        if (followsEdits) {
            cells = new RowCells[rowCount];
            snapshot = null;
            // sized for the links there are, plus room for edits, so that a large set is not rehashed as it is read
            placements = new LinkPlacements(rowCount, links.size() + 64);
            snapshotLinkCount = 0;
            placeAll(links);
        } else {
            cells = null;
            placements = null;
            snapshot = new CellSnapshot(rowCount);
            snapshotLinkCount = takeSnapshot(links);
        }
    }

    /**
     * Places every link of a new matrix. The same as {@link #place} for each, but each row's cells are
     * made large enough for the row's links at once, rather than grown step by step as links arrive.
     */
    private void placeAll(List<MappingLink> links) {
        long[] placed = new long[links.size()];
        int[] linksPerRow = new int[rowItems.length];
        int i = 0;
        for (MappingLink link : links) {
            long placement = placementOf(link);
            placed[i++] = placement;
            if (placement != LinkPlacements.ABSENT) {
                for (int row = LinkPlacements.row(placement); row >= 0; row = rowParents[row]) {
                    linksPerRow[row]++;
                }
            }
        }
        for (int row = 0; row < linksPerRow.length; row++) {
            if (linksPerRow[row] > 0) {
                cells[row] = new RowCells(linksPerRow[row]);
            }
        }
        i = 0;
        for (MappingLink link : links) {
            long placement = placed[i++];
            if (placement == LinkPlacements.ABSENT) {
                unplacedLinks.add(link);
            } else {
                placements.addUnindexed(link, placement);
                count(placement, +1);
            }
        }
        placements.indexAll();
    }

    /** Fills the snapshot's cells and every total from the links; returns how many links were placed. */
    private int takeSnapshot(List<MappingLink> links) {
        int placed = 0;
        for (MappingLink link : links) {
            long placement = placementOf(link);
            if (placement == LinkPlacements.ABSENT) {
                unplacedLinks.add(link);
                continue;
            }
            placed++;
            int column = LinkPlacements.column(placement);
            boolean full = LinkPlacements.full(placement);
            boolean direct = LinkPlacements.direct(placement);
            for (int row = LinkPlacements.row(placement); row >= 0; row = rowParents[row]) {
                snapshot.add(row, column, RowCells.flag(counter(full, direct)));
                direct = false;
            }
        }
        snapshot.finish();
        for (int row = 0; row < rowItems.length; row++) {
            for (int k = 0; k < snapshot.cellCount(row); k++) {
                cellChanged(row, snapshot.columnAt(row, k), Coverage.NONE, RowCells.levelOf(snapshot.flagsAt(row, k)));
            }
        }
        return placed;
    }

    /** Computes the matrix of a mapping set with component rows and no qualification. */
    public static CoverageMatrix compute(MappingSet mappingSet) {
        return compute(mappingSet, CoverageOptions.defaults());
    }

    /**
     * Computes the matrix of a mapping set from all its links.
     *
     * @throws IllegalArgumentException when the mapping set's source or target framework is missing or
     *                                  cannot be loaded; the message says which and what to do
     */
    public static CoverageMatrix compute(MappingSet mappingSet, CoverageOptions options) {
        return new CoverageMatrix(mappingSet, options, true);
    }

    /**
     * Computes the matrix of a mapping set from all its links as they are now, for a reader that will
     * not edit them (an export, a report): the same cells, totals and answers as
     * {@link #compute(MappingSet, CoverageOptions)}, in a fraction of the memory, because it keeps no
     * record of where each link counts (only four bytes per covered cell). Such a matrix cannot follow
     * edits: {@link #update(MappingLink)} and {@link #track()} throw, and {@link #getLinks(int, int)}
     * reads every link of the mapping set.
     *
     * @throws IllegalArgumentException when the mapping set's source or target framework is missing or
     *                                  cannot be loaded; the message says which and what to do
     */
    public static CoverageMatrix snapshot(MappingSet mappingSet, CoverageOptions options) {
        return new CoverageMatrix(mappingSet, options, false);
    }

    /** Whether this matrix can follow edits (from {@link #compute}), rather than being a {@link #snapshot}. */
    public boolean followsEdits() {
        return placements != null;
    }

    // ------------------------------------------------------------------ structure

    /** The mapping set this matrix shows. */
    public MappingSet getMappingSet() {
        return mappingSet;
    }

    /** The options the matrix was computed with. */
    public CoverageOptions getOptions() {
        return options;
    }

    /** The number of rows. */
    public int getRowCount() {
        return rowItems.length;
    }

    /** The number of columns (standards). */
    public int getColumnCount() {
        return columnItems.length;
    }

    /** The source item shown by a row: a component, or with more detail an outcome, criterion... */
    public MappableItem getRowItem(int row) {
        return rowItems[row];
    }

    /** 0 for a component row, 1 for an item directly inside a component, and so on. */
    public int getRowDepth(int row) {
        return rowDepths[row];
    }

    /** The row of the item that contains this row's item, or -1 for a component row. */
    public int getRowParent(int row) {
        return rowParents[row];
    }

    /** One past the last row of this row's subtree: its descendants are the rows in between. */
    public int getRowEnd(int row) {
        return rowEnds[row];
    }

    /** The component rows (depth 0), ascending. */
    public int[] getComponentRows() {
        return componentRows.clone();
    }

    /** The row of an item, or -1 when the item has no row (not in the source, or deeper than the rows go). */
    public int getRowOf(EObject item) {
        return rowIndex.get(item);
    }

    /** The standard shown by a column. */
    public MappableItem getColumnItem(int column) {
        return columnItems[column];
    }

    /** The column of a standard, or -1 when it is not a column of this matrix. */
    public int getColumnOf(EObject standard) {
        return columnIndex.get(standard);
    }

    /** The column groups in column order; a framework without sections has one implicit group. */
    public List<ColumnGroup> getColumnGroups() {
        return columnGroups;
    }

    /** The group a column belongs to. */
    public ColumnGroup getColumnGroup(int column) {
        return columnGroups.get(columnGroupIndex[column]);
    }

    /** Whether a qualification was given, so that mandatory and optional rows are known. */
    public boolean hasQualification() {
        return hasQualification;
    }

    /**
     * Whether a row's component is optional in the qualification: in no mandatory group of its rules.
     * Rows below a component share its answer. Always false without a qualification.
     */
    public boolean isOptional(int row) {
        return optionalRows[row];
    }

    // ------------------------------------------------------------------ cells

    /** The coverage shown in a cell. */
    public Coverage getCoverage(int row, int column) {
        if (snapshot != null) {
            return RowCells.levelOf(snapshot.flags(row, column));
        }
        RowCells rowCells = cells[row];
        return rowCells == null ? Coverage.NONE : rowCells.level(rowCells.find(column));
    }

    /**
     * Whether a covered cell's level comes only from rolled-up links: from an item below the row's own,
     * or to a part of the column's standard. False for an empty cell.
     */
    public boolean isDerived(int row, int column) {
        if (snapshot != null) {
            return RowCells.derivedOf(snapshot.flags(row, column));
        }
        RowCells rowCells = cells[row];
        return rowCells != null && rowCells.derived(rowCells.find(column));
    }

    /**
     * The links behind a cell, direct and rolled up, e.g. to show their rationale. Not for the paint
     * loop: it walks the links of the row's subtree (in a {@link #snapshot}, every link of the mapping
     * set as it is now).
     */
    public List<MappingLink> getLinks(int row, int column) {
        List<MappingLink> result = new ArrayList<>();
        if (placements == null) {
            for (MappingLink link : mappingSet.getLinks()) {
                long placement = placementOf(link);
                if (placement != LinkPlacements.ABSENT && LinkPlacements.column(placement) == column
                        && LinkPlacements.row(placement) >= row && LinkPlacements.row(placement) < rowEnds[row]) {
                    result.add(link);
                }
            }
            return result;
        }
        for (int r = row; r < rowEnds[row]; r++) {
            placements.collect(r, column, result);
        }
        return result;
    }

    // ------------------------------------------------------------------ totals per row

    /** How many standards a row covers at any level (the "ticks" of a unit). */
    public int getRowTotal(int row) {
        return rowCovered[row];
    }

    /** How many standards a row covers fully. */
    public int getRowFullTotal(int row) {
        return rowFullyCovered[row];
    }

    /** The columns a row covers at any level, ascending. */
    public int[] getColumnsCoveredBy(int row) {
        if (snapshot != null) {
            return snapshot.coveredColumns(row);
        }
        RowCells rowCells = cells[row];
        return rowCells == null ? new int[0] : rowCells.coveredColumns();
    }

    /**
     * The columns from {@code fromColumn} (inclusive) to {@code toColumn} (exclusive) that a row covers at
     * any level, ascending: e.g. a row's cells in one {@link ColumnGroup}. In a {@link #snapshot} this
     * costs a binary search and the columns found; otherwise a walk over the row's cells.
     */
    public int[] getColumnsCoveredBy(int row, int fromColumn, int toColumn) {
        if (snapshot != null) {
            return snapshot.coveredColumns(row, fromColumn, toColumn);
        }
        int[] all = getColumnsCoveredBy(row);
        int from = CellSnapshot.lowerBound(all, fromColumn);
        return Arrays.copyOfRange(all, from, Math.max(from, CellSnapshot.lowerBound(all, toColumn)));
    }

    /** The component rows that cover no standard at all, ascending. */
    public int[] getRowsMappingToNothing() {
        return Arrays.stream(componentRows).filter(row -> rowCovered[row] == 0).toArray();
    }

    // ------------------------------------------------------------------ totals per column

    /** How many component rows cover a standard at any level. */
    public int getColumnTotal(int column) {
        return columnCovering[column];
    }

    /** How many component rows cover a standard fully. */
    public int getColumnFullTotal(int column) {
        return columnFullyCovering[column];
    }

    /** The best coverage any row gives a standard. */
    public Coverage getColumnCoverage(int column) {
        if (columnFullyCovering[column] > 0) {
            return Coverage.FULL;
        }
        return columnCovering[column] > 0 ? Coverage.PARTIAL : Coverage.NONE;
    }

    /** The component rows covering a standard at any level, ascending. */
    public int[] getRowsCovering(int column) {
        return Arrays.stream(componentRows).filter(row -> getCoverage(row, column) != Coverage.NONE).toArray();
    }

    /** The standards no row covers, ascending. */
    public int[] getUncoveredColumns() {
        return columnsWhere(column -> columnCovering[column] == 0);
    }

    /** The standards covered, but only partially, ascending. */
    public int[] getPartiallyCoveredOnlyColumns() {
        return columnsWhere(column -> columnCovering[column] > 0 && columnFullyCovering[column] == 0);
    }

    /**
     * The standards covered only by optional components, so that a learner may achieve the qualification
     * without meeting them; ascending. Empty without a qualification.
     */
    public int[] getColumnsCoveredOnlyByOptional() {
        if (!hasQualification) {
            return new int[0];
        }
        return columnsWhere(this::isCoveredOnlyByOptional);
    }

    /** Whether a standard is covered, but by no mandatory component. False without a qualification. */
    public boolean isCoveredOnlyByOptional(int column) {
        return hasQualification && columnCovering[column] > 0 && columnMandatoryCovering[column] == 0;
    }

    private int[] columnsWhere(IntPredicate test) {
        int[] result = new int[columnItems.length];
        int n = 0;
        for (int column = 0; column < columnItems.length; column++) {
            if (test.test(column)) {
                result[n++] = column;
            }
        }
        return Arrays.copyOf(result, n);
    }

    // ------------------------------------------------------------------ summaries

    /** The share of the whole target framework's standards covered, at any level and fully. */
    public CoverageSummary getSummary() {
        return new CoverageSummary(columnItems.length, coveredColumns, fullyCoveredColumns);
    }

    /** The share of one column group's standards covered, at any level and fully. */
    public CoverageSummary getGroupSummary(int groupIndex) {
        return new CoverageSummary(columnGroups.get(groupIndex).columnCount(), groupCovered[groupIndex],
                groupFullyCovered[groupIndex]);
    }

    /** How many links of the mapping set the matrix has taken in, placed or not. */
    public int getLinkCount() {
        return (placements == null ? snapshotLinkCount : placements.size()) + unplacedLinks.size();
    }

    /**
     * The links the matrix cannot show: their item is not in the source framework or their standard not in
     * the target framework (or either is missing), in the order met.
     */
    public List<MappingLink> getUnplacedLinks() {
        return List.copyOf(unplacedLinks);
    }

    // ------------------------------------------------------------------ updates

    /**
     * Brings the matrix up to date with one link that was added to, removed from or changed in the
     * mapping set (its item, standard or coverage). Costs time in proportion to the depth of the link's
     * rows, whatever the size of the matrix. Calling it for a link that did not change is harmless.
     *
     * @throws IllegalStateException for a {@link #snapshot}, which cannot follow edits
     */
    public void update(MappingLink link) {
        requireFollowsEdits();
        long before = unplace(link);
        long after = link.eContainer() == mappingSet ? place(link) : LinkPlacements.ABSENT;
        if (!listeners.isEmpty()) {
            if (before != LinkPlacements.ABSENT) {
                fire(before);
            }
            if (after != LinkPlacements.ABSENT && after != before) {
                fire(after);
            }
        }
    }

    private void requireFollowsEdits() {
        if (placements == null) {
            throw new IllegalStateException("this coverage matrix is a snapshot and cannot follow edits to "
                    + ElementLabels.describe(mappingSet) + "; compute one with CoverageMatrix.compute to follow them");
        }
    }

    /**
     * Keeps the matrix up to date with every change to the mapping set's links from now on, by an
     * adapter on the mapping set; returns this matrix. Call {@link #dispose()} when the matrix is no
     * longer shown.
     *
     * @throws IllegalStateException for a {@link #snapshot}, which cannot follow edits
     */
    public CoverageMatrix track() {
        requireFollowsEdits();
        if (tracker == null) {
            tracker = new LinkTracker();
            mappingSet.eAdapters().add(tracker);
        }
        return this;
    }

    /** Stops tracking the mapping set and forgets the listeners. */
    public void dispose() {
        if (tracker != null) {
            mappingSet.eAdapters().remove(tracker);
            tracker = null;
        }
        listeners.clear();
    }

    /** Asks to be told after each link change the matrix applies. */
    public void addListener(CoverageListener listener) {
        listeners.add(listener);
    }

    /** Stops telling a listener. */
    public void removeListener(CoverageListener listener) {
        listeners.remove(listener);
    }

    /** Where a link counts, or {@link LinkPlacements#ABSENT} when its item or standard has no row or column. */
    private long placementOf(MappingLink link) {
        MappableItem item = link.getItem();
        MappableItem standard = link.getStandard();
        int row = nearest(item, rowIndex);
        int column = nearest(standard, columnIndex);
        if (row < 0 || column < 0) {
            return LinkPlacements.ABSENT;
        }
        boolean direct = rowItems[row] == item && columnItems[column] == standard;
        return LinkPlacements.placement(row, column, link.getCoverage() == CoverageLevel.FULL, direct);
    }

    private long place(MappingLink link) {
        long placement = placementOf(link);
        if (placement == LinkPlacements.ABSENT) {
            unplacedLinks.add(link);
            return placement;
        }
        placements.add(link, placement);
        count(placement, +1);
        return placement;
    }

    private long unplace(MappingLink link) {
        long placement = placements.remove(link);
        if (placement == LinkPlacements.ABSENT) {
            unplacedLinks.remove(link);
            return placement;
        }
        count(placement, -1);
        return placement;
    }

    /** The index of an item or of its nearest container that has one, or -1. */
    private static int nearest(EObject item, IdentityIndex index) {
        for (EObject current = item; current != null; current = current.eContainer()) {
            int found = index.get(current);
            if (found >= 0) {
                return found;
            }
        }
        return -1;
    }

    private static int counter(boolean full, boolean direct) {
        return full ? (direct ? RowCells.DIRECT_FULL : RowCells.DERIVED_FULL)
                : (direct ? RowCells.DIRECT_PARTIAL : RowCells.DERIVED_PARTIAL);
    }

    private void count(long placement, int delta) {
        int column = LinkPlacements.column(placement);
        boolean full = LinkPlacements.full(placement);
        boolean direct = LinkPlacements.direct(placement);
        for (int row = LinkPlacements.row(placement); row >= 0; row = rowParents[row]) {
            RowCells rowCells = cells[row];
            if (rowCells == null) {
                rowCells = new RowCells(1);
                cells[row] = rowCells;
            }
            int slot = rowCells.findOrAdd(column);
            Coverage before = rowCells.level(slot);
            rowCells.count(slot, counter(full, direct), delta);
            Coverage after = rowCells.level(slot);
            if (before != after) {
                cellChanged(row, column, before, after);
            }
            // only the link's own row can be direct; every row above gets it rolled up
            direct = false;
        }
    }

    private void cellChanged(int row, int column, Coverage before, Coverage after) {
        int covered = (after != Coverage.NONE ? 1 : 0) - (before != Coverage.NONE ? 1 : 0);
        int full = (after == Coverage.FULL ? 1 : 0) - (before == Coverage.FULL ? 1 : 0);
        rowCovered[row] += covered;
        rowFullyCovered[row] += full;
        if (rowDepths[row] != 0) {
            return;
        }
        int group = columnGroupIndex[column];
        if (covered != 0) {
            int old = columnCovering[column];
            columnCovering[column] += covered;
            if (!optionalRows[row]) {
                columnMandatoryCovering[column] += covered;
            }
            int change = (columnCovering[column] > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
            coveredColumns += change;
            groupCovered[group] += change;
        }
        if (full != 0) {
            int old = columnFullyCovering[column];
            columnFullyCovering[column] += full;
            int change = (columnFullyCovering[column] > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
            fullyCoveredColumns += change;
            groupFullyCovered[group] += change;
        }
    }

    private void fire(long placement) {
        int depth = 0;
        for (int row = LinkPlacements.row(placement); row >= 0; row = rowParents[row]) {
            depth++;
        }
        int[] rows = new int[depth];
        int i = 0;
        for (int row = LinkPlacements.row(placement); row >= 0; row = rowParents[row]) {
            rows[i++] = row;
        }
        for (CoverageListener listener : listeners) {
            listener.coverageChanged(this, LinkPlacements.column(placement), rows);
        }
    }

    /** Applies changes to the mapping set's links as they happen. */
    private final class LinkTracker extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch() || notification.getEventType() == Notification.RESOLVE) {
                return;
            }
            Object feature = notification.getFeature();
            Object notifier = notification.getNotifier();
            if (notifier == mappingSet && feature == CurriculumPackage.Literals.MAPPING_SET__LINKS) {
                linksChanged(notification);
            } else if (notifier instanceof MappingLink link && link.eContainer() == mappingSet
                    && (feature == CurriculumPackage.Literals.MAPPING_LINK__ITEM
                            || feature == CurriculumPackage.Literals.MAPPING_LINK__STANDARD
                            || feature == CurriculumPackage.Literals.MAPPING_LINK__COVERAGE)) {
                update(link);
            }
        }

        private void linksChanged(Notification notification) {
            switch (notification.getEventType()) {
            case Notification.ADD, Notification.REMOVE, Notification.SET, Notification.UNSET:
                updateAll(notification.getOldValue());
                updateAll(notification.getNewValue());
                break;
            case Notification.ADD_MANY:
                updateAll(notification.getNewValue());
                break;
            case Notification.REMOVE_MANY:
                updateAll(notification.getOldValue());
                break;
            default:
                // MOVE changes no coverage: rows follow the frameworks, not the order of links.
                break;
            }
        }

        private void updateAll(Object value) {
            if (value instanceof MappingLink link) {
                update(link);
            } else if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof MappingLink link) {
                        update(link);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ outline of the frameworks

    /** The items that make a framework's top-level rows or columns, in document order. */
    private static List<? extends MappableItem> topItems(Framework framework) {
        if (framework instanceof Curriculum curriculum) {
            return curriculum.getComponents();
        }
        if (framework instanceof StandardsFramework standards) {
            List<MappableItem> all = new ArrayList<>(standards.getStandards());
            for (StandardSection section : standards.getSections()) {
                addStandards(section, all);
            }
            return all;
        }
        return List.of();
    }

    private static void addStandards(StandardSection section, List<MappableItem> all) {
        all.addAll(section.getStandards());
        for (StandardSection subsection : section.getSections()) {
            addStandards(subsection, all);
        }
    }

    private static void addRows(MappableItem item, int parent, int depth, int maximumDepth, List<MappableItem> items,
            List<Integer> parents, List<Integer> depths) {
        int row = items.size();
        items.add(item);
        parents.add(parent);
        depths.add(depth);
        if (depth >= maximumDepth) {
            return;
        }
        for (EObject child : item.eContents()) {
            if (child instanceof MappableItem childItem) {
                addRows(childItem, row, depth + 1, maximumDepth, items, parents, depths);
            }
        }
    }

    private static void collectColumns(Framework target, List<MappableItem> columns, List<ColumnGroup> groups,
            List<Integer> groupOfColumn) {
        if (target instanceof StandardsFramework standards) {
            if (!standards.getStandards().isEmpty() || standards.getSections().isEmpty()) {
                addGroup(null, standards.getTitle(), standards.getStandards(), columns, groups, groupOfColumn);
            }
            for (StandardSection section : standards.getSections()) {
                addSectionGroups(section, columns, groups, groupOfColumn);
            }
        } else {
            addGroup(null, target.getTitle(), topItems(target), columns, groups, groupOfColumn);
        }
    }

    private static void addSectionGroups(StandardSection section, List<MappableItem> columns, List<ColumnGroup> groups,
            List<Integer> groupOfColumn) {
        if (!section.getStandards().isEmpty()) {
            addGroup(section, section.getTitle(), section.getStandards(), columns, groups, groupOfColumn);
        }
        for (StandardSection subsection : section.getSections()) {
            addSectionGroups(subsection, columns, groups, groupOfColumn);
        }
    }

    private static void addGroup(StandardSection section, String title, List<? extends MappableItem> standards,
            List<MappableItem> columns, List<ColumnGroup> groups, List<Integer> groupOfColumn) {
        int index = groups.size();
        groups.add(new ColumnGroup(index, section, title == null ? "" : title, columns.size(), standards.size()));
        for (MappableItem standard : standards) {
            columns.add(standard);
            groupOfColumn.add(index);
        }
    }

    private static Set<EObject> mandatoryComponents(Qualification qualification) {
        Set<EObject> mandatory = new HashSet<>();
        if (qualification.getRules() != null) {
            for (ComponentGroup group : qualification.getRules().getGroups()) {
                if (group.isMandatory()) {
                    for (CurriculumComponent component : group.getComponents()) {
                        mandatory.add(component);
                    }
                }
            }
        }
        return mandatory;
    }
}

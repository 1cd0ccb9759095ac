// SPDX-License-Identifier: EPL-2.0
package org.curriculum.core.coverage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.curriculum.model.ComponentGroup;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Curriculum;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardSection;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

/**
 * The core coverage model ({@link CoverageMatrix}) seen in the layout councils publish grids in: the
 * standards grouped by section, the items ordered by the rules-of-combination groups of the
 * {@link GoverningQualification} (mandatory units, then optional ones, as Annexe B prints them); which
 * of the two runs down the rows is the reader's {@link GridOrientation}. It reads
 * every cell, total and summary from the matrix and computes no coverage of its own, so the export,
 * the report and the command line agree with the matrix view. The matrix is a snapshot: the grid is
 * read once, so it keeps no record of each link, only four bytes per mark.
 */
public final class CoverageGrid {

    /** A group of rows or columns, e.g. a section of standards or "Mandatory units". */
    public record Group(String title, List<MappableItem> members) {
    }

    /** What one cell shows: the best coverage and whether it only comes through a sub-item. */
    public record Cell(CoverageLevel level, boolean derived) {
    }

    private final MappingSet mapping;
    private final CoverageMatrix matrix;
    private final List<Group> standardGroups = new ArrayList<>();
    private final List<Group> itemGroups;
    private final List<MappableItem> standards = new ArrayList<>();
    private final List<MappableItem> items = new ArrayList<>();

    private CoverageGrid(MappingSet mapping) {
        this.mapping = mapping;
        Qualification governing = GoverningQualification.of(mapping);
        CoverageOptions options = CoverageOptions.defaults().withQualification(governing);
        // read once and never edited: a snapshot keeps four bytes per covered cell and nothing per link
        this.matrix = CoverageMatrix.snapshot(mapping, options);
        for (ColumnGroup group : matrix.getColumnGroups()) {
            List<MappableItem> members = new ArrayList<>();
            for (int c = group.firstColumn(); c < group.endColumn(); c++) {
                members.add(matrix.getColumnItem(c));
            }
            // a flat framework's implicit group needs no heading row of its own
            standardGroups.add(new Group(group.section() == null ? null : sectionPath(group.section()), members));
            standards.addAll(members);
        }
        this.itemGroups = groupsOf(mapping.getSource(), governing);
        itemGroups.forEach(group -> items.addAll(group.members()));
    }

    private static String sectionPath(StandardSection section) {
        String title = section.getTitle() != null ? section.getTitle() : section.getCode();
        return section.eContainer() instanceof StandardSection parent ? sectionPath(parent) + " / " + title : title;
    }

    /** Builds the grid of a mapping set whose source and target are resolved. */
    public static CoverageGrid of(MappingSet mapping) {
        return new CoverageGrid(mapping);
    }

    /** Items in rules-of-combination group order, then any others in document order. */
    private static List<Group> groupsOf(Framework framework, Qualification withRules) {
        List<Group> groups = new ArrayList<>();
        if (framework instanceof Curriculum curriculum) {
            Set<MappableItem> seen = new LinkedHashSet<>();
            if (withRules != null) {
                for (ComponentGroup group : withRules.getRules().getGroups()) {
                    List<MappableItem> members = new ArrayList<>();
                    for (CurriculumComponent component : group.getComponents()) {
                        if (curriculum.getComponents().contains(component) && seen.add(component)) {
                            members.add(component);
                        }
                    }
                    if (!members.isEmpty()) {
                        groups.add(new Group(group.getTitle(), members));
                    }
                }
            }
            List<MappableItem> rest = new ArrayList<>();
            for (CurriculumComponent component : curriculum.getComponents()) {
                if (!seen.contains(component)) {
                    rest.add(component);
                }
            }
            if (!rest.isEmpty()) {
                groups.add(new Group(groups.isEmpty() ? null : "Other components", rest));
            }
        } else if (framework instanceof StandardsFramework standards) {
            List<MappableItem> members = new ArrayList<>();
            for (TreeIterator<EObject> it = standards.eAllContents(); it.hasNext();) {
                EObject next = it.next();
                if (next instanceof Standard standard) {
                    members.add(standard);
                    it.prune();
                }
            }
            groups.add(new Group(null, members));
        }
        return groups;
    }

    /** The mapping set the grid shows. */
    public MappingSet mapping() {
        return mapping;
    }

    /** Row groups (sections of standards) in document order, empty groups included. */
    public List<Group> standardGroups() {
        return Collections.unmodifiableList(standardGroups);
    }

    /** Column groups (rules-of-combination groups, then any remaining components). */
    public List<Group> itemGroups() {
        return Collections.unmodifiableList(itemGroups);
    }

    /** Every row (standard) in order. */
    public List<MappableItem> standards() {
        return Collections.unmodifiableList(standards);
    }

    /** Every column (item) in order. */
    public List<MappableItem> items() {
        return Collections.unmodifiableList(items);
    }

    /** The core coverage matrix this grid shows: a {@link CoverageMatrix#snapshot}, which cannot follow edits. */
    public CoverageMatrix matrix() {
        return matrix;
    }

    /** The cell of a standard and an item, or null when the item does not cover the standard. */
    public Cell cell(MappableItem standard, MappableItem item) {
        int matrixRow = matrix.getRowOf(item);
        int matrixColumn = matrix.getColumnOf(standard);
        if (matrixRow < 0 || matrixColumn < 0) {
            return null;
        }
        Coverage coverage = matrix.getCoverage(matrixRow, matrixColumn);
        if (coverage == Coverage.NONE) {
            return null;
        }
        return new Cell(coverage == Coverage.FULL ? CoverageLevel.FULL : CoverageLevel.PARTIAL,
                matrix.isDerived(matrixRow, matrixColumn));
    }

    /**
     * Reads which cells of a grid show a mark, one group of grid rows at a time, so that a writer holds
     * the marks of the rows it is writing and no more (at national scale a grid has half a million
     * marks, and 40 million cells, most of them blank).
     *
     * @param gridColumns the grid's columns in order: items, or standards when the items are in rows
     * @param orientation what the grid's rows are
     */
    public Marks marks(List<MappableItem> gridColumns, GridOrientation orientation) {
        return new Marks(gridColumns, orientation == GridOrientation.STANDARDS_IN_ROWS);
    }

    /** The marked cells of a grid, row by row; see {@link CoverageGrid#marks(List, GridOrientation)}. */
    public final class Marks {

        private final boolean standardsInRows;
        /** With standards in rows: the matrix row of each grid column (item), -1 for none. */
        private final int[] matrixRowOfPosition;
        /** With items in rows: the grid column of each matrix column (standard), -1 for none. */
        private final int[] positionOfMatrixColumn;

        private Marks(List<MappableItem> gridColumns, boolean standardsInRows) {
            this.standardsInRows = standardsInRows;
            if (standardsInRows) {
                matrixRowOfPosition = new int[gridColumns.size()];
                for (int i = 0; i < gridColumns.size(); i++) {
                    matrixRowOfPosition[i] = matrix.getRowOf(gridColumns.get(i));
                }
                positionOfMatrixColumn = null;
            } else {
                positionOfMatrixColumn = new int[matrix.getColumnCount()];
                Arrays.fill(positionOfMatrixColumn, -1);
                for (int i = 0; i < gridColumns.size(); i++) {
                    int column = matrix.getColumnOf(gridColumns.get(i));
                    if (column >= 0) {
                        positionOfMatrixColumn[column] = i;
                    }
                }
                matrixRowOfPosition = null;
            }
        }

        /** For each of {@code gridRows}, the grid columns of the cells that show a mark, ascending. */
        public int[][] of(List<MappableItem> gridRows) {
            return standardsInRows ? ofStandards(gridRows) : ofItems(gridRows);
        }

        private int[][] ofItems(List<MappableItem> items) {
            int[][] result = new int[items.size()][];
            for (int r = 0; r < result.length; r++) {
                int row = matrix.getRowOf(items.get(r));
                int[] covered = row < 0 ? new int[0] : matrix.getColumnsCoveredBy(row);
                int n = 0;
                for (int column : covered) {
                    if (positionOfMatrixColumn[column] >= 0) {
                        covered[n++] = positionOfMatrixColumn[column];
                    }
                }
                result[r] = Arrays.copyOf(covered, n);
                Arrays.sort(result[r]);
            }
            return result;
        }

        private int[][] ofStandards(List<MappableItem> standards) {
            // the matrix columns of these standards: a section's are adjacent, so only its span is read
            int first = Integer.MAX_VALUE;
            int last = -1;
            int[] columns = new int[standards.size()];
            for (int r = 0; r < columns.length; r++) {
                columns[r] = matrix.getColumnOf(standards.get(r));
                if (columns[r] >= 0) {
                    first = Math.min(first, columns[r]);
                    last = Math.max(last, columns[r]);
                }
            }
            int[][] result = new int[standards.size()][];
            if (last < 0) {
                Arrays.fill(result, new int[0]);
                return result;
            }
            int[] gridRowOfColumn = new int[last - first + 1];
            Arrays.fill(gridRowOfColumn, -1);
            for (int r = 0; r < columns.length; r++) {
                if (columns[r] >= 0) {
                    gridRowOfColumn[columns[r] - first] = r;
                }
            }
            // two passes over the items' cells in the span: count each grid row's marks, then fill them
            int[] counts = new int[standards.size()];
            forEachMark(first, last, gridRowOfColumn, (r, position) -> counts[r]++);
            for (int r = 0; r < result.length; r++) {
                result[r] = new int[counts[r]];
            }
            int[] filled = new int[standards.size()];
            // items are visited in grid order, so each row's list comes out ascending
            forEachMark(first, last, gridRowOfColumn, (r, position) -> result[r][filled[r]++] = position);
            return result;
        }

        private void forEachMark(int first, int last, int[] gridRowOfColumn, IntBiConsumer action) {
            for (int position = 0; position < matrixRowOfPosition.length; position++) {
                int row = matrixRowOfPosition[position];
                if (row < 0) {
                    continue;
                }
                for (int column : matrix.getColumnsCoveredBy(row, first, last + 1)) {
                    int r = gridRowOfColumn[column - first];
                    if (r >= 0) {
                        action.accept(r, position);
                    }
                }
            }
        }
    }

    /** An action on a grid row and a grid column. */
    @FunctionalInterface
    private interface IntBiConsumer {
        void accept(int gridRow, int gridColumn);
    }

    /** How many items cover a standard. */
    public int standardTotal(MappableItem row) {
        int column = matrix.getColumnOf(row);
        return column < 0 ? 0 : matrix.getColumnTotal(column);
    }

    /** How many standards an item covers. */
    public int itemTotal(MappableItem column) {
        int row = matrix.getRowOf(column);
        return row < 0 ? 0 : matrix.getRowTotal(row);
    }

    /** The best coverage any item gives a standard, or null when none covers it. */
    public CoverageLevel best(MappableItem row) {
        int column = matrix.getColumnOf(row);
        Coverage coverage = column < 0 ? Coverage.NONE : matrix.getColumnCoverage(column);
        return coverage == Coverage.NONE ? null : coverage == Coverage.FULL ? CoverageLevel.FULL : CoverageLevel.PARTIAL;
    }

    /** How many of the given standards are covered at all, and how many fully. */
    public int[] covered(List<MappableItem> members) {
        int any = 0;
        int full = 0;
        for (MappableItem row : members) {
            CoverageLevel best = best(row);
            if (best != null) {
                any++;
                if (best == CoverageLevel.FULL) {
                    full++;
                }
            }
        }
        return new int[] { any, full };
    }

    /** Whether an item is optional in the qualification (false when there is none or the item is mandatory). */
    public boolean isOptional(MappableItem column) {
        int row = matrix.getRowOf(column);
        return row >= 0 && matrix.hasQualification() && matrix.isOptional(row);
    }

    /** Links whose item or standard is not an item of the mapping's source or target framework. */
    public List<MappingLink> unplaced() {
        return matrix.getUnplacedLinks();
    }
}

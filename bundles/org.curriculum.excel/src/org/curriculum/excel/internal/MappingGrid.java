// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.curriculum.core.coverage.ColumnGroup;
import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;

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
 * The core coverage model ({@link CoverageMatrix}) seen in the layout councils publish grids in: one row
 * per standard (grouped by section), one column per item, columns ordered by the first qualification's
 * rules-of-combination groups (mandatory units, then optional ones, as Annexe B prints them). It reads
 * every cell, total and summary from the matrix and computes no coverage of its own, so the export,
 * the report and the command line agree with the matrix view.
 */
public final class MappingGrid {

    /** A group of rows or columns, e.g. a section of standards or "Mandatory units". */
    public record Group(String title, List<MappableItem> members) {
    }

    /** What one cell shows: the best coverage and whether it only comes through a sub-item. */
    public record Cell(CoverageLevel level, boolean derived) {
    }

    private final MappingSet mapping;
    private final CoverageMatrix matrix;
    private final List<Group> rowGroups = new ArrayList<>();
    private final List<Group> columnGroups;
    private final List<MappableItem> rows = new ArrayList<>();
    private final List<MappableItem> columns = new ArrayList<>();

    private MappingGrid(MappingSet mapping) {
        this.mapping = mapping;
        CoverageOptions options = CoverageOptions.defaults();
        if (mapping.getSource() instanceof Curriculum curriculum) {
            Qualification withRules = curriculum.getQualifications().stream().filter(q -> q.getRules() != null)
                    .findFirst().orElse(null);
            options = options.withQualification(withRules);
        }
        this.matrix = CoverageMatrix.compute(mapping, options);
        for (ColumnGroup group : matrix.getColumnGroups()) {
            List<MappableItem> members = new ArrayList<>();
            for (int c = group.firstColumn(); c < group.endColumn(); c++) {
                members.add(matrix.getColumnItem(c));
            }
            // a flat framework's implicit group needs no heading row of its own
            rowGroups.add(new Group(group.section() == null ? null : sectionPath(group.section()), members));
            rows.addAll(members);
        }
        this.columnGroups = groupsOf(mapping.getSource());
        columnGroups.forEach(group -> columns.addAll(group.members()));
    }

    private static String sectionPath(StandardSection section) {
        String title = section.getTitle() != null ? section.getTitle() : section.getCode();
        return section.eContainer() instanceof StandardSection parent ? sectionPath(parent) + " / " + title : title;
    }

    /** Builds the grid of a mapping set whose source and target are resolved. */
    public static MappingGrid of(MappingSet mapping) {
        return new MappingGrid(mapping);
    }

    /** Items in rules-of-combination group order, then any others in document order. */
    private static List<Group> groupsOf(Framework framework) {
        List<Group> groups = new ArrayList<>();
        if (framework instanceof Curriculum curriculum) {
            Set<MappableItem> seen = new LinkedHashSet<>();
            Qualification withRules = curriculum.getQualifications().stream().filter(q -> q.getRules() != null)
                    .findFirst().orElse(null);
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
    public List<Group> rowGroups() {
        return Collections.unmodifiableList(rowGroups);
    }

    /** Column groups (rules-of-combination groups, then any remaining components). */
    public List<Group> columnGroups() {
        return Collections.unmodifiableList(columnGroups);
    }

    /** Every row (standard) in order. */
    public List<MappableItem> rows() {
        return Collections.unmodifiableList(rows);
    }

    /** Every column (item) in order. */
    public List<MappableItem> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The core coverage matrix this grid shows. */
    public CoverageMatrix matrix() {
        return matrix;
    }

    /** The cell of a standard and an item, or null when the item does not cover the standard. */
    public Cell cell(MappableItem row, MappableItem column) {
        int matrixRow = matrix.getRowOf(column);
        int matrixColumn = matrix.getColumnOf(row);
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
     * For each of {@code gridRows}, the indices into {@code gridColumns} of the cells that show a mark,
     * ascending; the rows are standards and the columns items, or the other way round when
     * {@code standardsInRows} is false. The export writes a row's marks from this without probing every
     * blank cell: a grid has far more blanks than marks (40 million cells against half a million marks
     * at national scale).
     */
    public int[][] markedColumns(List<MappableItem> gridRows, List<MappableItem> gridColumns, boolean standardsInRows) {
        int[] positionOfStandard = new int[matrix.getColumnCount()];
        Arrays.fill(positionOfStandard, -1);
        List<MappableItem> standards = standardsInRows ? gridRows : gridColumns;
        List<MappableItem> items = standardsInRows ? gridColumns : gridRows;
        for (int i = 0; i < standards.size(); i++) {
            int column = matrix.getColumnOf(standards.get(i));
            if (column >= 0) {
                positionOfStandard[column] = i;
            }
        }
        int[] counts = new int[gridRows.size()];
        int[][] covered = new int[items.size()][];
        for (int i = 0; i < items.size(); i++) {
            int row = matrix.getRowOf(items.get(i));
            covered[i] = row < 0 ? new int[0] : matrix.getColumnsCoveredBy(row);
            if (standardsInRows) {
                for (int column : covered[i]) {
                    if (positionOfStandard[column] >= 0) {
                        counts[positionOfStandard[column]]++;
                    }
                }
            }
        }
        int[][] result = new int[gridRows.size()][];
        if (standardsInRows) {
            for (int r = 0; r < result.length; r++) {
                result[r] = new int[counts[r]];
            }
            int[] filled = new int[gridRows.size()];
            // items ascend, so each row's list comes out ascending
            for (int i = 0; i < items.size(); i++) {
                for (int column : covered[i]) {
                    int r = positionOfStandard[column];
                    if (r >= 0) {
                        result[r][filled[r]++] = i;
                    }
                }
            }
        } else {
            for (int r = 0; r < result.length; r++) {
                result[r] = Arrays.stream(covered[r]).map(column -> positionOfStandard[column])
                        .filter(position -> position >= 0).sorted().toArray();
            }
        }
        return result;
    }

    /** How many items cover a standard. */
    public int rowTotal(MappableItem row) {
        int column = matrix.getColumnOf(row);
        return column < 0 ? 0 : matrix.getColumnTotal(column);
    }

    /** How many standards an item covers. */
    public int columnTotal(MappableItem column) {
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

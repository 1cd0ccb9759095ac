// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.curriculum.model.CoverageLevel;
import org.curriculum.model.CurriculumComponent;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Standard;
import org.curriculum.model.StandardsFramework;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The cells of a coverage grid as plain arrays (standards as rows, units as columns, a mark per
 * covered cell), computed once before measuring so that the raw POI baselines write exactly the
 * cells a grid export of the model would write, with no model work inside the measurement.
 */
public final class GridCells {

    /** Row labels: standard code and title. */
    public final String[] rowCodes;
    public final String[] rowTitles;
    /** Column labels: unit number and title. */
    public final String[] columnNumbers;
    public final String[] columnTitles;
    /** For each row, the covered columns in ascending order and 1 (partial) or 2 (full) for each. */
    public final int[][] markColumns;
    public final byte[][] markLevels;

    private GridCells(String[] rowCodes, String[] rowTitles, String[] columnNumbers, String[] columnTitles,
            int[][] markColumns, byte[][] markLevels) {
        this.rowCodes = rowCodes;
        this.rowTitles = rowTitles;
        this.columnNumbers = columnNumbers;
        this.columnTitles = columnTitles;
        this.markColumns = markColumns;
        this.markLevels = markLevels;
    }

    /** Total marks (covered cells). */
    public long marks() {
        long marks = 0;
        for (int[] row : markColumns) {
            marks += row.length;
        }
        return marks;
    }

    /** Every cell written: title, header, row labels, marks and row totals. */
    public long cells() {
        return 1 + 2 + columnNumbers.length + (long) rowCodes.length * 3 + marks();
    }

    /**
     * The grid of the benchmarks' mapping set in a loaded model: links from an outcome or criterion count
     * for their unit, and a cell holds the best coverage of its links.
     */
    public static GridCells of(ResourceSet resourceSet) {
        MappingSet mapping = LoadedModel.of(resourceSet).mapping();
        if (!(mapping.getTarget() instanceof StandardsFramework framework)) {
            throw new IllegalStateException("mapping set " + mapping.getTitle() + " is not against a standards framework");
        }
        List<Standard> standards = new ArrayList<>();
        framework.eAllContents().forEachRemaining(o -> {
            if (o instanceof Standard standard) {
                standards.add(standard);
            }
        });
        Map<Standard, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < standards.size(); i++) {
            rowOf.put(standards.get(i), i);
        }
        List<CurriculumComponent> components = new ArrayList<>();
        Map<CurriculumComponent, Integer> columnOf = new HashMap<>();
        mapping.getSource().eAllContents().forEachRemaining(o -> {
            if (o instanceof CurriculumComponent component && !columnOf.containsKey(component)) {
                columnOf.put(component, components.size());
                components.add(component);
            }
        });
        int columns = components.size();
        byte[][] dense = new byte[standards.size()][];
        for (MappingLink link : mapping.getLinks()) {
            Integer row = link.getStandard() instanceof Standard standard ? rowOf.get(standard) : null;
            CurriculumComponent component = componentOf(link.getItem());
            Integer column = component == null ? null : columnOf.get(component);
            if (row == null || column == null) {
                continue;
            }
            if (dense[row] == null) {
                dense[row] = new byte[columns];
            }
            byte level = (byte) (link.getCoverage() == CoverageLevel.FULL ? 2 : 1);
            dense[row][column] = (byte) Math.max(dense[row][column], level);
        }
        int[][] markColumns = new int[standards.size()][];
        byte[][] markLevels = new byte[standards.size()][];
        for (int r = 0; r < standards.size(); r++) {
            int count = 0;
            for (int c = 0; dense[r] != null && c < columns; c++) {
                count += dense[r][c] != 0 ? 1 : 0;
            }
            markColumns[r] = new int[count];
            markLevels[r] = new byte[count];
            for (int c = 0, k = 0; dense[r] != null && c < columns; c++) {
                if (dense[r][c] != 0) {
                    markColumns[r][k] = c;
                    markLevels[r][k++] = dense[r][c];
                }
            }
        }
        String[] rowCodes = new String[standards.size()];
        String[] rowTitles = new String[standards.size()];
        for (int r = 0; r < standards.size(); r++) {
            rowCodes[r] = standards.get(r).getCode();
            rowTitles[r] = standards.get(r).getTitle();
        }
        String[] columnNumbers = new String[columns];
        String[] columnTitles = new String[columns];
        for (int c = 0; c < columns; c++) {
            columnNumbers[c] = components.get(c).getNumber();
            columnTitles[c] = components.get(c).getTitle();
        }
        return new GridCells(rowCodes, rowTitles, columnNumbers, columnTitles, markColumns, markLevels);
    }

    private static CurriculumComponent componentOf(EObject item) {
        for (EObject o = item; o != null; o = o.eContainer()) {
            if (o instanceof CurriculumComponent component) {
                return component;
            }
        }
        return null;
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.concurrent.TimeUnit;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.labels.ElementLabels;
import org.curriculum.core.matrix.MatrixLayout;
import org.curriculum.model.MappingSet;
import org.eclipse.emf.ecore.EObject;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The matrix view's data layer, which reads the core {@link CoverageMatrix} through plain int indices:
 * building the row/column model with rows expanded down to assessment criteria, and fetching one screen
 * of cells (50 rows x 30 columns: coverage, derived flag, row and column totals) at a new scroll position
 * each time, against the same reads from plain sorted arrays. The headless {@link MatrixLayout} the
 * view's NatTable data providers read is measured too: the same screen as the texts the table shows
 * (against the raw matrix reads), and applying a text filter to the unit rows (against filtering plain
 * label arrays the same way).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = { "-Xmx6g" })
public class MatrixDataBenchmark {

    static final int VIEWPORT_ROWS = 50;
    static final int VIEWPORT_COLUMNS = 30;

    @Param({ "S", "M", "L" })
    public String size;

    MappingSet mapping;
    CoverageOptions expanded;
    CoverageMatrix matrix;
    int[][] plainColumns;
    byte[][] plainCells;
    int[] plainRowTotals;
    int[] plainColumnTotals;
    int scroll;
    MatrixLayout layout;
    String[] plainRowLabels;
    boolean[] plainOptional;
    String[] filters;
    int filterCall;

    @Setup(Level.Trial)
    public void prepare() {
        LoadedModel model = LoadedModel.of(size);
        mapping = model.mapping();
        expanded = CoverageOptions.defaults().withQualification(model.qualification()).withRowDetail(RowDetail.CRITERIA);
        matrix = CoverageMatrix.compute(mapping, expanded);
        plainColumns = new int[matrix.getRowCount()][];
        plainCells = new byte[matrix.getRowCount()][];
        plainRowTotals = new int[matrix.getRowCount()];
        plainColumnTotals = new int[matrix.getColumnCount()];
        for (int r = 0; r < matrix.getRowCount(); r++) {
            plainColumns[r] = matrix.getColumnsCoveredBy(r);
            plainCells[r] = new byte[plainColumns[r].length];
            for (int k = 0; k < plainColumns[r].length; k++) {
                int c = plainColumns[r][k];
                plainCells[r][k] = (byte) (matrix.getCoverage(r, c).ordinal() + (matrix.isDerived(r, c) ? 8 : 0));
            }
            plainRowTotals[r] = matrix.getRowTotal(r);
        }
        for (int c = 0; c < matrix.getColumnCount(); c++) {
            plainColumnTotals[c] = matrix.getColumnTotal(c);
        }
        // Unit rows, as the view opens; labels by identifier (the item providers are not on this class path).
        layout = new MatrixLayout(object -> object instanceof EObject element ? ElementLabels.identifier(element)
                : String.valueOf(object));
        layout.show(mapping);
        CoverageMatrix units = layout.getMatrix();
        plainRowLabels = new String[units.getRowCount()];
        plainOptional = new boolean[units.getRowCount()];
        for (int r = 0; r < units.getRowCount(); r++) {
            plainRowLabels[r] = ElementLabels.identifier(units.getRowItem(r)).toLowerCase(java.util.Locale.ROOT);
            plainOptional[r] = units.isOptional(r);
        }
        // A filter that keeps some rows, then none; then cleared (all rows): what typing and clearing cost.
        filters = new String[] { plainRowLabels[plainRowLabels.length / 2].substring(0, 2), "no such unit", "" };
        System.out.println("\n[matrix] " + size + ": " + matrix.getRowCount() + " rows x " + matrix.getColumnCount() + " columns");
    }

    @Benchmark
    public CoverageMatrix buildExpandedRows() {
        return CoverageMatrix.compute(mapping, expanded);
    }

    @Benchmark
    public long fetchViewport() {
        int firstRow = firstRow();
        int firstColumn = firstColumn();
        long seen = 0;
        for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < matrix.getColumnCount(); c++) {
            seen += matrix.getColumnTotal(c);
        }
        for (int r = firstRow; r < firstRow + VIEWPORT_ROWS && r < matrix.getRowCount(); r++) {
            seen += matrix.getRowTotal(r) + matrix.getRowDepth(r);
            for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < matrix.getColumnCount(); c++) {
                Coverage coverage = matrix.getCoverage(r, c);
                seen += coverage.ordinal() + (matrix.isDerived(r, c) ? 8 : 0);
            }
        }
        return seen;
    }

    /**
     * The same screen read from plain sorted arrays (per row: covered columns and their cells, found by
     * binary search), the lower bound of a viewport fetch from a sparse matrix this size.
     */
    @Benchmark
    public long fetchViewportFromArrays() {
        int firstRow = firstRow();
        int firstColumn = firstColumn();
        long seen = 0;
        for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < plainColumnTotals.length; c++) {
            seen += plainColumnTotals[c];
        }
        for (int r = firstRow; r < firstRow + VIEWPORT_ROWS && r < plainColumns.length; r++) {
            seen += plainRowTotals[r];
            int[] columns = plainColumns[r];
            for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < plainColumnTotals.length; c++) {
                int k = java.util.Arrays.binarySearch(columns, c);
                seen += k >= 0 ? plainCells[r][k] : 0;
            }
        }
        return seen;
    }

    /** The screen the table shows, as texts from the layout: headers, symbols and totals. */
    @Benchmark
    public long fetchViewportThroughLayout() {
        int firstRow = Math.floorMod(nextScroll(), Math.max(1, layout.getRowCount() - VIEWPORT_ROWS + 1));
        int firstColumn = Math.floorMod(scroll >>> 7, Math.max(1, layout.getColumnCount() - VIEWPORT_COLUMNS + 1));
        long seen = 0;
        for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c <= layout.getColumnCount(); c++) {
            seen += layout.getColumnHeader(c).length() + layout.getCellText(c, layout.getRowCount()).length();
        }
        for (int r = firstRow; r < firstRow + VIEWPORT_ROWS && r <= layout.getRowCount(); r++) {
            seen += layout.getRowHeader(r).length() + layout.getCellText(layout.getColumnCount(), r).length();
            for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < layout.getColumnCount(); c++) {
                seen += layout.getCellText(c, r).length() + layout.getCellMark(c, r).ordinal();
            }
        }
        return seen;
    }

    /** The same screen as raw reads of the unit-row matrix the layout shows: the baseline of the one above. */
    @Benchmark
    public long fetchViewportUnitRows() {
        CoverageMatrix units = layout.getMatrix();
        int firstRow = Math.floorMod(nextScroll(), Math.max(1, units.getRowCount() - VIEWPORT_ROWS + 1));
        int firstColumn = Math.floorMod(scroll >>> 7, Math.max(1, units.getColumnCount() - VIEWPORT_COLUMNS + 1));
        long seen = 0;
        for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < units.getColumnCount(); c++) {
            seen += units.getColumnTotal(c);
        }
        for (int r = firstRow; r < firstRow + VIEWPORT_ROWS && r < units.getRowCount(); r++) {
            seen += units.getRowTotal(r);
            for (int c = firstColumn; c < firstColumn + VIEWPORT_COLUMNS && c < units.getColumnCount(); c++) {
                seen += units.getCoverage(r, c).ordinal();
            }
        }
        return seen;
    }

    /** A text filter applied to the unit rows by the layout (rows, order, groups). */
    @Benchmark
    public int refilterLayout() {
        layout.setTextFilter(filters[filterCall++ % filters.length]);
        return layout.getRowCount();
    }

    /** The same filter over plain label arrays, mandatory rows first: the lower bound of a refilter. */
    @Benchmark
    public int refilterFromArrays() {
        String filter = filters[filterCall++ % filters.length];
        int[] kept = java.util.stream.IntStream.range(0, plainRowLabels.length)
                .filter(r -> filter.isEmpty() || plainRowLabels[r].contains(filter)).boxed()
                .sorted(java.util.Comparator.comparing(r -> plainOptional[r])).mapToInt(Integer::intValue).toArray();
        return kept.length;
    }

    private int nextScroll() {
        scroll = scroll * 1_103_515_245 + 12_345;
        return scroll;
    }

    private int firstRow() {
        scroll = scroll * 1_103_515_245 + 12_345;
        return Math.floorMod(scroll, Math.max(1, matrix.getRowCount() - VIEWPORT_ROWS + 1));
    }

    private int firstColumn() {
        return Math.floorMod(scroll >>> 7, Math.max(1, matrix.getColumnCount() - VIEWPORT_COLUMNS + 1));
    }
}

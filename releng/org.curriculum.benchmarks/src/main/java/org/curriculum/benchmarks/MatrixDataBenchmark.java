// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.util.concurrent.TimeUnit;

import org.curriculum.core.coverage.Coverage;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.MappingSet;
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
 * The matrix view's data layer, which reads the core {@link CoverageMatrix} through plain int indices
 * (no UI code is measured: the NatTable data provider is not written yet): building the row/column model
 * with rows expanded down to assessment criteria, and fetching one screen of cells (50 rows x 30
 * columns: coverage, derived flag, row and column totals) at a new scroll position each time, against
 * the same reads from plain sorted arrays.
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

    private int firstRow() {
        scroll = scroll * 1_103_515_245 + 12_345;
        return Math.floorMod(scroll, Math.max(1, matrix.getRowCount() - VIEWPORT_ROWS + 1));
    }

    private int firstColumn() {
        return Math.floorMod(scroll >>> 7, Math.max(1, matrix.getColumnCount() - VIEWPORT_COLUMNS + 1));
    }
}

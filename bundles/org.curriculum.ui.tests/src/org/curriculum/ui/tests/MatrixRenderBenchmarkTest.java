// SPDX-License-Identifier: EPL-2.0
package org.curriculum.ui.tests;

import static org.curriculum.ui.tests.WorkbenchFixture.page;
import static org.curriculum.ui.tests.WorkbenchFixture.ui;
import static org.curriculum.ui.tests.WorkbenchFixture.uiRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.CoverageOptions;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.coverage.RowDetail;
import org.curriculum.model.MappingSet;
import org.curriculum.ui.CurriculumUi;
import org.curriculum.ui.internal.editor.CurriculumEditor;
import org.curriculum.ui.internal.matrix.CoverageMatrixView;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.ui.PartInitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rendering benchmark of the matrix view on the benchmark models (M, L), skipped in the normal build:
 * how long the real view takes, from being asked to the end of the paint that shows the result, to
 * open, to repaint after a scroll, to apply a filter, to cycle a cell through the command stack, and
 * the heap it holds; each beside a bare NatTable over plain arrays of the same cells, in the same
 * shell size and JVM, measured the same way. Every action runs on the UI thread, then the event loop
 * is run (and the table asked to paint what is damaged) until a paint of the table has happened and
 * nothing is pending. Run it with {@code releng/benchmarks-ui.sh}, which prepares the models and passes:
 *
 * <pre>
 * -Dcurriculum.matrix.benchmark.data=FOLDER   holding M-20261125/ and L-20261125/ (synthetic.*, .complete)
 * -Dcurriculum.matrix.benchmark.sizes=M,L    -Dcurriculum.matrix.benchmark.warmups=1
 * -Dcurriculum.matrix.benchmark.runs=3       -Dcurriculum.matrix.benchmark.out=FILE (Markdown table)
 * </pre>
 */
@EnabledIfSystemProperty(named = MatrixRenderBenchmarkTest.DATA_PROPERTY, matches = ".+")
class MatrixRenderBenchmarkTest {

    static final String DATA_PROPERTY = "curriculum.matrix.benchmark.data";
    private static final String SEED = "20261125";
    private static final int SCROLLS = 20;
    private static final int CYCLES = 3;
    private static final long PAINT_TIMEOUT_NANOS = 600_000_000_000L;
    private static final String CRITERIA = "Units, outcomes and criteria";

    /** Measured figures by "size|operation", ours and the baseline's, in milliseconds (heap: MB). */
    private final Map<String, List<Double>> ours = new LinkedHashMap<>();
    private final Map<String, List<Double>> baseline = new LinkedHashMap<>();
    private final Map<String, String> baselineNames = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();

    private final Map<Object, int[]> paints = new IdentityHashMap<>();
    private final Listener paintCounter = event -> {
        if (event.widget instanceof NatTable) {
            paints.computeIfAbsent(event.widget, widget -> new int[1])[0]++;
        }
    };

    @Test
    void matrixViewAgainstBareNatTable() throws Exception {
        Path data = Path.of(System.getProperty(DATA_PROPERTY));
        String[] sizes = System.getProperty("curriculum.matrix.benchmark.sizes", "M,L").split(",");
        int warmups = Integer.getInteger("curriculum.matrix.benchmark.warmups", 1);
        int runs = Integer.getInteger("curriculum.matrix.benchmark.runs", 3);
        Path out = Path.of(System.getProperty("curriculum.matrix.benchmark.out", "target/matrix-render-benchmark.md"));

        CoverageMatrixView view = ui(() -> {
            try {
                page().closeAllEditors(false);
                return (CoverageMatrixView) page().showView(CurriculumUi.MATRIX_VIEW_ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        CoverageMatrixTest.resetFilters(ui(() -> new MatrixViewProbe(view)));
        uiRun(() -> {
            page().getWorkbenchWindow().getShell().setMaximized(true);
            Display.getCurrent().addFilter(SWT.Paint, paintCounter);
        });
        try {
            for (String size : sizes) {
                Path folder = data.resolve(size.trim() + "-" + SEED);
                assertTrue(Files.exists(folder.resolve(".complete")), "the benchmark models are not (yet) complete in " + folder
                        + "; prepare them with releng/benchmarks-ui.sh");
                measure(size.trim(), folder.resolve("synthetic.mapping"), view, warmups, runs);
            }
        } finally {
            uiRun(() -> Display.getCurrent().removeFilter(SWT.Paint, paintCounter));
        }
        String table = table(runs);
        System.out.println(table);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, table);
    }

    private void measure(String size, Path mappingFile, CoverageMatrixView view, int warmups, int runs) throws IOException {
        BareMatrixTable[] bare = new BareMatrixTable[2];
        for (int repetition = 0; repetition < warmups + runs; repetition++) {
            boolean measured = repetition >= warmups;
            Random random = new Random(repetition);
            MatrixViewProbe probe = ui(() -> new MatrixViewProbe(view));
            NatTable table = ui(probe::table);

            // Open: the file in the editor, whose activation shows it in the (already open) matrix view.
            double heapBefore = usedHeapMegabytes();
            CurriculumEditor[] opened = new CurriculumEditor[1];
            record(measured, ours, size, "open the mapping file (load, editor, matrix, paint)", timeToPaint(table, () -> {
                try {
                    opened[0] = CurriculumEditor.open(page(), mappingFile);
                } catch (PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }, () -> shows(probe, opened[0])));
            CurriculumEditor editor = opened[0];
            record(measured, ours, size, "heap after opening: model, editor and matrix (MB)", usedHeapMegabytes() - heapBefore);
            uiRun(() -> view.show(null));
            double heapWithoutMatrix = usedHeapMegabytes();
            record(measured, ours, size, "show the matrix of the loaded mapping", timeToPaint(table, () -> view.show(editor),
                    () -> shows(probe, editor)));
            record(measured, ours, size, "heap of the matrix view alone (MB)", usedHeapMegabytes() - heapWithoutMatrix);
            MappingSet mapping = ui(() -> (MappingSet) editor.getResource().getContents().get(0));
            if (bare[0] == null) {
                bare[0] = bareCopy(probe, mapping, RowDetail.COMPONENTS);
            }
            Point tableSize = ui(table::getSize);
            int[][] scrollTargets = randomCells(random, ui(() -> probe.columnHeaders().size()), ui(() -> probe.rowHeaders().size()));

            // Scrolls, filters, one cell cycled, at component rows.
            for (int[] target : scrollTargets) {
                record(measured, ours, size, "repaint after a scroll to a random viewport", timeToPaint(table,
                        () -> scrollTo(viewport(table), target[0], target[1]), () -> true));
            }
            Button gaps = ui(probe::gapsOnly);
            record(measured, ours, size, "filter: uncovered standards only", timeToPaint(table, () -> toggle(gaps), () -> true));
            int gapColumns = ui(() -> probe.columnHeaders().size() - 1);
            record(measured, ours, size, "filter: all standards again", timeToPaint(table, () -> toggle(gaps), () -> true));
            Button mandatory = ui(probe::mandatoryOnly);
            record(measured, ours, size, "filter: mandatory units only", timeToPaint(table, () -> toggle(mandatory), () -> true));
            int mandatoryRows = ui(() -> probe.rowHeaders().size() - 1);
            record(measured, ours, size, "filter: all units again", timeToPaint(table, () -> toggle(mandatory), () -> true));
            String filterText = ui(() -> filterTextOf(probe.rowHeaders().get(probe.rowHeaders().size() / 2)));
            record(measured, ours, size, "filter: text typed into the item filter", timeToPaint(table,
                    () -> probe.searchField().setText(filterText), () -> true));
            int filteredRows = ui(() -> probe.rowHeaders().size() - 1);
            record(measured, ours, size, "filter: item filter cleared", timeToPaint(table, () -> probe.searchField().setText(""),
                    () -> true));
            int[] cell = { random.nextInt(ui(() -> probe.columnHeaders().size() - 1)),
                    random.nextInt(ui(() -> probe.rowHeaders().size() - 1)) };
            uiRun(() -> probe.reveal(cell[0], cell[1]));
            for (int i = 0; i < CYCLES; i++) {
                record(measured, ours, size, "cycle one cell (command, matrix update, repaint)", timeToPaint(table,
                        () -> view.cycle(cell[0], cell[1]), () -> true));
            }

            // Rows down to assessment criteria: a new matrix, and scrolls over it.
            Combo detail = ui(probe::rowDetail);
            record(measured, ours, size, "rows down to criteria (choice changed)", timeToPaint(table, () -> choose(detail, CRITERIA),
                    () -> true));
            if (bare[1] == null) {
                bare[1] = bareCopy(probe, mapping, RowDetail.CRITERIA);
            }
            int criteriaRows = ui(() -> probe.rowHeaders().size() - 1);
            notes.put(size, ui(probe::summary) + "; rows down to criteria: " + criteriaRows);
            int[][] criteriaTargets = randomCells(random, ui(() -> probe.columnHeaders().size()), criteriaRows + 1);
            for (int[] target : criteriaTargets) {
                record(measured, ours, size, "repaint after a scroll, rows down to criteria", timeToPaint(table,
                        () -> scrollTo(viewport(table), target[0], target[1]), () -> true));
            }
            record(measured, ours, size, "rows back to units only (choice changed)", timeToPaint(table,
                    () -> choose(detail, "Units only"), () -> true));
            uiRun(() -> page().closeEditor(editor, false));
            uiRun(() -> {
                while (Display.getCurrent().readAndDispatch()) {
                    // let the view forget the editor
                }
            });

            // The baseline, in a shell whose client area is the matrix table's size.
            measureBaseline(measured, size, bare, tableSize, scrollTargets, criteriaTargets, filterText, cell,
                    new int[] { gapColumns, mandatoryRows, filteredRows, criteriaRows });
        }
    }

    private void measureBaseline(boolean measured, String size, BareMatrixTable[] bare, Point tableSize,
            int[][] scrollTargets, int[][] criteriaTargets, String filterText, int[] cell, int[] shownByOurs) {
        int gapColumns = shownByOurs[0];
        int mandatoryRows = shownByOurs[1];
        int filteredRows = shownByOurs[2];
        int criteriaRows = shownByOurs[3];
        Display display = ui(Display::getCurrent);
        for (int detail = 0; detail < 2; detail++) {
            BareMatrixTable table = bare[detail];
            double heapBefore = usedHeapMegabytes();
            record(measured, baseline, size, detail == 0 ? "open a bare table" : "open a bare table, rows down to criteria",
                    timeToPaint(() -> table.open(display, tableSize.x, tableSize.y), () -> true));
            if (detail == 0) {
                record(measured, baseline, size, "heap of a bare table and its arrays (MB)",
                        usedHeapMegabytes() - heapBefore + table.arraysMegabytes);
            }
            NatTable natTable = ui(table::table);
            for (int[] target : detail == 0 ? scrollTargets : criteriaTargets) {
                record(measured, baseline, size, detail == 0 ? "scroll" : "scroll, rows down to criteria",
                        timeToPaint(natTable, () -> scrollTo(table.viewport(), target[0], target[1]), () -> true));
            }
            if (detail == 1) {
                assertEquals(criteriaRows, ui(table::shownRowCount), "rows of the bare table down to criteria");
                uiRun(table::close);
                continue;
            }
            record(measured, baseline, size, "gaps only", timeToPaint(natTable, () -> table.gapsOnly(true), () -> true));
            assertEquals(gapColumns, ui(table::shownColumnCount), "uncovered standards in the bare table and the matrix");
            record(measured, baseline, size, "all columns", timeToPaint(natTable, () -> table.gapsOnly(false), () -> true));
            record(measured, baseline, size, "mandatory rows only", timeToPaint(natTable, () -> table.mandatoryOnly(true), () -> true));
            assertEquals(mandatoryRows, ui(table::shownRowCount), "mandatory units in the bare table and the matrix");
            record(measured, baseline, size, "all rows", timeToPaint(natTable, () -> table.mandatoryOnly(false), () -> true));
            record(measured, baseline, size, "text filter", timeToPaint(natTable, () -> table.filterRows(filterText), () -> true));
            assertEquals(filteredRows, ui(table::shownRowCount), "rows matching '" + filterText + "' in the bare table and the matrix");
            record(measured, baseline, size, "text filter cleared", timeToPaint(natTable, () -> table.filterRows(""), () -> true));
            for (int i = 0; i < CYCLES; i++) {
                record(measured, baseline, size, "cycle in the arrays", timeToPaint(natTable, () -> table.cycle(cell[0], cell[1]),
                        () -> true));
            }
            uiRun(table::close);
        }
        pair(size, "open the mapping file (load, editor, matrix, paint)", "open a bare table");
        pair(size, "show the matrix of the loaded mapping", "open a bare table");
        pair(size, "heap after opening: model, editor and matrix (MB)", "heap of a bare table and its arrays (MB)");
        pair(size, "heap of the matrix view alone (MB)", "heap of a bare table and its arrays (MB)");
        pair(size, "repaint after a scroll to a random viewport", "scroll");
        pair(size, "filter: uncovered standards only", "gaps only");
        pair(size, "filter: all standards again", "all columns");
        pair(size, "filter: mandatory units only", "mandatory rows only");
        pair(size, "filter: all units again", "all rows");
        pair(size, "filter: text typed into the item filter", "text filter");
        pair(size, "filter: item filter cleared", "text filter cleared");
        pair(size, "cycle one cell (command, matrix update, repaint)", "cycle in the arrays");
        pair(size, "rows down to criteria (choice changed)", "open a bare table, rows down to criteria");
        pair(size, "repaint after a scroll, rows down to criteria", "scroll, rows down to criteria");
        pair(size, "rows back to units only (choice changed)", "open a bare table");
    }

    /** The plain-array copy of the cells the view shows at a row detail (copied untimed, from the same matrix the view computes). */
    private static BareMatrixTable bareCopy(MatrixViewProbe view, MappingSet mapping, RowDetail detail) {
        double heapBefore = usedHeapMegabytes();
        BareMatrixTable copy = ui(() -> {
            CoverageOptions options = CoverageOptions.defaults().withRowDetail(detail)
                    .withQualification(GoverningQualification.of(mapping));
            CoverageMatrix matrix = CoverageMatrix.compute(mapping, options);
            List<String> rows = view.rowHeaders();
            List<String> columns = view.columnHeaders();
            assertEquals(matrix.getRowCount(), rows.size() - 1, "rows of the view and of its matrix");
            return new BareMatrixTable(matrix, rows.subList(0, rows.size() - 1).toArray(new String[0]),
                    columns.subList(0, columns.size() - 1).toArray(new String[0]));
        });
        copy.arraysMegabytes = usedHeapMegabytes() - heapBefore;
        return copy;
    }

    // ------------------------------------------------------------------ driving SWT

    /**
     * Runs an action on the UI thread, asks the table to repaint, then runs the event loop until the
     * table has painted and nothing is pending and the condition holds; returns the milliseconds.
     */
    private double timeToPaint(NatTable table, Runnable action, BooleanSupplier ready) {
        return ui(() -> {
            int before = paintCount(table);
            long start = System.nanoTime();
            action.run();
            table.redraw();
            pumpUntilPainted(table, before, ready, start);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    /** The same for an action that creates the table. */
    private double timeToPaint(java.util.function.Supplier<NatTable> creation, BooleanSupplier ready) {
        return ui(() -> {
            long start = System.nanoTime();
            NatTable table = creation.get();
            pumpUntilPainted(table, 0, ready, start);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    private void pumpUntilPainted(NatTable table, int paintsBefore, BooleanSupplier ready, long start) {
        Display display = table.getDisplay();
        while (true) {
            boolean busy = false;
            while (display.readAndDispatch()) {
                busy = true;
            }
            // Paints what is damaged now rather than when the window system gets round to it.
            table.update();
            if (!busy && paintCount(table) > paintsBefore && ready.getAsBoolean()) {
                return;
            }
            if (System.nanoTime() - start > PAINT_TIMEOUT_NANOS) {
                throw new AssertionError("the table did not paint within " + PAINT_TIMEOUT_NANOS / 1_000_000_000L + " s");
            }
        }
    }

    private int paintCount(NatTable table) {
        int[] count = paints.get(table);
        return count == null ? 0 : count[0];
    }

    private static boolean shows(MatrixViewProbe view, CurriculumEditor editor) {
        return editor != null && editor.getResource() != null
                && view.summary().startsWith(editor.getLabels().text(editor.getResource().getContents().get(0)) + ":");
    }

    private static ViewportLayer viewport(NatTable table) {
        return (ViewportLayer) ((GridLayer) table.getLayer()).getBodyLayer();
    }

    /** Puts a body cell at the top left of the viewport (as far as the viewport lets it). */
    private static void scrollTo(ViewportLayer viewport, int column, int row) {
        viewport.setOriginX(viewport.getScrollableLayer().getStartXOfColumnPosition(column));
        viewport.setOriginY(viewport.getScrollableLayer().getStartYOfRowPosition(row));
    }

    private static int[][] randomCells(Random random, int columns, int rows) {
        int[][] cells = new int[SCROLLS][];
        for (int i = 0; i < SCROLLS; i++) {
            cells[i] = new int[] { random.nextInt(columns), random.nextInt(rows) };
        }
        return cells;
    }

    private static void toggle(Button button) {
        button.setSelection(!button.getSelection());
        button.notifyListeners(SWT.Selection, new Event());
    }

    private static void choose(Combo combo, String item) {
        combo.select(combo.indexOf(item));
        combo.notifyListeners(SWT.Selection, new Event());
    }

    /** A few characters of a row's label that a user might type: its first word. */
    private static String filterTextOf(String rowLabel) {
        String trimmed = rowLabel.trim();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }

    private static double usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }

    // ------------------------------------------------------------------ the table

    private static void record(boolean measured, Map<String, List<Double>> figures, String size, String operation, double value) {
        List<Double> values = figures.computeIfAbsent(size + "|" + operation, key -> new ArrayList<>());
        // As it goes, so that a run stopped early (or one that hangs) still tells where the time went.
        System.out.println(String.format(Locale.ROOT, "MatrixRenderBenchmark %s %s%s: %.2f", size, measured ? "" : "(warm-up) ",
                operation, value));
        if (measured) {
            values.add(value);
        }
    }

    private void pair(String size, String operation, String baselineOperation) {
        baselineNames.put(size + "|" + operation, baselineOperation);
    }

    private String table(int runs) {
        StringBuilder text = new StringBuilder();
        text.append("Matrix view rendering (ms unless MB; median and min-max of ").append(runs)
                .append(" measured repetitions, ").append(SCROLLS).append(" scrolls and ").append(CYCLES)
                .append(" cycles each; baseline: a bare NatTable over plain arrays of the same cells, same size, same JVM)\n\n");
        text.append("| Operation | Size | Median | Min-max | Baseline | Baseline median (min-max) | Ratio |\n");
        text.append("|---|---|---:|---:|---|---:|---:|\n");
        for (Map.Entry<String, List<Double>> entry : ours.entrySet()) {
            String[] key = entry.getKey().split("\\|", 2);
            String baselineName = baselineNames.get(entry.getKey());
            List<Double> base = baselineName == null ? List.of() : baseline.getOrDefault(key[0] + "|" + baselineName, List.of());
            double median = median(entry.getValue());
            double baseMedian = median(base);
            text.append("| ").append(key[1]).append(" | ").append(key[0]).append(" | ").append(number(median))
                    .append(" | ").append(range(entry.getValue())).append(" | ").append(baselineName == null ? "" : baselineName)
                    .append(" | ").append(base.isEmpty() ? "" : number(baseMedian) + " (" + range(base) + ")").append(" | ")
                    .append(base.isEmpty() || baseMedian <= 0 ? "" : String.format(Locale.ROOT, "%.1fx", median / baseMedian))
                    .append(" |\n");
        }
        text.append('\n');
        notes.forEach((size, note) -> text.append("- ").append(size).append(": ").append(note).append('\n'));
        return text.toString();
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String range(List<Double> values) {
        if (values.isEmpty()) {
            return "";
        }
        return number(values.stream().mapToDouble(Double::doubleValue).min().getAsDouble()) + "-"
                + number(values.stream().mapToDouble(Double::doubleValue).max().getAsDouble());
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

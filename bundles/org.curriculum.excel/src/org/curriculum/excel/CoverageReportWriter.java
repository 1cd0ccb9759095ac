// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageGrid.Cell;
import org.curriculum.core.coverage.CoverageMatrix;
import org.curriculum.core.coverage.GoverningQualification;
import org.curriculum.core.labels.ElementLabels;
import org.curriculum.core.rules.CoverageGuarantee;
import org.curriculum.core.rules.Pathway;
import org.curriculum.core.rules.PathwayAnalysis;
import org.curriculum.excel.internal.SheetBuilder;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingSet;
import org.curriculum.model.Qualification;

/**
 * Writes the coverage report of a mapping set: a summary, the gaps (standards no item covers), the
 * standards covered only partially, those covered only by optional units (so a learner may finish
 * without them), the items that map to nothing, and pathway-guaranteed coverage: for each standard,
 * whether every valid pathway through the qualification meets it, and if not a pathway that misses it.
 */
public final class CoverageReportWriter {

    private static final String[] STANDARD = { "Code", "Standard", "Items covering", "Covered by" };

    private CoverageReportWriter() {
    }

    public static void write(MappingSet mapping, OutputStream out) throws IOException {
        CoverageGrid grid = CoverageGrid.of(mapping);
        CoverageMatrix matrix = grid.matrix();
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetCells cells = new SheetCells(workbook);
            List<MappableItem> gaps = new ArrayList<>();
            List<MappableItem> partialOnly = new ArrayList<>();
            List<MappableItem> optionalOnly = new ArrayList<>();
            for (MappableItem standard : grid.standards()) {
                CoverageLevel best = grid.best(standard);
                if (best == null) {
                    gaps.add(standard);
                    continue;
                }
                if (best == CoverageLevel.PARTIAL) {
                    partialOnly.add(standard);
                }
                if (matrix.hasQualification() && matrix.isCoveredOnlyByOptional(matrix.getColumnOf(standard))) {
                    optionalOnly.add(standard);
                }
            }
            List<MappableItem> unused = new ArrayList<>();
            for (MappableItem item : grid.items()) {
                if (grid.itemTotal(item) == 0) {
                    unused.add(item);
                }
            }

            SheetBuilder summary = new SheetBuilder(workbook, cells, "Summary", new String[] { "Measure", "Value" },
                    new int[] { 60, 60 });
            summary.row("Mapping", mapping.getTitle());
            summary.row("Items", ElementLabels.describe(mapping.getSource()));
            summary.row("Standards", ElementLabels.describe(mapping.getTarget()));
            int[] covered = grid.covered(grid.standards());
            summary.row("Standards", grid.standards().size());
            summary.row("Standards covered at any level", covered[0]);
            summary.row("Standards covered fully", covered[1]);
            summary.row("Standards not covered (Gaps sheet)", gaps.size());
            summary.row("Standards covered only partially (Partial only sheet)", partialOnly.size());
            summary.row("Standards covered only by optional units (Optional only sheet)",
                    matrix.hasQualification() ? (Object) optionalOnly.size() : "no qualification with rules of combination");
            summary.row("Items mapping to nothing (Unused items sheet)", unused.size());
            summary.finish();

            standards(workbook, cells, "Gaps", grid, gaps);
            standards(workbook, cells, "Partial only", grid, partialOnly);
            standards(workbook, cells, "Optional only", grid, optionalOnly);
            SheetBuilder items = new SheetBuilder(workbook, cells, "Unused items", new String[] { "Code", "Item" },
                    new int[] { 12, 80 });
            for (MappableItem item : unused) {
                items.row(ElementLabels.identifier(item), title(item));
            }
            items.finish();
            pathways(workbook, cells, mapping);
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void standards(SXSSFWorkbook workbook, SheetCells cells, String name, CoverageGrid grid,
            List<MappableItem> standards) {
        SheetBuilder sheet = new SheetBuilder(workbook, cells, name, STANDARD, new int[] { 12, 70, 10, 50 });
        // the items covering a standard come from the matrix (not a probe of every item), listed in the
        // grid's column order, so the cost follows the links, not standards x items
        Map<MappableItem, Integer> position = new HashMap<>();
        for (MappableItem item : grid.items()) {
            position.putIfAbsent(item, position.size());
        }
        CoverageMatrix matrix = grid.matrix();
        for (MappableItem standard : standards) {
            List<MappableItem> covering = new ArrayList<>();
            int column = matrix.getColumnOf(standard);
            if (column >= 0) {
                for (int row : matrix.getRowsCovering(column)) {
                    MappableItem item = (MappableItem) matrix.getRowItem(row);
                    if (position.containsKey(item)) {
                        covering.add(item);
                    }
                }
            }
            covering.sort(Comparator.comparingInt(position::get));
            List<String> by = new ArrayList<>();
            for (MappableItem item : covering) {
                Cell cell = grid.cell(standard, item);
                if (cell != null) {
                    by.add(ElementLabels.identifier(item) + " (" + cell.level().getLiteral() + ")");
                }
            }
            sheet.row(ElementLabels.identifier(standard), title(standard), grid.standardTotal(standard), String.join(", ", by));
        }
        sheet.finish();
    }

    /** Pathway-guaranteed coverage from the rules service, with a witness pathway for each standard a learner can miss. */
    private static void pathways(SXSSFWorkbook workbook, SheetCells cells, MappingSet mapping) {
        Qualification qualification = GoverningQualification.of(mapping);
        if (qualification == null) {
            return;
        }
        SheetBuilder sheet = new SheetBuilder(workbook, cells, "Pathways",
                new String[] { "Code", "Standard", "Covered by", "On every pathway", "A pathway that misses it" },
                new int[] { 12, 60, 24, 10, 60 });
        for (CoverageGuarantee guarantee : PathwayAnalysis.of(qualification).guaranteedCoverage(mapping)) {
            MappableItem standard = guarantee.standard();
            String coveredBy = guarantee.coveredBy().stream().map(ElementLabels::identifier).sorted()
                    .collect(Collectors.joining(", "));
            sheet.row(ElementLabels.identifier(standard), title(standard), coveredBy, guarantee.guaranteed(),
                    guarantee.witness().map(Pathway::describe).orElse(null));
        }
        sheet.finish();
    }

    private static String title(MappableItem item) {
        return item.getTitle();
    }
}

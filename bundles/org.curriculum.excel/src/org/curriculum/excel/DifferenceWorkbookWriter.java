// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.curriculum.core.compare.ModelChange;
import org.curriculum.core.compare.ModelDifference;
import org.curriculum.excel.internal.SheetBuilder;
import org.curriculum.excel.internal.SheetCells;

/**
 * Writes a semantic compare as a workbook a review committee reads: a summary, then one row per change
 * (category, change, element path or grid cell, feature, old and new value). Text that looks like a formula
 * is written as text.
 */
public final class DifferenceWorkbookWriter {

    private static final String[] CHANGES = { "Part", "Change", "Element or cell", "Feature", "Old value",
            "New value" };

    private DifferenceWorkbookWriter() {
    }

    /** Writes the comparison of {@code oldName} with {@code newName}. */
    public static void write(ModelDifference difference, String oldName, String newName, OutputStream out)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SheetCells cells = new SheetCells(workbook);
            SheetBuilder summary = new SheetBuilder(workbook, cells, "Summary", new String[] { "Measure", "Value" },
                    new int[] { 40, 80 });
            summary.row("Model", difference.root());
            summary.row("Old version", oldName);
            summary.row("New version", newName);
            summary.row("Elements matched by", difference.matchedByCode() ? "code and number (ids differ)" : "id");
            for (ModelChange.Kind kind : ModelChange.Kind.values()) {
                summary.row("Elements " + kind.word(), difference.count(kind));
            }
            for (String warning : difference.warnings()) {
                summary.row("Warning", warning);
            }
            summary.finish();
            SheetBuilder changes = new SheetBuilder(workbook, cells, "Changes", CHANGES,
                    new int[] { 20, 10, 50, 20, 60, 60 });
            for (ModelChange change : difference.changes()) {
                changes.row(change.category().title(), change.kind().word(), change.path(), change.feature(),
                        change.oldValue(), change.newValue());
            }
            changes.finish();
            workbook.write(out);
        } finally {
            workbook.dispose();
        }
    }
}

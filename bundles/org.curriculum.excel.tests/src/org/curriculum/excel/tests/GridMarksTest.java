// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.curriculum.excel.internal.GridLayout.FIRST_DATA_ROW;
import static org.curriculum.excel.internal.GridLayout.FIRST_ITEM_COLUMN;
import static org.curriculum.excel.internal.GridLayout.GRID_SHEET;
import static org.curriculum.excel.internal.GridLayout.ID_COLUMN;
import static org.curriculum.excel.internal.GridLayout.ID_ROW;
import static org.curriculum.excel.internal.GridLayout.PARTIAL_MARK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks of the Annexe B grid, standards in rows and transposed, are exactly its 70 partial links:
 * one tick where a unit covers a standard and no mark anywhere else.
 */
class GridMarksTest {

    @TempDir
    Path folder;

    @Test
    void bothOrientationsShowATickForEveryLinkAndNothingElse() throws Exception {
        MappingSet annexeB = ExcelFixtures.loadAnnexeB(folder);
        Set<String> expected = new TreeSet<>();
        for (MappingLink link : annexeB.getLinks()) {
            expected.add(ModelIds.id(link.getItem()) + " covers " + ModelIds.id(link.getStandard()) + ": " + PARTIAL_MARK);
        }
        assertEquals(70, expected.size());

        assertEquals(expected, marks(ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(annexeB, out, GridOrientation.STANDARDS_IN_ROWS)), false));
        assertEquals(expected, marks(ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(annexeB, out, GridOrientation.ITEMS_IN_ROWS)), true));
    }

    /** Every non-empty cell between an identified row and an identified column, as "item covers standard: mark". */
    private static Set<String> marks(byte[] workbookBytes, boolean itemsInRows) throws Exception {
        Set<String> marks = new TreeSet<>();
        try (XSSFWorkbook workbook = ExcelFixtures.read(workbookBytes)) {
            Sheet grid = workbook.getSheet(GRID_SHEET);
            Row ids = grid.getRow(ID_ROW);
            for (Row row : grid) {
                String rowId = SafeWorkbookReader.text(row, ID_COLUMN);
                if (row.getRowNum() < FIRST_DATA_ROW || rowId.isEmpty() || rowId.startsWith("#")) {
                    continue;
                }
                for (int c = FIRST_ITEM_COLUMN; c < row.getLastCellNum(); c++) {
                    String columnId = SafeWorkbookReader.text(ids, c);
                    String mark = SafeWorkbookReader.text(row, c);
                    if (!columnId.isEmpty() && !mark.isEmpty()) {
                        marks.add(itemsInRows ? rowId + " covers " + columnId + ": " + mark
                                : columnId + " covers " + rowId + ": " + mark);
                    }
                }
            }
        }
        return marks;
    }
}

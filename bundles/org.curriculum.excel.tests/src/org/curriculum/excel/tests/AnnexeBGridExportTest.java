// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.excel.MappingWorkbookWriter;
import org.curriculum.excel.internal.SafeWorkbookReader;
import org.curriculum.excel.tests.ExcelFixtures.PublishedGrid;
import org.curriculum.excel.tests.ExcelFixtures.PublishedRow;
import org.curriculum.model.MappingSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Annexe B example exported as a coverage grid matches the grid printed in seed 004, cell by cell. */
class AnnexeBGridExportTest {

    @TempDir
    Path folder;

    @Test
    void everyCellOfThePublishedGridIsInTheExportedGrid() throws Exception {
        MappingSet mapping = ExcelFixtures.loadAnnexeB(folder);
        PublishedGrid published = ExcelFixtures.publishedAnnexeB();
        assertEquals(14, published.units().size());
        assertEquals(41, published.rows().size());

        byte[] bytes = ExcelFixtures.bytes(out -> MappingWorkbookWriter.writeGrid(mapping, out, GridOrientation.STANDARDS_IN_ROWS));
        try (XSSFWorkbook workbook = ExcelFixtures.read(bytes)) {
            XSSFSheet sheet = workbook.getSheet("Coverage grid");
            assertEquals("Annexe B: National Occupational Standards mapping", text(sheet, 0, 1));
            assertTrue(text(sheet, 3, 2).startsWith("tick indicates partial coverage of the NVQ unit"), text(sheet, 3, 2));

            // the unit columns, in the published order 301..309, 204..208, headed by number then title
            Row header = sheet.getRow(10);
            List<String> units = new ArrayList<>();
            int column = 3;
            while (!text(sheet, 10, column).equals("Items covering")) {
                units.add(text(sheet, 10, column).split("\n")[0]);
                column++;
            }
            int totalColumn = column;
            assertEquals(published.units(), units);
            assertEquals("301\nPrinciples of Personal and Organisational Effectiveness in a Contact Centre",
                    header.getCell(3).getStringCellValue());
            assertEquals("Mandatory units", text(sheet, 9, 3));
            assertEquals("Optional Level 2 units", text(sheet, 9, 12));

            // one row per published row, same titles in the same order, a tick exactly where the document has one
            int r = 12;
            int[] columnTotals = new int[units.size()];
            for (PublishedRow expected : published.rows()) {
                assertEquals(expected.title(), text(sheet, r, 2), "row " + (r + 1));
                assertTrue(text(sheet, r, 1).matches("CC\\d\\d"), text(sheet, r, 1));
                for (int u = 0; u < units.size(); u++) {
                    boolean ticked = expected.ticks().contains(units.get(u));
                    assertEquals(ticked ? "✓" : "", text(sheet, r, 3 + u),
                            expected.title() + " / unit " + units.get(u));
                    if (ticked) {
                        columnTotals[u]++;
                    }
                }
                assertEquals(CellType.NUMERIC, sheet.getRow(r).getCell(totalColumn).getCellType());
                assertEquals(expected.ticks().size(), (int) sheet.getRow(r).getCell(totalColumn).getNumericCellValue());
                assertEquals("partial", text(sheet, r, totalColumn + 1));
                r++;
            }
            // column totals: ticks per unit as published (301: 3 ... 306: 14 ... 207: 0)
            assertEquals("Standards covered by the item", text(sheet, r, 2));
            for (int u = 0; u < units.size(); u++) {
                assertEquals(columnTotals[u], (int) sheet.getRow(r).getCell(3 + u).getNumericCellValue(), units.get(u));
            }
            assertEquals(14, columnTotals[units.indexOf("306")]);
            assertEquals(0, columnTotals[units.indexOf("303")]);
            assertEquals("41 of 41", text(sheet, r + 1, totalColumn));
            assertEquals(1.0, sheet.getRow(r + 1).getCell(totalColumn + 1).getNumericCellValue());
            assertEquals("0 of 41", text(sheet, r + 2, totalColumn));

            // frozen headers, autofilter, hidden IDs, landscape fit to width
            assertEquals(3, sheet.getPaneInformation().getVerticalSplitLeftColumn());
            assertEquals(12, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertTrue(sheet.isColumnHidden(0));
            assertTrue(sheet.getRow(11).getZeroHeight());
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(1, sheet.getPrintSetup().getFitWidth());
            assertEquals(9, sheet.getRepeatingRows().getFirstRow());
            assertEquals(11, sheet.getRepeatingRows().getLastRow());
            assertFalse(workbook.getSheet("Links") == null);
            assertEquals(71, workbook.getSheet("Links").getLastRowNum() + 1);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return SafeWorkbookReader.text(sheet.getRow(row), column);
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.curriculum.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The baselines for grid export: raw POI writing the cells of a {@link GridCells} with a handful of
 * shared styles and no model work, once streaming (SXSSF, the practical limit) and once with the
 * whole workbook in memory (XSSF).
 */
public final class RawGridWriters {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    public static final int STREAMING_WINDOW = 100;

    private RawGridWriters() {
    }

    /** Writes the grid with SXSSF (uncompressed temporary files, as our export), then disposes of them. */
    public static void writeStreaming(GridCells grid, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(STREAMING_WINDOW);
        try {
            write(workbook, grid);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            close(workbook);
        }
    }

    /** Writes the grid with XSSF, the whole workbook held in memory. */
    public static void writeInMemory(GridCells grid, OutputStream out) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        try {
            write(workbook, grid);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(workbook);
        }
    }

    private static void write(Workbook workbook, GridCells grid) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle title = workbook.createCellStyle();
        title.setFont(bold);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setRotation((short) 90);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle partial = fill(workbook, IndexedColors.LIGHT_YELLOW);
        CellStyle full = fill(workbook, IndexedColors.LIGHT_GREEN);
        CellStyle uncovered = fill(workbook, IndexedColors.ROSE);
        CellStyle total = workbook.createCellStyle();
        total.setFont(bold);

        Sheet sheet = workbook.createSheet("Coverage grid");
        Row titleRow = sheet.createRow(0);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue("Coverage grid");
        titleCell.setCellStyle(title);
        int columns = grid.columnNumbers.length;
        Row headerRow = sheet.createRow(1);
        headerRow.createCell(0).setCellValue("Code");
        headerRow.createCell(1).setCellValue("Standard");
        for (int c = 0; c < columns; c++) {
            Cell cell = headerRow.createCell(2 + c);
            cell.setCellValue(grid.columnNumbers[c]);
            cell.setCellStyle(header);
        }
        for (int r = 0; r < grid.rowCodes.length; r++) {
            Row row = sheet.createRow(2 + r);
            int[] marks = grid.markColumns[r];
            byte[] levels = grid.markLevels[r];
            row.createCell(0).setCellValue(grid.rowCodes[r]);
            Cell titleOfRow = row.createCell(1);
            titleOfRow.setCellValue(grid.rowTitles[r]);
            if (marks.length == 0) {
                titleOfRow.setCellStyle(uncovered);
            }
            for (int k = 0; k < marks.length; k++) {
                Cell cell = row.createCell(2 + marks[k]);
                cell.setCellValue(levels[k] == 2 ? "F" : "P");
                cell.setCellStyle(levels[k] == 2 ? full : partial);
            }
            Cell rowTotal = row.createCell(2 + columns);
            rowTotal.setCellValue(marks.length);
            rowTotal.setCellStyle(total);
        }
        sheet.createFreezePane(2, 2);
    }

    private static CellStyle fill(Workbook workbook, IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
        return style;
    }

    private static void close(Workbook workbook) {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

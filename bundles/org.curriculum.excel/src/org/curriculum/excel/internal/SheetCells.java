// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.IndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.curriculum.excel.FormulaGuard;

/**
 * Writes typed cells with a shared set of styles. Text is always a string cell; text that a
 * spreadsheet program would take for a formula (starting with =, +, - or @, or a tab or carriage
 * return) gets the quote-prefix style, so it is shown and edited as text and never evaluated.
 */
public final class SheetCells {

    /** The named styles the writers use. */
    public enum Style {
        PLAIN, WRAP, BOLD, TITLE, SUBTITLE, HEADER, HEADER_ROTATED, GROUP, PARTIAL, FULL, DERIVED, UNCOVERED,
        UNCOVERED_TEXT, TOTAL, PERCENT, DATE, INTEGER, HIDDEN_ID
    }

    /** Fill colours, shared with the legend so that the key shows exactly what the grid uses. */
    public static final byte[] PARTIAL_FILL = rgb(0xFF, 0xF2, 0xCC);
    public static final byte[] FULL_FILL = rgb(0xC6, 0xEF, 0xCE);
    public static final byte[] DERIVED_FILL = rgb(0xDD, 0xEB, 0xF7);
    public static final byte[] UNCOVERED_FILL = rgb(0xFF, 0xC7, 0xCE);
    private static final byte[] HEADER_FILL = rgb(0xD9, 0xD9, 0xD9);
    private static final byte[] GROUP_FILL = rgb(0xEE, 0xEE, 0xEE);

    private static final ZoneId UTC = ZoneId.of("UTC");

    private final Workbook workbook;
    private final Map<Style, CellStyle> styles = new HashMap<>();
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    public SheetCells(Workbook workbook) {
        this.workbook = workbook;
    }

    private static byte[] rgb(int r, int g, int b) {
        return new byte[] { (byte) r, (byte) g, (byte) b };
    }

    /** The style for a name, created once per workbook. */
    public CellStyle style(Style name) {
        return styles.computeIfAbsent(name, this::create);
    }

    private CellStyle create(Style name) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        switch (name) {
        case WRAP:
            style.setWrapText(true);
            break;
        case BOLD:
            style.setFont(font(false, 11, true));
            break;
        case TITLE:
            style.setFont(font(false, 14, true));
            break;
        case SUBTITLE:
            style.setWrapText(true);
            style.setFont(font(true, 10, false));
            break;
        case HEADER:
            fill(style, HEADER_FILL);
            border(style);
            style.setWrapText(true);
            style.setFont(font(false, 10, true));
            break;
        case HEADER_ROTATED:
            fill(style, HEADER_FILL);
            border(style);
            style.setWrapText(true);
            style.setRotation((short) 90);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.BOTTOM);
            style.setFont(font(false, 10, true));
            break;
        case GROUP:
            fill(style, GROUP_FILL);
            style.setFont(font(false, 11, true));
            break;
        case PARTIAL:
            mark(style, PARTIAL_FILL);
            break;
        case FULL:
            mark(style, FULL_FILL);
            break;
        case DERIVED:
            mark(style, DERIVED_FILL);
            break;
        case UNCOVERED:
            fill(style, UNCOVERED_FILL);
            border(style);
            break;
        case UNCOVERED_TEXT:
            fill(style, UNCOVERED_FILL);
            border(style);
            style.setWrapText(true);
            break;
        case TOTAL:
            border(style);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFont(font(false, 10, true));
            break;
        case PERCENT:
            border(style);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            break;
        case DATE:
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            break;
        case INTEGER:
            style.setDataFormat(workbook.createDataFormat().getFormat("0"));
            break;
        case HIDDEN_ID:
            style.setFont(font(false, 8, false));
            break;
        default:
            break;
        }
        return style;
    }

    private void mark(XSSFCellStyle style, byte[] colour) {
        fill(style, colour);
        border(style);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    private static void fill(XSSFCellStyle style, byte[] colour) {
        style.setFillForegroundColor(new XSSFColor(colour, (IndexedColorMap) null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }

    private Font font(boolean italic, int points, boolean bold) {
        Font font = workbook.createFont();
        font.setItalic(italic);
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        return font;
    }

    /** A row, created if needed. */
    public static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    /** Writes text (nothing for null); formula-like text is kept as quoted text. */
    public Cell text(Row row, int column, String value, Style style) {
        Cell cell = row.createCell(column);
        CellStyle cellStyle = style(style);
        if (value != null) {
            cell.setCellValue(value);
            if (FormulaGuard.looksLikeFormula(value)) {
                cellStyle = quoted.computeIfAbsent(cellStyle, this::quotedCopy);
            }
        }
        cell.setCellStyle(cellStyle);
        return cell;
    }

    private CellStyle quotedCopy(CellStyle original) {
        CellStyle copy = workbook.createCellStyle();
        copy.cloneStyleFrom(original);
        copy.setQuotePrefixed(true);
        return copy;
    }

    /** Writes a number as a numeric cell, or nothing when null. */
    public Cell number(Row row, int column, Number value, Style style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style(style));
        return cell;
    }

    /** Writes a date as a date-formatted numeric cell, or nothing when null. */
    public Cell date(Row row, int column, Date value) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value.toInstant(), UTC));
        }
        cell.setCellStyle(style(Style.DATE));
        return cell;
    }
}

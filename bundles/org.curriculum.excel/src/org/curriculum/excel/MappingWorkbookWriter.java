// SPDX-License-Identifier: EPL-2.0
package org.curriculum.excel;

import static org.curriculum.excel.internal.GridLayout.*;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.curriculum.core.coverage.CoverageGrid;
import org.curriculum.core.coverage.CoverageGrid.Cell;
import org.curriculum.core.coverage.CoverageGrid.Group;
import org.curriculum.core.coverage.GridOrientation;
import org.curriculum.core.labels.ElementLabels;
import org.curriculum.excel.internal.ModelIds;
import org.curriculum.excel.internal.SheetCells;
import org.curriculum.excel.internal.SheetCells.Style;
import org.curriculum.model.CoverageLevel;
import org.curriculum.model.Framework;
import org.curriculum.model.MappableItem;
import org.curriculum.model.MappingLink;
import org.curriculum.model.MappingSet;
import org.curriculum.model.NamedElement;

/**
 * Writes a mapping set as a workbook laid out the way councils publish coverage grids (title block,
 * key, one row per standard grouped by section, one column per unit, marks filled by coverage level,
 * totals and coverage percentages, uncovered standards highlighted), plus a long-format Links sheet
 * and a Legend sheet. Hidden ID cells make the workbook re-importable exactly. Rows are streamed
 * (SXSSF), so memory stays bounded however large the grid.
 */
public final class MappingWorkbookWriter {

    /** Rows kept in memory per sheet while streaming. */
    private static final int WINDOW = 200;

    /** Excel's last column index is 16383; the totals need two columns after the items. */
    private static final int MAX_ITEM_COLUMNS = 16384 - FIRST_ITEM_COLUMN - 2;

    private MappingWorkbookWriter() {
    }

    /** The coverage grid, Links and Legend sheets; {@code transpose} puts items in rows and standards in columns. */
    public static void writeGrid(MappingSet mapping, OutputStream out, boolean transpose) throws IOException {
        write(mapping, out, true, transpose);
    }

    /** The Links and Legend sheets only. */
    public static void writeLinks(MappingSet mapping, OutputStream out) throws IOException {
        write(mapping, out, false, false);
    }

    private static void write(MappingSet mapping, OutputStream out, boolean grid, boolean transpose)
            throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            SheetCells cells = new SheetCells(workbook);
            if (grid) {
                writeGridSheet(workbook, cells, CoverageGrid.of(mapping), transpose);
            }
            writeLinksSheet(workbook, cells, mapping);
            writeLegendSheet(workbook, cells, mapping);
            workbook.write(out);
        } finally {
            // deletes the temporary files SXSSF streamed the rows to
            workbook.dispose();
            workbook.close();
        }
    }

    private static String title(Object element) {
        if (element instanceof NamedElement named) {
            return named.getTitle();
        }
        return null;
    }

    private static String code(MappableItem item) {
        return ElementLabels.identifier(item);
    }

    private static String mark(Cell cell) {
        if (cell == null) {
            return null;
        }
        boolean full = cell.level() == CoverageLevel.FULL;
        if (cell.derived()) {
            return full ? DERIVED_FULL_MARK : DERIVED_PARTIAL_MARK;
        }
        return full ? FULL_MARK : PARTIAL_MARK;
    }

    private static Style markStyle(Cell cell) {
        if (cell == null) {
            return Style.PLAIN;
        }
        if (cell.derived()) {
            return Style.DERIVED;
        }
        return cell.level() == CoverageLevel.FULL ? Style.FULL : Style.PARTIAL;
    }

    private static void writeGridSheet(SXSSFWorkbook workbook, SheetCells cells, CoverageGrid grid, boolean transpose) {
        MappingSet mapping = grid.mapping();
        List<Group> rowGroups = transpose ? grid.itemGroups() : grid.standardGroups();
        List<Group> columnGroups = transpose ? grid.standardGroups() : grid.itemGroups();
        BiFunction<MappableItem, MappableItem, Cell> lookup = transpose ? (r, c) -> grid.cell(c, r) : grid::cell;
        List<MappableItem> columns = new ArrayList<>();
        columnGroups.forEach(g -> columns.addAll(g.members()));
        if (columns.size() > MAX_ITEM_COLUMNS) {
            throw new IllegalArgumentException("the grid would need " + columns.size() + " columns; a worksheet has at most "
                    + MAX_ITEM_COLUMNS + " for them" + (transpose ? ": export it without transposing" : ""));
        }
        int totalColumn = FIRST_ITEM_COLUMN + columns.size();
        int levelColumn = totalColumn + 1;
        String rowNoun = transpose ? "Item" : "Standard";

        SXSSFSheet sheet = workbook.createSheet(GRID_SHEET);
        sheet.setColumnWidth(ID_COLUMN, 12 * 256);
        sheet.setColumnHidden(ID_COLUMN, true);
        sheet.setColumnWidth(CODE_COLUMN, 12 * 256);
        sheet.setColumnWidth(TITLE_COLUMN, 60 * 256);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(FIRST_ITEM_COLUMN + c, 6 * 256);
            // blank grid cells are not written; whatever a reviewer types into one gets the style they had
            sheet.setDefaultColumnStyle(FIRST_ITEM_COLUMN + c, cells.style(Style.PLAIN));
        }
        sheet.setColumnWidth(totalColumn, 10 * 256);
        sheet.setColumnWidth(levelColumn, 12 * 256);

        // title block
        Row row = sheet.createRow(TITLE_ROW);
        cells.text(row, CODE_COLUMN, mapping.getTitle() != null ? mapping.getTitle() : "Coverage grid", Style.TITLE);
        row = sheet.createRow(TITLE_ROW + 1);
        cells.text(row, CODE_COLUMN, mapping.getDescription(), Style.SUBTITLE);
        row.setHeightInPoints(mapping.getDescription() == null ? 15 : 45);
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW + 1, TITLE_ROW + 1, CODE_COLUMN, TITLE_COLUMN));
        row = sheet.createRow(TITLE_ROW + 2);
        cells.text(row, CODE_COLUMN, "Items: " + ElementLabels.describe(mapping.getSource()) + "; standards: "
                + ElementLabels.describe(mapping.getTarget()), Style.PLAIN);

        // key
        row = sheet.createRow(KEY_FIRST_ROW);
        cells.text(row, CODE_COLUMN, "Key", Style.BOLD);
        cells.text(row, TITLE_COLUMN, mapping.getKey(), Style.WRAP);
        keyRow(sheet, cells, KEY_FIRST_ROW + 1, PARTIAL_MARK, Style.PARTIAL, "partial coverage");
        keyRow(sheet, cells, KEY_FIRST_ROW + 2, FULL_MARK, Style.FULL, "full coverage");
        keyRow(sheet, cells, KEY_FIRST_ROW + 3, DERIVED_PARTIAL_MARK, Style.DERIVED,
                "covered through a part (outcome, criterion, element); " + DERIVED_FULL_MARK + " when fully");
        keyRow(sheet, cells, KEY_FIRST_ROW + 4, null, Style.UNCOVERED,
                "standard covered by no item; a blank cell means no coverage");

        // column groups and headers
        Row groupRow = sheet.createRow(COLUMN_GROUP_ROW);
        cells.text(groupRow, ID_COLUMN, HEADER_ROW_TAG, Style.HIDDEN_ID);
        int c = FIRST_ITEM_COLUMN;
        for (Group group : columnGroups) {
            String text = group.title();
            if (transpose && text != null) {
                int[] covered = grid.covered(group.members());
                text = text + " (" + covered[0] + " of " + group.members().size() + " covered)";
            }
            cells.text(groupRow, c, text, Style.HEADER);
            for (int i = 1; i < group.members().size(); i++) {
                cells.text(groupRow, c + i, null, Style.HEADER);
            }
            if (group.members().size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(COLUMN_GROUP_ROW, COLUMN_GROUP_ROW, c,
                        c + group.members().size() - 1));
            }
            c += group.members().size();
        }
        groupRow.setHeightInPoints(30);

        Row header = sheet.createRow(HEADER_ROW);
        cells.text(header, ID_COLUMN, HEADER_ROW_TAG, Style.HIDDEN_ID);
        cells.text(header, CODE_COLUMN, "Code", Style.HEADER);
        cells.text(header, TITLE_COLUMN, transpose ? "Unit / module" : "Standard", Style.HEADER);
        for (int i = 0; i < columns.size(); i++) {
            MappableItem item = columns.get(i);
            String code = code(item);
            String name = title(item);
            String text = code == null ? name : name == null ? code : code + "\n" + name;
            cells.text(header, FIRST_ITEM_COLUMN + i, text, Style.HEADER_ROTATED);
        }
        cells.text(header, totalColumn, transpose ? "Standards covered" : "Items covering", Style.HEADER);
        cells.text(header, levelColumn, transpose ? null : "Best coverage", Style.HEADER);
        header.setHeightInPoints(170);

        Row ids = sheet.createRow(ID_ROW);
        ids.setZeroHeight(true);
        cells.text(ids, ID_COLUMN, transpose ? ITEMS_IN_ROWS : STANDARDS_IN_ROWS, Style.HIDDEN_ID);
        for (int i = 0; i < columns.size(); i++) {
            cells.text(ids, FIRST_ITEM_COLUMN + i, ModelIds.id(columns.get(i)), Style.HIDDEN_ID);
        }

        // one row per standard (or item), grouped
        int r = FIRST_DATA_ROW;
        int[] columnTotals = new int[columns.size()];
        CoverageGrid.Marks marks = grid.marks(columns, transpose ? GridOrientation.ITEMS_IN_ROWS : GridOrientation.STANDARDS_IN_ROWS);
        for (Group group : rowGroups) {
            // the marks of one group (a section of standards) at a time: all a grid's marks would grow with the grid
            int[][] marked = marks.of(group.members());
            int rowIndex = 0;
            if (group.title() != null) {
                row = sheet.createRow(r++);
                cells.text(row, ID_COLUMN, GROUP_ROW, Style.HIDDEN_ID);
                cells.text(row, CODE_COLUMN, null, Style.GROUP);
                cells.text(row, TITLE_COLUMN, group.title(), Style.GROUP);
                if (!transpose) {
                    int[] covered = grid.covered(group.members());
                    cells.text(row, totalColumn, covered[0] + " of " + group.members().size(), Style.TOTAL);
                    cells.number(row, levelColumn, ratio(covered[0], group.members().size()), Style.PERCENT);
                }
            }
            for (MappableItem item : group.members()) {
                row = sheet.createRow(r++);
                // only marked cells are written: a blank grid cell is no cell at all, which is what
                // keeps the export proportional to the marks rather than to standards x items
                int[] markedHere = marked[rowIndex++];
                int total = markedHere.length;
                for (int i : markedHere) {
                    Cell cell = lookup.apply(item, columns.get(i));
                    columnTotals[i]++;
                    cells.text(row, FIRST_ITEM_COLUMN + i, mark(cell), markStyle(cell));
                }
                boolean uncoveredStandard = !transpose && total == 0;
                cells.text(row, ID_COLUMN, ModelIds.id(item), Style.HIDDEN_ID);
                cells.text(row, CODE_COLUMN, code(item), uncoveredStandard ? Style.UNCOVERED : Style.PLAIN);
                cells.text(row, TITLE_COLUMN, title(item), uncoveredStandard ? Style.UNCOVERED_TEXT : Style.WRAP);
                cells.number(row, totalColumn, total, uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
                if (!transpose) {
                    CoverageLevel best = grid.best(item);
                    cells.text(row, levelColumn, best == null ? "none" : best.getLiteral(),
                            uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
                }
            }
        }
        int lastDataRow = r - 1;

        // totals
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, transpose ? "Items covering the standard" : "Standards covered by the item",
                Style.BOLD);
        for (int i = 0; i < columns.size(); i++) {
            boolean uncoveredStandard = transpose && columnTotals[i] == 0;
            cells.number(row, FIRST_ITEM_COLUMN + i, columnTotals[i], uncoveredStandard ? Style.UNCOVERED : Style.TOTAL);
        }
        if (transpose) {
            row = sheet.createRow(r++);
            cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
            cells.text(row, TITLE_COLUMN, "Best coverage", Style.BOLD);
            for (int i = 0; i < columns.size(); i++) {
                CoverageLevel best = grid.best(columns.get(i));
                cells.text(row, FIRST_ITEM_COLUMN + i, best == null ? "none" : best.getLiteral(),
                        best == null ? Style.UNCOVERED : Style.TOTAL);
            }
        }
        List<MappableItem> standards = grid.standards();
        int[] covered = grid.covered(standards);
        int labelColumn = transpose ? FIRST_ITEM_COLUMN : totalColumn;
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, "Framework coverage: standards covered at any level", Style.BOLD);
        cells.text(row, labelColumn, covered[0] + " of " + standards.size(), Style.TOTAL);
        cells.number(row, labelColumn + 1, ratio(covered[0], standards.size()), Style.PERCENT);
        row = sheet.createRow(r++);
        cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
        cells.text(row, TITLE_COLUMN, "Framework coverage: standards covered fully", Style.BOLD);
        cells.text(row, labelColumn, covered[1] + " of " + standards.size(), Style.TOTAL);
        cells.number(row, labelColumn + 1, ratio(covered[1], standards.size()), Style.PERCENT);
        if (!grid.unplaced().isEmpty()) {
            row = sheet.createRow(r++);
            cells.text(row, ID_COLUMN, TOTAL_ROW, Style.HIDDEN_ID);
            cells.text(row, TITLE_COLUMN, grid.unplaced().size()
                    + " link(s) point outside the two frameworks and are not shown here; see the Links sheet",
                    Style.UNCOVERED_TEXT);
        }

        // navigation and printing
        sheet.createFreezePane(FIRST_ITEM_COLUMN, ID_ROW + 1);
        if (lastDataRow >= FIRST_DATA_ROW) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, lastDataRow, CODE_COLUMN, transpose ? totalColumn : levelColumn));
        }
        sheet.setRepeatingRows(new CellRangeAddress(COLUMN_GROUP_ROW, ID_ROW, -1, -1));
        sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, CODE_COLUMN, TITLE_COLUMN));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.getHeader().setCenter(mapping.getTitle() == null ? "" : mapping.getTitle().replace("&", "&&"));
        sheet.getFooter().setRight("Page &P of &N");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    private static void keyRow(SXSSFSheet sheet, SheetCells cells, int index, String mark, Style style, String meaning) {
        Row row = sheet.createRow(index);
        cells.text(row, CODE_COLUMN, mark, style);
        cells.text(row, TITLE_COLUMN, meaning, Style.PLAIN);
    }

    private static void writeLinksSheet(SXSSFWorkbook workbook, SheetCells cells, MappingSet mapping) {
        SXSSFSheet sheet = workbook.createSheet(LINKS_SHEET);
        int[] widths = { 12, 50, 12, 50, 10, 40, 20, 12, 40, 40, 40 };
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row header = sheet.createRow(0);
        for (int i = 0; i < LINK_HEADERS.length; i++) {
            cells.text(header, i, LINK_HEADERS[i], Style.HEADER);
        }
        int r = 1;
        // links usually come item by item: the last item's and standard's labels are reused while they
        // repeat, without keeping a label for every item and standard of a national framework
        Labels item = new Labels();
        Labels standard = new Labels();
        for (MappingLink link : mapping.getLinks()) {
            item.of(link.getItem());
            standard.of(link.getStandard());
            Row row = sheet.createRow(r++);
            cells.text(row, 0, item.code, Style.PLAIN);
            cells.text(row, 1, item.title, Style.WRAP);
            cells.text(row, 2, standard.code, Style.PLAIN);
            cells.text(row, 3, standard.title, Style.WRAP);
            cells.text(row, LINK_COVERAGE, link.getCoverage() == null ? null : link.getCoverage().getLiteral(), Style.PLAIN);
            cells.text(row, LINK_RATIONALE, link.getRationale(), Style.WRAP);
            cells.text(row, LINK_AUTHOR, link.getAuthor(), Style.PLAIN);
            cells.date(row, LINK_DATE, link.getDate());
            cells.text(row, LINK_ID, ModelIds.id(link), Style.HIDDEN_ID);
            cells.text(row, LINK_ITEM_ID, item.id, Style.HIDDEN_ID);
            cells.text(row, LINK_STANDARD_ID, standard.id, Style.HIDDEN_ID);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, LINK_HEADERS.length - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Code, title and ID of the last item (or standard) a link named; all null for a missing one. */
    private static final class Labels {
        private MappableItem element;
        private boolean known;
        private String code;
        private String title;
        private String id;

        void of(MappableItem next) {
            if (known && next == element) {
                return;
            }
            element = next;
            known = true;
            code = next == null ? null : code(next);
            title = next == null ? null : title(next);
            id = next == null ? null : ModelIds.id(next);
        }
    }

    private static void writeLegendSheet(SXSSFWorkbook workbook, SheetCells cells, MappingSet mapping) {
        SXSSFSheet sheet = workbook.createSheet(LEGEND_SHEET);
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        int r = 0;
        Row row = sheet.createRow(r++);
        cells.text(row, 0, "Legend", Style.TITLE);
        r++;
        row = sheet.createRow(r++);
        cells.text(row, 0, "Mark", Style.HEADER);
        cells.text(row, 1, "Meaning", Style.HEADER);
        r = legendRow(sheet, cells, r, PARTIAL_MARK, Style.PARTIAL, "partial coverage: the item covers part of the standard");
        r = legendRow(sheet, cells, r, FULL_MARK, Style.FULL, "full coverage: the item covers the whole standard");
        r = legendRow(sheet, cells, r, DERIVED_PARTIAL_MARK, Style.DERIVED,
                "partial coverage through a part of the item or standard (an outcome, criterion or element), rolled up");
        r = legendRow(sheet, cells, r, DERIVED_FULL_MARK, Style.DERIVED,
                "full coverage through a part of the item or standard, rolled up");
        r = legendRow(sheet, cells, r, null, Style.PLAIN, "blank: no coverage");
        r = legendRow(sheet, cells, r, null, Style.UNCOVERED, "highlighted standard: covered by no item at all (a gap)");
        r++;
        row = sheet.createRow(r++);
        cells.text(row, 0, ABOUT_HEADING, Style.HEADER);
        cells.text(row, 1, null, Style.HEADER);
        Framework source = mapping.getSource();
        Framework target = mapping.getTarget();
        r = field(sheet, cells, r, FIELD_CODE, mapping.getCode());
        r = field(sheet, cells, r, FIELD_TITLE, mapping.getTitle());
        r = field(sheet, cells, r, FIELD_DESCRIPTION, mapping.getDescription());
        r = field(sheet, cells, r, FIELD_KEY, mapping.getKey());
        r = field(sheet, cells, r, FIELD_SOURCE, source == null ? null : ElementLabels.describe(source));
        r = field(sheet, cells, r, FIELD_TARGET, target == null ? null : ElementLabels.describe(target));
        r = field(sheet, cells, r, FIELD_MAPPING_ID, ModelIds.id(mapping));
        r = field(sheet, cells, r, FIELD_SOURCE_ID, ModelIds.id(source));
        r = field(sheet, cells, r, FIELD_TARGET_ID, ModelIds.id(target));
        row = sheet.createRow(r++);
        cells.text(row, 0, FIELD_LINKS, Style.BOLD);
        cells.number(row, 1, mapping.getLinks().size(), Style.INTEGER);
    }

    private static int legendRow(SXSSFSheet sheet, SheetCells cells, int r, String mark, Style style, String meaning) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, mark, style);
        cells.text(row, 1, meaning, Style.WRAP);
        return r + 1;
    }

    private static int field(SXSSFSheet sheet, SheetCells cells, int r, String name, String value) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name, Style.BOLD);
        cells.text(row, 1, value, Style.WRAP);
        return r + 1;
    }
}
